#pragma once

#include "outbox/editsettler.h"
#include "outbox/entrymediauploader.h"
#include "outbox/mentionguard.h"
#include "outbox/outboxentry.h"
#include "outbox/outboxstore.h"
#include "outbox/postsettler.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class ApiClient;
class ApiReply;
struct ApiError;
struct ApiResult;

// Posts drafts exactly once. Post puts a draft here, on disk first; the outbox sends
// its parts in order, each with its own Idempotency-Key, and retries network errors,
// timeouts, 5xx and 429 (not before X-RateLimit-Reset) with backoff, across restarts.
// A refusal (422 and the like) waits for the user; a 401 waits for a new sign-in.
// A part that may be out (answer cut off or unreadable, key past its hour) is looked
// for on the server before anything else happens to it (PostSettler).
// Nothing leaves the outbox unless it was posted or the user discarded it.
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    static constexpr std::chrono::milliseconds defaultRetryDelay{2000};
    static constexpr std::chrono::milliseconds maxRetryDelay{5 * 60 * 1000};
    // Mastodon keeps an Idempotency-Key for an hour; a part first sent longer ago than
    // this is looked for on the server and not sent again without the user, as the
    // server may have forgotten its key.
    static constexpr std::chrono::minutes keyLifetime{55};

    explicit Outbox(const OutboxStore &store, QObject *parent = nullptr);
    ~Outbox() override;

    // The client that posts for an account; null while the account is not signed in.
    // A new client also releases that account's entries that waited for a sign-in.
    void setClient(const QString &accountKey, ApiClient *client);
    // The first retry waits this long, each further one twice as long, up to maxRetryDelay.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // Saves the draft as a new entry and starts sending it. Empty (and `error` set)
    // when it could not be saved, in which case nothing is sent.
    QString enqueue(const Draft &draft, QString *error = nullptr);
    // As enqueue(), but nothing goes out for `delay` (undo send); until then the entry
    // can be taken back (requestUndo). The delay is the entry's own, kept on disk.
    QString enqueueHeld(const Draft &draft, std::chrono::seconds delay, QString *error = nullptr);
    // Asks whoever follows a held entry (its composer) to take it back. False when the
    // entry is not held any more: its delay is over and it is on its way.
    bool requestUndo(const QString &entryId);
    [[nodiscard]] QList<OutboxEntry> entries() const { return m_entries; }
    [[nodiscard]] std::optional<OutboxEntry> entry(const QString &entryId) const;
    // Sends a failed or waiting entry now, with the same keys; a part that may be out is
    // looked for first. For an entry not found after its key's hour (notFound), this is
    // the user's agreement to send it again.
    void retry(const QString &entryId);
    // The user gave up on the entry; it is removed from disk.
    void discard(const QString &entryId);

signals:
    // Undo was asked for this held entry (requestUndo); it is still in the outbox.
    void undoRequested(const QString &entryId);
    void entryAdded(const QString &entryId);
    // State, attempts, error or progress through a thread changed.
    void entryChanged(const QString &entryId);
    void entryRemoved(const QString &entryId);
    // Every part is on the server. `url` is the first post's page; for a scheduled post
    // it is empty and `scheduledAt` says when it will appear.
    void posted(const QString &entryId, const QUrl &url, const QDateTime &scheduledAt);
    // One part is on the server as `statusId` (a scheduled status for a scheduled post),
    // before posted() for the last part: for those who want the status itself.
    void partPosted(const QString &entryId, const QString &statusId);
    // A call answered 401: the account must sign in again. Its entries wait for it.
    void signInRequired(const QString &accountKey);
    // Writing the outbox to disk failed; the entry is still kept in memory.
    void saveFailed(const QString &message);

private:
    // The entries that may be sent next: per account the oldest one not failed, so an
    // account's posts reach the server in the order they were written.
    [[nodiscard]] QList<OutboxEntry *> candidates();
    // When the entry may be sent: after its retry time and after its undo delay.
    [[nodiscard]] static QDateTime dueAt(const OutboxEntry &entry);
    void scheduleNext();
    void sendNext();
    void watch(ApiReply *reply);
    void answered();
    // Files the entry carries without a media id (from `posthorn post`, or a copy of a
    // post for another server) are uploaded to its account first (EntryMediaUploader).
    void uploadMedia();
    void putDescriptions(qsizetype index);
    void postPart();
    void onDescriptionPut(const ApiResult &result, qsizetype index);
    void onPartPosted(const ApiResult &result);
    // An entry whose draft edits a published post: one PUT, without Idempotency-Key
    // (Mastodon has none for edits, and a PUT that renews a poll adds a version each
    // time), so one sent before is looked for before it is sent again.
    void sendEdit();
    void onEditPut(const ApiResult &result);
    // A post for mentioned people only: its mentions are looked up before it is sent.
    void guardMentions(OutboxEntry &entry);
    void onSendFailed(const ApiError &error);
    void settle(OutboxEntry &entry);
    void onSettled(const PostSettler::Result &result);
    // The part now due is on the server as `id`: on to the next part, or done.
    void partDone(OutboxEntry &entry, const QString &id, const QUrl &url,
                  const QDateTime &scheduledAt);
    // The attempt ends without an answer to act on; try again after the backoff (or at
    // once), saving the entry unless `save` is false.
    void waitAndRetry(OutboxEntry &entry, const QString &message, bool atOnce, bool save = true);
    [[nodiscard]] static bool keyExpired(const OutboxEntry &entry, const QDateTime &now);
    void giveUp(OutboxEntry &entry, const QString &message, bool refused);
    void abandonCurrent();
    [[nodiscard]] std::chrono::milliseconds backoff(int attempts) const;
    [[nodiscard]] OutboxEntry *find(const QString &entryId);
    [[nodiscard]] ApiClient *clientFor(const OutboxEntry &entry) const;
    void persist(const OutboxEntry &entry);

    OutboxStore m_store;
    QList<OutboxEntry> m_entries;
    QHash<QString, QPointer<ApiClient>> m_clients;
    QTimer m_timer;
    std::chrono::milliseconds m_retryDelay = defaultRetryDelay;
    // The entry being sent, and its request; one at a time, so posts keep their order.
    QString m_currentId;
    QPointer<ApiReply> m_reply;
    QPointer<PostSettler> m_settler;
    QPointer<EditSettler> m_editSettler;
    QPointer<MentionGuard> m_guard;
    QPointer<EntryMediaUploader> m_mediaUploader;
    // Per entry, the accounts its direct post may reach (MentionGuard); found again after
    // a restart, as who a name means can change.
    QHash<QString, QStringList> m_allowedMentions;
    // Moves on with every request sent and every answer, so only the destruction of a
    // reply still awaited counts as a lost one.
    quint64 m_requestSerial = 0;
};
