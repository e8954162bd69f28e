#include "accountsessions.h"

#include "settings/accountstore.h"

#include <QSet>
#include <QTimer>

AccountSessions::AccountSessions(QNetworkAccessManager *nam, std::function<SecretStore *()> secrets,
                                 AccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(std::move(secrets))
    , m_accounts(accounts)
{
    connect(m_accounts, &AccountStore::accountsChanged, this, &AccountSessions::sync);
    sync();
}

AccountSessions::~AccountSessions() = default;

AccountSession *AccountSessions::session(const QString &accountKey) const
{
    return m_sessions.value(accountKey);
}

QList<AccountSession *> AccountSessions::sessions() const
{
    QList<AccountSession *> list;
    const QList<AccountRecord> accounts = m_accounts->accounts();
    for (const AccountRecord &account : accounts) {
        if (AccountSession *session = m_sessions.value(account.key()))
            list.append(session);
    }
    return list;
}

void AccountSessions::restart(const QString &accountKey)
{
    if (AccountSession *session = m_sessions.value(accountKey))
        session->start();
}

void AccountSessions::sync()
{
    const QList<AccountRecord> accounts = m_accounts->accounts();
    QSet<QString> keys;
    for (const AccountRecord &account : accounts) {
        keys.insert(account.key());
        if (m_sessions.contains(account.key()))
            continue;
        auto *session = new AccountSession(m_nam, m_secrets(), account, this);
        m_sessions.insert(account.key(), session);
        // Started just after the window appears: reading the keychain (D-Bus,
        // libsecret) at once measurably delayed the first window.
        QTimer::singleShot(std::chrono::milliseconds(100), session, [session] {
            if (!session->hasStarted())
                session->start();
        });
        emit sessionAdded(session);
    }
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (keys.contains(it.key())) {
            ++it;
            continue;
        }
        const QString key = it.key();
        it.value()->deleteLater();
        it = m_sessions.erase(it);
        emit sessionRemoved(key);
    }
}
