#include "quoteroutes.h"

#include "sandboxstate.h"
#include "statusroutes.h"

#include <QJsonArray>
#include <QUrl>

namespace {

const QStringList readScopes{QStringLiteral("read"), QStringLiteral("read:search")};
const QStringList policies{QStringLiteral("public"), QStringLiteral("followers"),
                           QStringLiteral("nobody")};

QJsonObject withoutSource(QJsonObject json)
{
    json.remove(QStringLiteral("text"));
    return json;
}

// The policy a status was posted with, read back from its quote_approval.
QString policyOf(const QJsonObject &json)
{
    const QJsonArray automatic = json.value(QStringLiteral("quote_approval"))
                                     .toObject()
                                     .value(QStringLiteral("automatic"))
                                     .toArray();
    if (automatic.contains(QStringLiteral("public")))
        return QStringLiteral("public");
    if (automatic.contains(QStringLiteral("followers")))
        return QStringLiteral("followers");
    return QStringLiteral("nobody");
}

bool follows(const SandboxState &state, const QString &accountId, const QString &targetId)
{
    return state.following.value(accountId).contains(targetId);
}

} // namespace

QuoteRoutes::QuoteRoutes(SandboxState &state, StatusRoutes &statuses)
    : m_state(state)
    , m_statuses(statuses)
    , m_auth(state)
{}

std::optional<SandboxResponse> QuoteRoutes::handle(const SandboxRequest &request)
{
    if (request.path == QLatin1String("/api/v2/search") && request.method == "GET" &&
        request.str(QStringLiteral("type")) == QLatin1String("statuses") &&
        m_state.config.feature(QStringLiteral("v2_search")))
        return searchStatuses(request);
    if (request.path == QLatin1String("/api/v1/preferences") && request.method == "GET")
        return preferences(request);
    if (request.path == QLatin1String("/_sandbox/posts") && request.method == "POST")
        return postAs(request);
    if (request.path == QLatin1String("/_sandbox/preferences") && request.method == "POST") {
        const QString policy = request.str(QStringLiteral("quote_policy"));
        if (!policies.contains(policy))
            return SandboxResponse::error(400, QStringLiteral("quote_policy: public, followers "
                                                              "or nobody"));
        m_state.defaultQuotePolicy = policy;
        return SandboxResponse::json(QJsonObject{{QStringLiteral("ok"), true}});
    }
    return std::nullopt;
}

bool QuoteRoutes::canSee(const SandboxState &state, const QString &accountId,
                         const StatusRecord &record)
{
    const QString visibility = record.json.value(QStringLiteral("visibility")).toString();
    if (visibility == QLatin1String("public") || visibility == QLatin1String("unlisted"))
        return true;
    if (!accountId.isEmpty() && accountId == record.accountId)
        return true;
    return visibility == QLatin1String("private") && follows(state, accountId, record.accountId);
}

SandboxResponse QuoteRoutes::searchStatuses(const SandboxRequest &request) const
{
    const TokenAuth::Result auth = m_auth.optional(request, readScopes);
    if (auth.error)
        return *auth.error;
    const QString query = request.str(QStringLiteral("q")).trimmed();
    if (query.isEmpty())
        return SandboxResponse::error(400,
                                      QStringLiteral("param is missing or the value is empty: q"));
    const bool resolve = request.flag(QStringLiteral("resolve"));
    if (!auth.token && resolve)
        return SandboxResponse::error(
            401, QStringLiteral("Search queries that resolve remote resources are not supported "
                                "without authentication"));
    const QString accountId = auth.token ? auth.token->accountId : QString();
    QJsonArray found;
    // Mastodon looks a link up only when asked to resolve it (ResolveURLService); the
    // full-text search of statuses is not part of the sandbox.
    const QUrl url(query);
    if (resolve &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))) {
        for (const StatusRecord &record : std::as_const(m_state.statuses)) {
            const bool matches = record.json.value(QStringLiteral("url")).toString() == query ||
                                 record.json.value(QStringLiteral("uri")).toString() == query;
            if (matches && canSee(m_state, accountId, record))
                found.append(withoutSource(record.json));
        }
    }
    return SandboxResponse::json(QJsonObject{{QStringLiteral("accounts"), QJsonArray{}},
                                             {QStringLiteral("statuses"), found},
                                             {QStringLiteral("hashtags"), QJsonArray{}}});
}

SandboxResponse QuoteRoutes::preferences(const SandboxRequest &request) const
{
    const TokenAuth::Result auth =
        m_auth.require(request, {QStringLiteral("read"), QStringLiteral("read:accounts")});
    if (auth.error)
        return *auth.error;
    QJsonObject preferences{
        {QStringLiteral("posting:default:visibility"), QStringLiteral("unlisted")},
        {QStringLiteral("posting:default:sensitive"), false},
        {QStringLiteral("posting:default:language"), QJsonValue::Null},
        {QStringLiteral("reading:expand:media"), QStringLiteral("default")},
        {QStringLiteral("reading:expand:spoilers"), false},
    };
    if (m_state.config.apiVersion() >= InstanceConfig::currentApiVersion)
        preferences.insert(QStringLiteral("posting:default:quote_policy"),
                           m_state.defaultQuotePolicy);
    return SandboxResponse::json(preferences);
}

SandboxResponse QuoteRoutes::postAs(const SandboxRequest &request)
{
    const Directory::Account *author =
        m_state.directory.byAcct(request.str(QStringLiteral("account")));
    if (!author || author->isRemote())
        return SandboxResponse::error(400, QStringLiteral("account: a local account's username"));
    if (request.has(QStringLiteral("followed_by"))) {
        const Directory::Account *follower =
            m_state.directory.byAcct(request.str(QStringLiteral("followed_by")));
        if (!follower)
            return SandboxResponse::error(400, QStringLiteral("followed_by: an account"));
        m_state.following[follower->id].insert(author->id);
    }
    QJsonObject params = request.params;
    params.remove(QStringLiteral("account"));
    params.remove(QStringLiteral("followed_by"));
    const QString id = m_statuses.publishAs(author->id, params);
    return SandboxResponse::json(withoutSource(m_state.statuses.value(id).json));
}

std::optional<SandboxResponse>
QuoteRoutes::refusal(const SandboxState &state, const QString &accountId, const QJsonObject &params)
{
    const QString quotedId =
        SandboxRequest::toText(params.value(QStringLiteral("quoted_status_id")));
    if (quotedId.isEmpty() || state.config.apiVersion() < InstanceConfig::currentApiVersion)
        return std::nullopt;
    const auto it = state.statuses.constFind(quotedId);
    bool allowed = it != state.statuses.constEnd() && canSee(state, accountId, *it);
    if (allowed && it->accountId != accountId) {
        // StatusPolicy#quote?: others' posts only when public or unlisted, and as
        // their quote policy lets this account.
        const QString visibility = it->json.value(QStringLiteral("visibility")).toString();
        const QString policy = policyOf(it->json);
        allowed =
            (visibility == QLatin1String("public") || visibility == QLatin1String("unlisted")) &&
            (policy == QLatin1String("public") ||
             (policy == QLatin1String("followers") && follows(state, accountId, it->accountId)));
    }
    if (allowed)
        return std::nullopt;
    // One answer for a post that is not there and one that may not be quoted, as
    // Mastodon's statuses controller gives it (statuses.errors.quoted_status_not_found).
    return SandboxResponse::error(
        404, QStringLiteral("The post you are trying to quote does not seem to exist."));
}

void QuoteRoutes::addQuoteFields(const SandboxState &state, const QJsonObject &params,
                                 QJsonObject *json)
{
    if (state.config.apiVersion() < InstanceConfig::currentApiVersion)
        return;
    QString policy = SandboxRequest::toText(params.value(QStringLiteral("quote_approval_policy")));
    if (!policies.contains(policy))
        policy = state.defaultQuotePolicy;
    // Mastodon lets nobody else quote private and direct posts.
    const QString visibility = json->value(QStringLiteral("visibility")).toString();
    if (visibility == QLatin1String("private") || visibility == QLatin1String("direct"))
        policy = QStringLiteral("nobody");
    QJsonArray automatic;
    if (policy != QLatin1String("nobody"))
        automatic.append(policy);
    json->insert(QStringLiteral("quote_approval"),
                 QJsonObject{{QStringLiteral("automatic"), automatic},
                             {QStringLiteral("manual"), QJsonArray{}},
                             {QStringLiteral("current_user"), QStringLiteral("automatic")}});
    const QString quotedId =
        SandboxRequest::toText(params.value(QStringLiteral("quoted_status_id")));
    const auto it = state.statuses.constFind(quotedId);
    if (quotedId.isEmpty() || it == state.statuses.constEnd()) {
        json->insert(QStringLiteral("quote"), QJsonValue::Null);
        return;
    }
    json->insert(QStringLiteral("quote"),
                 QJsonObject{{QStringLiteral("state"), QStringLiteral("accepted")},
                             {QStringLiteral("quoted_status"), withoutSource(it->json)}});
}
