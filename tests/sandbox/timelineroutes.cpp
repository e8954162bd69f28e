#include "timelineroutes.h"

#include "idpager.h"
#include "sandboxstate.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace {

const QStringList readScopes{QStringLiteral("read"), QStringLiteral("read:statuses")};

QString visibilityOf(const StatusRecord &record)
{
    return record.json.value(QStringLiteral("visibility")).toString();
}

bool hasTag(const StatusRecord &record, const QString &tag)
{
    const QRegularExpression pattern(
        QStringLiteral("(?:^|[^\\w])#%1(?!\\w)").arg(QRegularExpression::escape(tag)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(record.json.value(QStringLiteral("text")).toString()).hasMatch();
}

bool hasMedia(const StatusRecord &record)
{
    return !record.json.value(QStringLiteral("media_attachments")).toArray().isEmpty();
}

bool isReply(const StatusRecord &record)
{
    return !record.json.value(QStringLiteral("in_reply_to_id")).isNull();
}

} // namespace

TimelineRoutes::TimelineRoutes(SandboxState &state)
    : m_state(state)
    , m_auth(state)
{}

std::optional<SandboxResponse> TimelineRoutes::handle(const SandboxRequest &request)
{
    static const QRegularExpression accountStatusesPath(
        QStringLiteral("^/api/v1/accounts/([0-9]+)/statuses$"));
    static const QRegularExpression tagPath(QStringLiteral("^/api/v1/timelines/tag/([^/]+)$"));
    if (request.method != "GET")
        return std::nullopt;
    if (const auto match = accountStatusesPath.match(request.path); match.hasMatch())
        return accountStatuses(request, match.captured(1));
    if (request.path == QLatin1String("/api/v1/timelines/home"))
        return home(request);
    if (request.path == QLatin1String("/api/v1/timelines/public"))
        return publicTimeline(request);
    if (const auto match = tagPath.match(request.path); match.hasMatch())
        return tag(request, QUrl::fromPercentEncoding(match.captured(1).toUtf8()));
    return std::nullopt;
}

bool TimelineRoutes::visibleTo(const SandboxState &state, const StatusRecord &record,
                               const QString &viewerId)
{
    const QString visibility = visibilityOf(record);
    if (!viewerId.isEmpty() && viewerId == record.accountId)
        return true;
    if (visibility == QLatin1String("direct"))
        return false;
    if (visibility == QLatin1String("private"))
        return !viewerId.isEmpty() && state.following.value(viewerId).contains(record.accountId);
    return true;
}

QJsonObject TimelineRoutes::shown(const StatusRecord &record)
{
    QJsonObject json = record.json;
    json.remove(QStringLiteral("text"));
    return json;
}

SandboxResponse TimelineRoutes::list(const SandboxRequest &request, const QString &path,
                                     const std::function<bool(const StatusRecord &)> &keep) const
{
    QStringList ids;
    for (const StatusRecord &record : std::as_const(m_state.statuses)) {
        if (keep(record))
            ids.append(record.id);
    }
    std::sort(ids.begin(), ids.end(),
              [](const QString &a, const QString &b) { return a.toLongLong() > b.toLongLong(); });
    const IdPager::Page page = IdPager::page(ids, request, m_state.origin() + path);
    QJsonArray statuses;
    for (const QString &id : page.ids)
        statuses.append(shown(m_state.statuses.value(id)));
    SandboxResponse response = SandboxResponse::json(statuses);
    if (!page.link.isEmpty())
        response.setHeader("Link", page.link);
    return response;
}

SandboxResponse TimelineRoutes::accountStatuses(const SandboxRequest &request,
                                                const QString &accountId)
{
    const TokenAuth::Result auth = m_auth.optional(request, readScopes);
    if (auth.error)
        return *auth.error;
    if (!m_state.directory.byId(accountId))
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    // The sandbox pins nothing and makes no reblogs: `pinned` lists nothing and
    // `exclude_reblogs` has nothing to remove.
    const bool pinned = request.flag(QStringLiteral("pinned"));
    const bool onlyMedia = request.flag(QStringLiteral("only_media"));
    const bool excludeReplies = request.flag(QStringLiteral("exclude_replies"));
    const QString tagged = request.str(QStringLiteral("tagged"));
    const QString viewer = auth.token ? auth.token->accountId : QString();
    return list(request, QStringLiteral("/api/v1/accounts/%1/statuses").arg(accountId),
                [&](const StatusRecord &record) {
                    return !pinned && record.accountId == accountId &&
                           visibleTo(m_state, record, viewer) && (!onlyMedia || hasMedia(record)) &&
                           (!excludeReplies || !isReply(record)) &&
                           (tagged.isEmpty() || hasTag(record, tagged));
                });
}

SandboxResponse TimelineRoutes::home(const SandboxRequest &request)
{
    const TokenAuth::Result auth = m_auth.require(request, readScopes);
    if (auth.error)
        return *auth.error;
    const QString self = auth.token->accountId;
    const QSet<QString> followed = m_state.following.value(self);
    return list(request, QStringLiteral("/api/v1/timelines/home"), [&](const StatusRecord &record) {
        return (record.accountId == self || followed.contains(record.accountId)) &&
               visibleTo(m_state, record, self);
    });
}

SandboxResponse TimelineRoutes::publicTimeline(const SandboxRequest &request)
{
    const TokenAuth::Result auth = m_auth.optional(request, readScopes);
    if (auth.error)
        return *auth.error;
    // Every sandbox post is local, so `remote` lists nothing and `local` changes nothing.
    const bool remote = request.flag(QStringLiteral("remote"));
    const bool onlyMedia = request.flag(QStringLiteral("only_media"));
    return list(request, QStringLiteral("/api/v1/timelines/public"),
                [&](const StatusRecord &record) {
                    return !remote && visibilityOf(record) == QLatin1String("public") &&
                           (!onlyMedia || hasMedia(record));
                });
}

SandboxResponse TimelineRoutes::tag(const SandboxRequest &request, const QString &tag)
{
    const TokenAuth::Result auth = m_auth.optional(request, readScopes);
    if (auth.error)
        return *auth.error;
    const bool onlyMedia = request.flag(QStringLiteral("only_media"));
    return list(request,
                QStringLiteral("/api/v1/timelines/tag/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(tag)),
                [&](const StatusRecord &record) {
                    return visibilityOf(record) == QLatin1String("public") && hasTag(record, tag) &&
                           (!onlyMedia || hasMedia(record));
                });
}
