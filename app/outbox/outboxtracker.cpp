#include "outboxtracker.h"

#include "outbox/outbox.h"
#include "util/servertext.h"

#include <QLocale>

OutboxTracker::OutboxTracker(Outbox *outbox, TakeBack takeBack, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_takeBack(std::move(takeBack))
{
    connect(m_outbox, &Outbox::entryChanged, this, &OutboxTracker::onEntryChanged);
    connect(m_outbox, &Outbox::posted, this,
            [this](const QString &entryId, const QUrl &url, const QDateTime &scheduledAt) {
                if (entryId != m_pendingEntryId)
                    return;
                setPending(QString());
                emit posted(url, scheduledAt);
            });
    connect(m_outbox, &Outbox::undoRequested, this, [this](const QString &entryId) {
        if (entryId != m_pendingEntryId)
            return;
        const std::optional<OutboxEntry> entry = m_outbox->entry(entryId);
        if (!entry)
            return;
        setPending(QString());
        if (!this->takeBack(*entry)) {
            // Not saved as a draft: it stays in the outbox and goes out after its delay.
            setPending(entryId);
            return;
        }
        emit undone();
    });
    connect(m_outbox, &Outbox::entryRemoved, this, [this](const QString &entryId) {
        if (entryId.isEmpty() || entryId != m_leftEntryId)
            return;
        m_leftEntryId.clear();
        emit leftOutbox();
    });
}

bool OutboxTracker::submit(const Draft &draft, QString *error, std::chrono::seconds delay)
{
    const QString entryId = m_outbox->enqueueHeld(draft, delay, error);
    if (entryId.isEmpty())
        return false;
    setPending(entryId);
    return true;
}

void OutboxTracker::letGo()
{
    const QString left = m_pendingEntryId;
    setPending(QString());
    m_leftEntryId = left;
}

void OutboxTracker::settle(const QString &entryId)
{
    // Its key must not be dropped while the post may be out: the outbox settles it
    // first (found: the link shows; not there: same key, or the text comes back).
    setPending(entryId);
    emit statusChanged(tr("The post may have been published: Posthorn looks for it on your "
                          "profile…"));
    m_outbox->retry(entryId);
}

bool OutboxTracker::takeBack(const OutboxEntry &entry)
{
    // Saved before the outbox lets go of it, so no moment exists with the text in
    // neither place.
    if (!m_takeBack(entry.remainingDraft())) {
        emit problem(tr("The post stays in the outbox: it could not be saved as a draft."));
        return false;
    }
    m_outbox->discard(entry.id);
    return true;
}

void OutboxTracker::onEntryChanged(const QString &entryId)
{
    if (entryId != m_pendingEntryId)
        return;
    const std::optional<OutboxEntry> entry = m_outbox->entry(entryId);
    if (!entry)
        return;
    switch (entry->state) {
    case OutboxEntry::State::Checking:
        emit statusChanged(tr("The post may have been published: Posthorn looks for it on your "
                              "profile…"));
        break;
    case OutboxEntry::State::Sending:
        emit canLetGoChanged(entry->attempts > 0);
        if (entry->postedIds.size() > 0)
            emit statusChanged(tr("Posting %1 of %2…")
                                   .arg(entry->postedIds.size() + 1)
                                   .arg(entry->draft.parts.size()));
        break;
    case OutboxEntry::State::Waiting:
        emit canLetGoChanged(true);
        if (entry->uncertain) {
            // It may be out: the outbox looks before anything is sent again.
            // Plain text, as below: the status line escapes what it shows itself.
            emit statusChanged(tr("Not confirmed yet: %1 The post is safe in the outbox.")
                                   .arg(ServerText::plain(entry->lastError)));
            break;
        }
        emit statusChanged(
            tr("Not posted yet: %1 Posthorn tries again at %2; the post is safe in the "
               "outbox.")
                .arg(ServerText::plain(entry->lastError),
                     QLocale().toString(entry->nextAttemptAt.toLocalTime().time(),
                                        QLocale::ShortFormat)));
        break;
    case OutboxEntry::State::NeedsSignIn:
        emit canLetGoChanged(true);
        emit statusChanged(tr("Not posted: the server asks to sign in again. The post waits in "
                              "the outbox and goes out once you have."));
        emit signInNeeded();
        break;
    case OutboxEntry::State::Failed:
        onFailed(*entry);
        break;
    }
}

void OutboxTracker::onFailed(const OutboxEntry &entry)
{
    if (!entry.notFound && !entry.refused) {
        // The post may be out already: the user decides in the outbox.
        emit keptInOutbox(entry.lastError);
        return;
    }
    setPending(QString());
    emit canLetGoChanged(false);
    if (!takeBack(entry))
        return;
    if (entry.notFound) {
        // Looked for and not there, and its key is past its hour: the text comes back,
        // and pressing Post is the user's say to send it as a new post.
        emit tookBack(tr("Posthorn did not find this post on your profile. It is back here; "
                         "check your profile, then Post sends it as a new post."));
        return;
    }
    // Refused: what is not published comes back to be fixed, with the server's reason
    // beside it. A thread refused half-way continues as a reply.
    const qsizetype published = entry.postedIds.size();
    emit tookBack(published == 0
                      ? tr("The server did not accept the post: %1").arg(entry.lastError)
                      : tr("The server did not accept post %1 of the thread: %2 The posts "
                           "before it are published; this one will reply to them.")
                            .arg(published + 1)
                            .arg(entry.lastError));
}

void OutboxTracker::setPending(const QString &entryId)
{
    m_pendingEntryId = entryId;
    m_leftEntryId.clear();
    emit pendingEntryChanged(entryId);
}
