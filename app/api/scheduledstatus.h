#pragma once

#include "api/mediaattachment.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class JsonReader;

// A status waiting for its time. POST /api/v1/statuses with `scheduled_at` answers
// with this instead of a Status; isScheduledStatus() tells the two apart.
struct ScheduledStatus
{
    QString id;
    QDateTime scheduledAt;
    // From `params`: what will be posted. Empty values mean the server's default.
    QString text;
    QString spoilerText;
    QString visibility;
    bool sensitive = false;
    QString language;
    QString inReplyToId;
    QStringList mediaIds;
    QString idempotencyKey;
    QList<MediaAttachment> mediaAttachments;

    // Mastodon's own rule: a ScheduledStatus is the one with a `params` object.
    [[nodiscard]] static bool isScheduledStatus(const QJsonValue &value);

    [[nodiscard]] static std::optional<ScheduledStatus> fromJson(const QJsonValue &value,
                                                                 QString *error = nullptr);
    static ScheduledStatus read(JsonReader &reader);
};
