#include "socialroutes.h"

#include "idpager.h"
#include "sandboxstate.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

const QStringList readAccounts{QStringLiteral("read"), QStringLiteral("read:accounts")};

} // namespace

SocialRoutes::SocialRoutes(SandboxState &state)
    : m_state(state)
    , m_auth(state)
{}

std::optional<SandboxResponse> SocialRoutes::handle(const SandboxRequest &request)
{
    static const QRegularExpression followsPath(
        QStringLiteral("^/api/v1/accounts/([0-9]+)/(following|followers)$"));
    static const QRegularExpression notificationPath(
        QStringLiteral("^/api/v1/notifications/([0-9]+)$"));
    const QString &path = request.path;
    if (request.method == "POST" && path == QLatin1String("/api/v1/notifications/clear")) {
        const TokenAuth::Result auth = m_auth.require(
            request, {QStringLiteral("write"), QStringLiteral("write:notifications")});
        return auth.error ? *auth.error : SandboxResponse::json(QJsonObject{});
    }
    if (request.method != "GET")
        return std::nullopt;
    if (path == QLatin1String("/api/v1/accounts/lookup"))
        return lookup(request);
    if (const auto match = followsPath.match(path); match.hasMatch())
        return follows(request, match.captured(1), match.captured(2) == QLatin1String("following"));
    if (path == QLatin1String("/api/v1/follow_requests"))
        return followRequests(request);
    if (path == QLatin1String("/api/v1/notifications"))
        return notifications(request, QString());
    if (const auto match = notificationPath.match(path); match.hasMatch())
        return notifications(request, match.captured(1));
    return std::nullopt;
}

SandboxResponse SocialRoutes::lookup(const SandboxRequest &request) const
{
    const TokenAuth::Result auth = m_auth.optional(request, readAccounts);
    if (auth.error)
        return *auth.error;
    QString acct = request.str(QStringLiteral("acct")).trimmed();
    if (acct.startsWith(QLatin1Char('@')))
        acct.remove(0, 1);
    // A handle naming this server is the local account.
    const QString ownDomain = QLatin1Char('@') + QUrl(m_state.origin()).host();
    if (acct.endsWith(ownDomain, Qt::CaseInsensitive))
        acct.chop(ownDomain.size());
    const Directory::Account *account = m_state.directory.byAcct(acct);
    if (acct.isEmpty() || !account)
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    return SandboxResponse::json(m_state.directory.toJson(*account, m_state.origin()));
}

SandboxResponse SocialRoutes::follows(const SandboxRequest &request, const QString &accountId,
                                      bool following) const
{
    const TokenAuth::Result auth = m_auth.optional(request, readAccounts);
    if (auth.error)
        return *auth.error;
    if (!m_state.directory.byId(accountId))
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    QStringList ids;
    if (following) {
        ids = m_state.following.value(accountId).values();
    } else {
        for (auto it = m_state.following.constBegin(); it != m_state.following.constEnd(); ++it) {
            if (it.value().contains(accountId))
                ids.append(it.key());
        }
    }
    std::sort(ids.begin(), ids.end(),
              [](const QString &a, const QString &b) { return a.toLongLong() > b.toLongLong(); });
    const IdPager::Page page = IdPager::page(
        ids, request,
        m_state.origin() + QStringLiteral("/api/v1/accounts/%1/%2")
                               .arg(accountId, following ? QStringLiteral("following")
                                                         : QStringLiteral("followers")),
        40, 80);
    QJsonArray accounts;
    for (const QString &id : page.ids) {
        if (const Directory::Account *account = m_state.directory.byId(id))
            accounts.append(m_state.directory.toJson(*account, m_state.origin()));
    }
    SandboxResponse response = SandboxResponse::json(accounts);
    if (!page.link.isEmpty())
        response.setHeader("Link", page.link);
    return response;
}

SandboxResponse SocialRoutes::followRequests(const SandboxRequest &request) const
{
    const TokenAuth::Result auth =
        m_auth.require(request, {QStringLiteral("follow"), QStringLiteral("read"),
                                 QStringLiteral("read:follows")});
    if (auth.error)
        return *auth.error;
    return SandboxResponse::json(QJsonArray{});
}

SandboxResponse SocialRoutes::notifications(const SandboxRequest &request, const QString &id) const
{
    const TokenAuth::Result auth =
        m_auth.require(request, {QStringLiteral("read"), QStringLiteral("read:notifications")});
    if (auth.error)
        return *auth.error;
    if (!id.isEmpty())
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    return SandboxResponse::json(QJsonArray{});
}
