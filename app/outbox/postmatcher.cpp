#include "postmatcher.h"

#include "outbox/outbox.h"
#include "search/htmltext.h"

#include <QRegularExpression>

#include <cstdlib>

namespace {

// Clocks of client and server may disagree by a little; the server may take a while
// to answer under load, and a resend within the key's hour returns the first status.
constexpr qint64 earlySlackSeconds = 60;
constexpr qint64 lateSlackSeconds = 5 * 60;

} // namespace

QString PostMatcher::normalized(const QString &text)
{
    // Mastodon shows a mention of another server's account as @user (the full handle only
    // when two mentioned accounts share the name), so both spellings shorten to @user.
    static const QRegularExpression remoteMention(
        QStringLiteral("(?<![=/\\w])@(\\w+(?:[.-]+\\w+)*)@\\w+(?:[.-]+\\w+)*"),
        QRegularExpression::UseUnicodePropertiesOption);
    return QString(text).replace(remoteMention, QStringLiteral("@\\1")).simplified();
}

bool PostMatcher::matches(const Status &status) const
{
    if (status.reblog)
        return false;
    const QString serverText =
        status.text.isEmpty() ? HtmlText::toPlainText(status.content) : status.text;
    if (normalized(serverText) != normalized(text))
        return false;
    if (normalized(status.spoilerText) != normalized(spoilerText))
        return false;
    if (status.inReplyToId != inReplyToId)
        return false;
    if (!sentAt.isValid() || !status.createdAt.isValid())
        return false;
    // A scheduled post is created when it is due, not when it was sent.
    const QDateTime reference =
        scheduledAt.isValid() && scheduledAt > sentAt ? scheduledAt : sentAt;
    const qint64 lifetime = std::chrono::seconds(Outbox::keyLifetime).count();
    return status.createdAt >= sentAt.addSecs(-earlySlackSeconds) &&
           status.createdAt <= reference.addSecs(lifetime + lateSlackSeconds);
}

bool PostMatcher::matches(const ScheduledStatus &scheduled) const
{
    // The server may round the time it stores.
    return scheduledAt.isValid() && scheduled.scheduledAt.isValid() &&
           std::abs(scheduled.scheduledAt.secsTo(scheduledAt)) <= 1 &&
           normalized(scheduled.text) == normalized(text) &&
           normalized(scheduled.spoilerText) == normalized(spoilerText) &&
           scheduled.inReplyToId == inReplyToId;
}

std::optional<Status> PostMatcher::find(const QList<Status> &statuses) const
{
    for (const Status &status : statuses) {
        if (matches(status))
            return status;
    }
    return std::nullopt;
}

std::optional<ScheduledStatus> PostMatcher::find(const QList<ScheduledStatus> &list) const
{
    for (const ScheduledStatus &scheduled : list) {
        if (matches(scheduled))
            return scheduled;
    }
    return std::nullopt;
}
