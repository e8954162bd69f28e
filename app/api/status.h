#pragma once

#include "api/account.h"
#include "api/application.h"
#include "api/customemoji.h"
#include "api/mediaattachment.h"
#include "api/poll.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class JsonReader;

// A posted status, as POST /api/v1/statuses and the timelines return it.
struct Status
{
    QString id;
    QString uri;
    QUrl url;
    QDateTime createdAt;
    QDateTime editedAt;
    Account account;
    QString content; // HTML
    // The source text; only DELETE /api/v1/statuses/:id returns it.
    QString text;
    QString spoilerText;
    // public, unlisted, private or direct.
    QString visibility;
    bool sensitive = false;
    QString language;
    QString inReplyToId;
    QString inReplyToAccountId;
    qint64 repliesCount = 0;
    qint64 reblogsCount = 0;
    qint64 favouritesCount = 0;
    QList<MediaAttachment> mediaAttachments;
    QList<CustomEmoji> emojis;
    std::optional<Poll> poll;
    std::optional<Application> application;
    std::shared_ptr<const Status> reblog;

    [[nodiscard]] static std::optional<Status> fromJson(const QJsonValue &value,
                                                        QString *error = nullptr);
    static Status read(JsonReader &reader);
};
