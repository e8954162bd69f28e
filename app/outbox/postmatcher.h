#pragma once

#include "api/scheduledstatus.h"
#include "api/status.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What one part of an outbox entry looks like on the server, and whether a status
// there is that part. The server changes the text on the way (Mastodon returns it
// as HTML, links and mentions marked up), so texts are compared as plain text with
// whitespace collapsed; the reply target, content warning and the time the part was
// sent narrow it down, so an older post with the same words does not count.
struct PostMatcher
{
    QString text;
    QString spoilerText;
    // The status this part answers; empty for a post that answers nothing.
    QString inReplyToId;
    // When the part was first sent; created_at must be near it.
    QDateTime sentAt;
    // For a scheduled post: when it is due.
    QDateTime scheduledAt;

    [[nodiscard]] bool matches(const Status &status) const;
    [[nodiscard]] bool matches(const ScheduledStatus &scheduled) const;
    // The first status in `statuses` that is this part.
    [[nodiscard]] std::optional<Status> find(const QList<Status> &statuses) const;
    [[nodiscard]] std::optional<ScheduledStatus> find(const QList<ScheduledStatus> &list) const;

    // Plain text, whitespace collapsed, mentions of other servers' accounts as @user: what
    // two spellings of one post share.
    [[nodiscard]] static QString normalized(const QString &text);
};
