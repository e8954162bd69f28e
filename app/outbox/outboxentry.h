#pragma once

#include "compose/draft.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// One post (or thread) on its way to the server. It stays in the outbox, on disk,
// until every part is confirmed or the user discards it. Each part has its own
// Idempotency-Key, fixed when the user pressed Post, so any number of retries of
// that part make at most one status.
struct OutboxEntry
{
    enum class State {
        Waiting,     // due at nextAttemptAt (at once when invalid)
        Sending,     // a request is out
        Checking,    // looking on the server whether an uncertain part is out
        Failed,      // the server refused it; the user decides
        NeedsSignIn, // 401: waits for the account to be signed in again
    };

    QString id;
    QString keyBase;
    Draft draft;
    State state = State::Waiting;
    // Ids of the statuses already made, in thread order.
    QStringList postedIds;
    QUrl firstUrl;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    // For the user: why the last attempt did not go through.
    QString lastError;
    // Failed because the server said no (422 and the like): nothing of the failed part
    // was published, so its text can go back to a composer to be fixed.
    bool refused = false;
    // When the part now due was first sent. Mastodon remembers an Idempotency-Key for
    // an hour; after that a resend could publish the part twice, so the user decides.
    QDateTime partSentAt;
    // The part now due may be on the server (its answer was cut off or unreadable, or
    // its key is older than its hour): it is looked for before it is sent again.
    bool uncertain = false;
    // Looked for and not found, but the key's hour is over: sending it again could make
    // a second post if it is out after all, so it waits for the user to agree.
    bool notFound = false;
    // Undo send: nothing goes out before this time (UTC), and until then the user can
    // take the post back. Kept on disk, so a restart still waits for it; invalid for
    // none.
    QDateTime notBefore;

    [[nodiscard]] static OutboxEntry create(const Draft &draft);
    [[nodiscard]] QString idempotencyKey(qsizetype part) const;
    // Still within its undo delay at `now`, and nothing of it has left: taking it back
    // cannot leave anything on the server.
    [[nodiscard]] bool isHeld(const QDateTime &now) const;
    [[nodiscard]] bool isComplete() const { return postedIds.size() >= draft.parts.size(); }
    // What is left to post, as a draft of its own: the parts not yet published, the
    // first of them replying to the last one that was.
    [[nodiscard]] Draft remainingDraft() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static OutboxEntry fromJson(const QJsonObject &object);
};
