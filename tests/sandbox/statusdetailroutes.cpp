#include "statusdetailroutes.h"

#include "sandboxstate.h"
#include "timelineroutes.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

const QStringList readScopes{QStringLiteral("read"), QStringLiteral("read:statuses")};

QString inReplyTo(const StatusRecord &record)
{
    return record.json.value(QStringLiteral("in_reply_to_id")).toString();
}

} // namespace

StatusDetailRoutes::StatusDetailRoutes(SandboxState &state)
    : m_state(state)
    , m_auth(state)
{}

std::optional<SandboxResponse> StatusDetailRoutes::handle(const SandboxRequest &request)
{
    static const QRegularExpression detailPath(
        QStringLiteral("^/api/v1/statuses/([^/]+)/(context|source|history)$"));
    const auto match = detailPath.match(request.path);
    if (request.method != "GET" || !match.hasMatch())
        return std::nullopt;
    const QString what = match.captured(2);
    // Mastodon asks for a token with a read scope for the source; the others are public
    // but check a token if one is sent.
    const TokenAuth::Result auth = what == QLatin1String("source")
                                       ? m_auth.require(request, readScopes)
                                       : m_auth.optional(request, readScopes);
    if (auth.error)
        return *auth.error;
    const QString viewer = auth.token ? auth.token->accountId : QString();
    const auto it = m_state.statuses.constFind(match.captured(1));
    if (it == m_state.statuses.constEnd() || !TimelineRoutes::visibleTo(m_state, *it, viewer))
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    if (what == QLatin1String("context"))
        return context(*it, viewer);
    if (what == QLatin1String("source"))
        return source(*it);
    return history(*it);
}

QJsonObject StatusDetailRoutes::version(const QJsonObject &status)
{
    const QJsonValue editedAt = status.value(QStringLiteral("edited_at"));
    return QJsonObject{
        {QStringLiteral("content"), status.value(QStringLiteral("content"))},
        {QStringLiteral("spoiler_text"), status.value(QStringLiteral("spoiler_text"))},
        {QStringLiteral("sensitive"), status.value(QStringLiteral("sensitive"))},
        {QStringLiteral("created_at"),
         editedAt.isString() ? editedAt : status.value(QStringLiteral("created_at"))},
        {QStringLiteral("account"), status.value(QStringLiteral("account"))},
        {QStringLiteral("poll"),
         status.value(QStringLiteral("poll")).isObject()
             ? QJsonValue(
                   QJsonObject{{QStringLiteral("options"), status.value(QStringLiteral("poll"))
                                                               .toObject()
                                                               .value(QStringLiteral("options"))}})
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("media_attachments"), status.value(QStringLiteral("media_attachments"))},
        {QStringLiteral("emojis"), status.value(QStringLiteral("emojis"))},
    };
}

SandboxResponse StatusDetailRoutes::context(const StatusRecord &record, const QString &viewer) const
{
    // Ancestors from the thread's start down to the parent; descendants in the order
    // they were posted. Both leave out what the viewer may not see.
    QJsonArray ancestors;
    QString parent = inReplyTo(record);
    QStringList seen{record.id};
    while (!parent.isEmpty() && m_state.statuses.contains(parent) && !seen.contains(parent)) {
        seen.append(parent);
        const StatusRecord &ancestor = *m_state.statuses.constFind(parent);
        if (TimelineRoutes::visibleTo(m_state, ancestor, viewer))
            ancestors.prepend(TimelineRoutes::shown(ancestor));
        parent = inReplyTo(ancestor);
    }
    QList<const StatusRecord *> replies;
    QSet<QString> thread{record.id};
    QList<const StatusRecord *> ordered;
    for (const StatusRecord &candidate : std::as_const(m_state.statuses))
        ordered.append(&candidate);
    std::sort(ordered.begin(), ordered.end(), [](const StatusRecord *a, const StatusRecord *b) {
        return a->id.toLongLong() < b->id.toLongLong();
    });
    for (const StatusRecord *candidate : std::as_const(ordered)) {
        if (thread.contains(inReplyTo(*candidate))) {
            thread.insert(candidate->id);
            replies.append(candidate);
        }
    }
    QJsonArray descendants;
    for (const StatusRecord *reply : std::as_const(replies)) {
        if (TimelineRoutes::visibleTo(m_state, *reply, viewer))
            descendants.append(TimelineRoutes::shown(*reply));
    }
    return SandboxResponse::json(QJsonObject{{QStringLiteral("ancestors"), ancestors},
                                             {QStringLiteral("descendants"), descendants}});
}

SandboxResponse StatusDetailRoutes::source(const StatusRecord &record)
{
    return SandboxResponse::json(QJsonObject{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("text"), record.json.value(QStringLiteral("text"))},
        {QStringLiteral("spoiler_text"), record.json.value(QStringLiteral("spoiler_text"))},
    });
}

SandboxResponse StatusDetailRoutes::history(const StatusRecord &record)
{
    // A status never edited has one version: itself.
    if (record.history.isEmpty())
        return SandboxResponse::json(QJsonArray{version(record.json)});
    return SandboxResponse::json(record.history);
}
