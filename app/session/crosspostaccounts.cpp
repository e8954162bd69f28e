#include "crosspostaccounts.h"

#include "compose/crosspost.h"
#include "compose/strictestlimits.h"
#include "outbox/outbox.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"

CrossPostAccounts::CrossPostAccounts(AccountSessions *sessions, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_outbox(outbox)
{}

void CrossPostAccounts::setAccounts(const QStringList &accountKeys)
{
    if (accountKeys == m_keys)
        return;
    for (const QString &key : accountKeys) {
        AccountSession *session = m_sessions->session(key);
        if (!session || m_keys.contains(key))
            continue;
        connect(session, &AccountSession::stateChanged, this, [this, key] {
            if (m_keys.contains(key))
                emit changed();
        });
        connect(session, &AccountSession::detailsLoaded, this, [this, key] {
            if (m_keys.contains(key))
                emit changed();
        });
        if (!session->hasStarted())
            session->start();
    }
    m_keys = accountKeys;
    emit changed();
}

InstanceConfiguration CrossPostAccounts::limits(const InstanceConfiguration &mainLimits) const
{
    QList<InstanceConfiguration> servers{mainLimits};
    for (const QString &key : m_keys) {
        if (const AccountSession *session = m_sessions->session(key))
            servers.append(session->limits());
    }
    return StrictestLimits::of(servers);
}

QString CrossPostAccounts::problem() const
{
    for (const QString &key : m_keys) {
        const AccountSession *session = m_sessions->session(key);
        if (!session)
            continue;
        const QString handle = session->account().handle();
        switch (session->state()) {
        case AccountSession::State::Ready:
            break;
        case AccountSession::State::Loading:
            return tr("Connecting to %1…").arg(session->account().instanceUrl.host());
        case AccountSession::State::SignInRequired:
        case AccountSession::State::Failed:
        case AccountSession::State::WaitingForKeychain:
            return tr("Cannot post as %1: %2").arg(handle, session->problem());
        }
    }
    return QString();
}

QHash<QString, QString> CrossPostAccounts::enqueue(const Draft &draft, std::chrono::seconds delay,
                                                   QString *error)
{
    QHash<QString, QString> entries;
    for (const QString &key : m_keys) {
        const QString entryId = m_outbox->enqueueHeld(CrossPost::copyFor(draft, key), delay, error);
        if (entryId.isEmpty()) {
            discard(entries);
            return {};
        }
        entries.insert(key, entryId);
    }
    return entries;
}

void CrossPostAccounts::discard(const QHash<QString, QString> &entries)
{
    for (const QString &entryId : entries)
        m_outbox->discard(entryId);
}
