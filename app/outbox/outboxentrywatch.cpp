#include "outboxentrywatch.h"

#include "outbox/outbox.h"

OutboxEntryWatch::OutboxEntryWatch(Outbox *outbox, const QString &entryId, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_entryId(entryId)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        PostOutcome outcome;
        outcome.kind = PostOutcome::Kind::Waiting;
        const std::optional<OutboxEntry> entry =
            m_outbox ? m_outbox->entry(m_entryId) : std::nullopt;
        outcome.message = entry && !entry->lastError.isEmpty()
                              ? entry->lastError
                              : tr("The server has not answered yet.");
        finish(outcome);
    });
}

void OutboxEntryWatch::start(std::chrono::milliseconds deadline)
{
    if (!m_outbox)
        return;
    connect(m_outbox, &Outbox::partPosted, this,
            [this](const QString &entryId, const QString &statusId) {
                if (entryId == m_entryId && m_firstStatusId.isEmpty())
                    m_firstStatusId = statusId;
            });
    connect(m_outbox, &Outbox::posted, this,
            [this](const QString &entryId, const QUrl &url, const QDateTime &scheduledAt) {
                if (entryId != m_entryId)
                    return;
                PostOutcome outcome;
                outcome.kind = scheduledAt.isValid() ? PostOutcome::Kind::Scheduled
                                                     : PostOutcome::Kind::Published;
                outcome.url = url;
                outcome.scheduledAt = scheduledAt;
                outcome.statusId = m_firstStatusId;
                finish(outcome);
            });
    connect(m_outbox, &Outbox::entryChanged, this, [this](const QString &entryId) {
        if (entryId == m_entryId)
            check();
    });
    m_deadline.start(deadline);
    check();
}

void OutboxEntryWatch::check()
{
    const std::optional<OutboxEntry> entry = m_outbox ? m_outbox->entry(m_entryId) : std::nullopt;
    if (!entry)
        return;
    PostOutcome outcome;
    outcome.message = entry->lastError;
    switch (entry->state) {
    case OutboxEntry::State::Failed:
        // Not refused: a reply nobody could read, or a post not found after its key's
        // hour. Either waits in the outbox for the user to look at.
        outcome.kind = entry->refused ? PostOutcome::Kind::Refused : PostOutcome::Kind::Waiting;
        finish(outcome);
        return;
    case OutboxEntry::State::NeedsSignIn:
        outcome.kind = PostOutcome::Kind::SignInRequired;
        finish(outcome);
        return;
    case OutboxEntry::State::Waiting: {
        if (entry->attempts == 0 || !entry->nextAttemptAt.isValid())
            return;
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(entry->nextAttemptAt);
        if (wait > m_patience.count()) {
            outcome.kind = PostOutcome::Kind::Waiting;
            finish(outcome);
        }
        return;
    }
    case OutboxEntry::State::Sending:
    case OutboxEntry::State::Checking:
        return;
    }
}

void OutboxEntryWatch::finish(const PostOutcome &outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_outbox)
        m_outbox->disconnect(this);
    emit finished(outcome);
}
