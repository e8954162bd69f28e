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

    [[nodiscard]] static OutboxEntry create(const Draft &draft);
    [[nodiscard]] QString idempotencyKey(qsizetype part) const;
    [[nodiscard]] bool isComplete() const { return postedIds.size() >= draft.parts.size(); }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static OutboxEntry fromJson(const QJsonObject &object);
};
