#include "accountroutes.h"

#include "avatarimages.h"
#include "sandboxstate.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace {

constexpr int FollowsPerWindow = 400;
constexpr int FollowWindowSeconds = 24 * 3600;

int boundedInt(const QString &text, int fallback, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return fallback;
    return qMin(value, maximum);
}

} // namespace

AccountRoutes::AccountRoutes(SandboxState &state)
    : m_state(state)
    , m_auth(state)
{}

std::optional<SandboxResponse> AccountRoutes::handle(const SandboxRequest &request)
{
    static const QRegularExpression accountPath(
        QStringLiteral("^/api/v1/accounts/([0-9]+)(?:/(follow|unfollow))?$"));
    static const QRegularExpression avatarPath(QStringLiteral("^/avatars/([0-9]+)\\.(png|gif)$"));
    static const QRegularExpression emojiPath(QStringLiteral("^/emoji/([a-z_]+)\\.png$"));
    const QString &path = request.path;
    const QByteArray &method = request.method;

    if (path == QLatin1String("/api/v1/accounts/verify_credentials") && method == "GET")
        return verifyCredentials(request);
    if (path == QLatin1String("/api/v1/accounts/relationships") && method == "GET")
        return relationships(request);
    if (path == QLatin1String("/api/v1/accounts/search") && method == "GET")
        return searchAccounts(request);
    if (path == QLatin1String("/api/v2/search") && method == "GET") {
        if (!m_state.config.feature(QStringLiteral("v2_search")))
            return SandboxResponse::error(404, QStringLiteral("Not Found"));
        return searchV2(request);
    }
    if (const auto match = accountPath.match(path); match.hasMatch()) {
        if (match.captured(2).isEmpty() && method == "GET")
            return show(request, match.captured(1));
        if (!match.captured(2).isEmpty() && method == "POST")
            return follow(request, match.captured(1), match.captured(2) == QLatin1String("follow"));
    }
    if (method != "GET" && method != "HEAD")
        return std::nullopt;
    if (const auto match = avatarPath.match(path); match.hasMatch()) {
        const Directory::Account *account = m_state.directory.byId(match.captured(1));
        if (!account)
            return SandboxResponse::error(404, QStringLiteral("Not Found"));
        if (match.captured(2) == QLatin1String("gif"))
            return image(request, AvatarImages::animatedGif(account->id), "image/gif");
        return image(request, AvatarImages::png(account->id), "image/png");
    }
    if (path == QLatin1String("/headers/original/missing.png"))
        return image(request, AvatarImages::png(QStringLiteral("header"), 8), "image/png");
    if (const auto match = emojiPath.match(path); match.hasMatch()) {
        if (!Directory::customEmojiShortcodes().contains(match.captured(1)))
            return SandboxResponse::error(404, QStringLiteral("Not Found"));
        return image(request, AvatarImages::png(match.captured(1), 32), "image/png");
    }
    return std::nullopt;
}

SandboxResponse AccountRoutes::image(const SandboxRequest &request, const QByteArray &data,
                                     const QByteArray &type) const
{
    // Cacheable like Mastodon's CDN-served files, so a QNetworkDiskCache keeps them and
    // revalidation can be answered with 304.
    const QByteArray etag =
        '"' + QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex() + '"';
    SandboxResponse response;
    if (request.header("if-none-match") == etag) {
        response.status = 304;
    } else {
        response = SandboxResponse::bytes(data, type);
    }
    response.setHeader("Cache-Control", "public, max-age=86400");
    response.setHeader("ETag", etag);
    response.setHeader("Last-Modified", "Tue, 01 Nov 2022 00:00:00 GMT");
    return response;
}

SandboxResponse AccountRoutes::verifyCredentials(const SandboxRequest &request) const
{
    const TokenAuth::Result auth =
        m_auth.require(request, {QStringLiteral("profile"), QStringLiteral("read"),
                                 QStringLiteral("read:accounts")});
    if (auth.error)
        return *auth.error;
    const Directory::Account *account = m_state.directory.byId(auth.token->accountId);
    if (!account)
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    return SandboxResponse::json(m_state.directory.credentialJson(*account, m_state.origin()));
}

SandboxResponse AccountRoutes::show(const SandboxRequest &request, const QString &id) const
{
    const TokenAuth::Result auth =
        m_auth.optional(request, {QStringLiteral("read"), QStringLiteral("read:accounts")});
    if (auth.error)
        return *auth.error;
    const Directory::Account *account = m_state.directory.byId(id);
    if (!account)
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    return SandboxResponse::json(m_state.directory.toJson(*account, m_state.origin()));
}

QJsonArray AccountRoutes::searchResults(const QString &query, bool resolve, int limit,
                                        int offset) const
{
    const QList<const Directory::Account *> found = m_state.directory.search(query, resolve);
    QJsonArray accounts;
    for (qsizetype i = offset; i < found.size() && accounts.size() < limit; ++i)
        accounts.append(m_state.directory.toJson(*found.at(i), m_state.origin()));
    return accounts;
}

SandboxResponse AccountRoutes::searchV2(const SandboxRequest &request) const
{
    const TokenAuth::Result auth =
        m_auth.optional(request, {QStringLiteral("read"), QStringLiteral("read:search")});
    if (auth.error)
        return *auth.error;
    if (!request.has(QStringLiteral("q")) || request.str(QStringLiteral("q")).isEmpty())
        return SandboxResponse::error(400,
                                      QStringLiteral("param is missing or the value is empty: q"));
    if (!auth.token) {
        if (request.has(QStringLiteral("offset")))
            return SandboxResponse::error(
                401, QStringLiteral(
                         "Search queries pagination is not supported without authentication"));
        if (request.flag(QStringLiteral("resolve")))
            return SandboxResponse::error(
                401,
                QStringLiteral("Search queries that resolve remote resources are not supported "
                               "without authentication"));
    }
    const QString type = request.str(QStringLiteral("type"));
    QJsonArray accounts;
    if (type.isEmpty() || type == QLatin1String("accounts")) {
        accounts =
            searchResults(request.str(QStringLiteral("q")), request.flag(QStringLiteral("resolve")),
                          boundedInt(request.str(QStringLiteral("limit")), 20, 40),
                          qMax(0, request.str(QStringLiteral("offset")).toInt()));
    }
    return SandboxResponse::json(QJsonObject{{QStringLiteral("accounts"), accounts},
                                             {QStringLiteral("statuses"), QJsonArray{}},
                                             {QStringLiteral("hashtags"), QJsonArray{}}});
}

SandboxResponse AccountRoutes::searchAccounts(const SandboxRequest &request) const
{
    const TokenAuth::Result auth =
        m_auth.require(request, {QStringLiteral("read"), QStringLiteral("read:accounts")}, false);
    if (auth.error)
        return *auth.error;
    if (request.str(QStringLiteral("q")).isEmpty())
        return SandboxResponse::error(400,
                                      QStringLiteral("param is missing or the value is empty: q"));
    return SandboxResponse::json(
        searchResults(request.str(QStringLiteral("q")), request.flag(QStringLiteral("resolve")),
                      boundedInt(request.str(QStringLiteral("limit")), 40, 80),
                      qMax(0, request.str(QStringLiteral("offset")).toInt())));
}

QJsonObject AccountRoutes::relationship(const QString &accountId, const QString &targetId) const
{
    // The options of a follow, or of a request still waiting, as Mastodon's serializer reads
    // them; nothing when there is neither.
    const bool linked = m_state.following.value(accountId).contains(targetId) ||
                        m_state.requested.value(accountId).contains(targetId);
    const FollowOptions options =
        m_state.followOptions.value(accountId + QLatin1Char('\n') + targetId);
    return QJsonObject{
        {QStringLiteral("id"), targetId},
        {QStringLiteral("following"), m_state.following.value(accountId).contains(targetId)},
        {QStringLiteral("showing_reblogs"), linked && options.reblogs},
        {QStringLiteral("notifying"), linked && options.notify},
        {QStringLiteral("languages"),
         linked && !options.languages.isEmpty()
             ? QJsonValue(QJsonArray::fromStringList(options.languages))
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("followed_by"), false},
        {QStringLiteral("blocking"), false},
        {QStringLiteral("blocked_by"), false},
        {QStringLiteral("muting"), false},
        {QStringLiteral("muting_notifications"), false},
        {QStringLiteral("requested"), m_state.requested.value(accountId).contains(targetId)},
        {QStringLiteral("requested_by"), false},
        {QStringLiteral("domain_blocking"), false},
        {QStringLiteral("endorsed"), false},
        {QStringLiteral("note"), QString()},
    };
}

SandboxResponse AccountRoutes::follow(const SandboxRequest &request, const QString &id, bool follow)
{
    const TokenAuth::Result auth =
        m_auth.require(request, {QStringLiteral("follow"), QStringLiteral("write"),
                                 QStringLiteral("write:follows")});
    if (auth.error)
        return *auth.error;
    const Directory::Account *target = m_state.directory.byId(id);
    if (!target)
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    const QString self = auth.token->accountId;
    if (follow) {
        if (target->id == self)
            return SandboxResponse::error(403, QStringLiteral("This action is not allowed"));
        const bool already =
            m_state.following[self].contains(id) || m_state.requested[self].contains(id);
        if (!already) {
            const RateLimiter::Verdict verdict = m_state.limiter.hit(
                QStringLiteral("follows:") + self, FollowsPerWindow, FollowWindowSeconds);
            if (!verdict.allowed) {
                return SandboxResponse::tooManyRequests(verdict.limit, verdict.resetAt);
            }
            // Locked accounts approve followers by hand: the follow stays a request.
            if (target->locked)
                m_state.requested[self].insert(id);
            else
                m_state.following[self].insert(id);
        }
        // FollowService: a new follow starts from the defaults, a repeated one changes only
        // what it names.
        FollowOptions &options = m_state.followOptions[self + QLatin1Char('\n') + id];
        if (!already)
            options = FollowOptions();
        if (request.has(QStringLiteral("reblogs")))
            options.reblogs = request.flag(QStringLiteral("reblogs"));
        if (request.has(QStringLiteral("notify")))
            options.notify = request.flag(QStringLiteral("notify"));
        if (request.has(QStringLiteral("languages")))
            options.languages = request.list(QStringLiteral("languages"));
    } else {
        m_state.following[self].remove(id);
        m_state.requested[self].remove(id);
        m_state.followOptions.remove(self + QLatin1Char('\n') + id);
    }
    return SandboxResponse::json(relationship(self, id));
}

SandboxResponse AccountRoutes::relationships(const SandboxRequest &request) const
{
    const TokenAuth::Result auth =
        m_auth.require(request, {QStringLiteral("read"), QStringLiteral("read:follows")});
    if (auth.error)
        return *auth.error;
    QStringList ids = request.list(QStringLiteral("id"));
    QJsonArray result;
    for (const QString &id : ids) {
        if (m_state.directory.byId(id))
            result.append(relationship(auth.token->accountId, id));
    }
    return SandboxResponse::json(result);
}
