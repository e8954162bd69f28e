#include "crosspostresults.h"

#include "outbox/outbox.h"
#include "settings/accountstore.h"
#include "text/plainlabel.h"

#include <QDateTime>
#include <QLocale>
#include <QVBoxLayout>

CrossPostResults::CrossPostResults(Outbox *outbox, AccountStore *accounts, QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_accounts(accounts)
    , m_lines(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("crossPostResults"));
    m_lines->setContentsMargins(0, 0, 0, 0);
    hide();
    connect(outbox, &Outbox::entryChanged, this, &CrossPostResults::update);
    connect(outbox, &Outbox::posted, this,
            [this](const QString &entryId, const QUrl &url, const QDateTime &scheduledAt) {
                if (!m_accountOf.contains(entryId))
                    return;
                show(entryId,
                     scheduledAt.isValid()
                         ? tr("%1: scheduled for %2")
                               .arg(handleOf(entryId), QLocale().toString(scheduledAt.toLocalTime(),
                                                                          QLocale::ShortFormat))
                         : tr("%1: published %2").arg(handleOf(entryId), url.toString()));
                // Said once; the entry leaves the outbox next.
                m_accountOf.remove(entryId);
            });
    connect(outbox, &Outbox::entryRemoved, this, [this](const QString &entryId) {
        // Removed without being posted: the user discarded it from the outbox list.
        if (m_accountOf.contains(entryId))
            show(entryId, tr("%1: not sent, discarded").arg(handleOf(entryId)));
        m_accountOf.remove(entryId);
    });
}

void CrossPostResults::follow(const QHash<QString, QString> &entryIdsByAccount)
{
    clear();
    for (auto it = entryIdsByAccount.cbegin(); it != entryIdsByAccount.cend(); ++it) {
        m_accountOf.insert(it.value(), it.key());
        auto *line = new PlainLabel(this);
        line->setObjectName(QStringLiteral("crossPostResult"));
        line->setWordWrap(true);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_lines->addWidget(line);
        m_lineOf.insert(it.value(), line);
        update(it.value());
    }
    setVisible(!m_lineOf.isEmpty());
}

void CrossPostResults::undo()
{
    if (!m_outbox)
        return;
    const QStringList entryIds = m_accountOf.keys();
    for (const QString &entryId : entryIds) {
        // requestUndo() is false once the copy is on its way: then it goes out as it
        // would without the undo, and its line says so.
        if (m_outbox->requestUndo(entryId)) {
            const QString handle = handleOf(entryId);
            m_outbox->discard(entryId);
            show(entryId, tr("%1: not sent").arg(handle));
        }
    }
}

void CrossPostResults::clear()
{
    m_accountOf.clear();
    qDeleteAll(m_lineOf);
    m_lineOf.clear();
    hide();
}

void CrossPostResults::update(const QString &entryId)
{
    if (!m_outbox || !m_accountOf.contains(entryId))
        return;
    const std::optional<OutboxEntry> entry = m_outbox->entry(entryId);
    if (!entry)
        return;
    const QString handle = handleOf(entryId);
    switch (entry->state) {
    case OutboxEntry::State::Waiting:
        show(entryId,
             entry->lastError.isEmpty()
                 ? tr("%1: waiting to be sent").arg(handle)
                 : tr("%1: not sent yet (%2); it is tried again").arg(handle, entry->lastError));
        return;
    case OutboxEntry::State::Sending:
    case OutboxEntry::State::Checking:
        show(entryId, tr("%1: posting…").arg(handle));
        return;
    case OutboxEntry::State::Failed:
        show(entryId, entry->refused
                          ? tr("%1: refused by the server: %2").arg(handle, entry->lastError)
                          : tr("%1: not sent: %2").arg(handle, entry->lastError));
        return;
    case OutboxEntry::State::NeedsSignIn:
        show(entryId, tr("%1: waits for a new sign-in").arg(handle));
        return;
    }
}

void CrossPostResults::show(const QString &entryId, const QString &text)
{
    if (PlainLabel *line = m_lineOf.value(entryId))
        line->setServerText(text);
}

QString CrossPostResults::handleOf(const QString &entryId) const
{
    const QString key = m_accountOf.value(entryId);
    const QList<AccountRecord> accounts = m_accounts->accounts();
    for (const AccountRecord &account : accounts) {
        if (account.key() == key)
            return account.handle();
    }
    return key;
}
