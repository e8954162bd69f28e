#include "oauthroutes.h"

#include "sandboxstate.h"
#include "secretledger.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QUrl>

namespace {

constexpr int CodeLifetimeSeconds = 600;
constexpr int AppRegistrationsPerWindow = 5;
constexpr int AppRegistrationWindowSeconds = 600;

const QString invalidGrant = QStringLiteral(
    "The provided authorization grant is invalid, expired, revoked, does not match the "
    "redirection URI used in the authorization request, or was issued to another client.");
const QString invalidClient =
    QStringLiteral("Client authentication failed due to unknown client, no client "
                   "authentication included, or unsupported authentication method.");
const QString oob = QStringLiteral("urn:ietf:wg:oauth:2.0:oob");

QString scopeDescription(const QString &scope)
{
    static const QHash<QString, QString> descriptions{
        {QStringLiteral("read"), QStringLiteral("Read all your account's data")},
        {QStringLiteral("write"), QStringLiteral("Modify all your account's data")},
        {QStringLiteral("follow"), QStringLiteral("Modify account relationships")},
        {QStringLiteral("push"), QStringLiteral("Receive your push notifications")},
        {QStringLiteral("profile"), QStringLiteral("Read only your account's profile information")},
        {QStringLiteral("read:accounts"), QStringLiteral("See accounts information")},
        {QStringLiteral("read:follows"), QStringLiteral("See your follows")},
        {QStringLiteral("read:search"), QStringLiteral("Search on your behalf")},
        {QStringLiteral("read:statuses"), QStringLiteral("See all posts")},
        {QStringLiteral("write:follows"), QStringLiteral("Follow people")},
        {QStringLiteral("write:media"), QStringLiteral("Upload media files")},
        {QStringLiteral("write:statuses"), QStringLiteral("Publish posts")},
    };
    return descriptions.value(scope, scope);
}

bool isLoopbackLiteral(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QString withQuery(const QString &uri, const QList<QPair<QString, QString>> &items)
{
    // Built by hand so every value is fully percent-encoded: QUrlQuery leaves '+' alone,
    // which form decoders turn into a space, and the state must come back verbatim.
    QString result = uri;
    bool first = !uri.contains(QLatin1Char('?'));
    for (const auto &item : items) {
        result += (first ? QLatin1Char('?') : QLatin1Char('&'));
        result += QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=') +
                  QString::fromLatin1(QUrl::toPercentEncoding(item.second));
        first = false;
    }
    return result;
}

QStringList splitScopes(const QString &scopes)
{
    return scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString hidden(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
        .arg(name, value.toHtmlEscaped());
}

} // namespace

OAuthRoutes::OAuthRoutes(SandboxState &state)
    : m_state(state)
    , m_auth(state)
{}

std::optional<SandboxResponse> OAuthRoutes::handle(const SandboxRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;
    if (path == QLatin1String("/api/v1/apps") && method == "POST")
        return registerApp(request);
    if (path == QLatin1String("/api/v1/apps/verify_credentials") && method == "GET")
        return verifyApp(request);
    if (path == QLatin1String("/.well-known/oauth-authorization-server") && method == "GET") {
        if (!m_state.config.feature(QStringLiteral("oauth_discovery")))
            return SandboxResponse::error(404, QStringLiteral("Not Found"));
        return discovery();
    }
    if (path == QLatin1String("/oauth/authorize") && method == "GET")
        return authorizePage(request);
    if (path == QLatin1String("/oauth/authorize") && (method == "POST" || method == "DELETE"))
        return authorizeDecision(request);
    if (path == QLatin1String("/oauth/authorize/native") && method == "GET")
        return nativeCode(request);
    if (path == QLatin1String("/oauth/token") && method == "POST")
        return token(request);
    if (path == QLatin1String("/oauth/revoke") && method == "POST")
        return revoke(request);
    return std::nullopt;
}

bool OAuthRoutes::redirectUriMatches(const QString &registered, const QString &requested)
{
    if (registered == requested)
        return true;
    QUrl a(registered, QUrl::StrictMode);
    QUrl b(requested, QUrl::StrictMode);
    if (!a.isValid() || !b.isValid() || !isLoopbackLiteral(a) || !isLoopbackLiteral(b))
        return false;
    a.setPort(-1);
    b.setPort(-1);
    return a == b;
}

QString OAuthRoutes::s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

SandboxResponse OAuthRoutes::registerApp(const SandboxRequest &request)
{
    const RateLimiter::Verdict verdict =
        m_state.limiter.hit(QStringLiteral("apps:") + request.peer.toString(),
                            AppRegistrationsPerWindow, AppRegistrationWindowSeconds);
    if (!verdict.allowed) {
        return SandboxResponse::tooManyRequests(verdict.limit, verdict.resetAt);
    }

    const QString name = request.str(QStringLiteral("client_name")).trimmed();
    if (name.isEmpty())
        return SandboxResponse::error(
            422, QStringLiteral("Validation failed: Application name can't be blank"));
    if (name.size() > 60)
        return SandboxResponse::error(
            422, QStringLiteral(
                     "Validation failed: Application name is too long (maximum is 60 characters)"));

    QStringList uris;
    const QJsonValue rawUris = request.params.value(QStringLiteral("redirect_uris"));
    if (rawUris.isArray()) {
        uris = request.list(QStringLiteral("redirect_uris"));
    } else {
        uris = SandboxRequest::toText(rawUris).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    for (QString &uri : uris)
        uri = uri.trimmed();
    uris.removeAll(QString());
    if (uris.isEmpty())
        return SandboxResponse::error(
            422, QStringLiteral("Validation failed: Redirect URI can't be blank"));
    for (const QString &uri : uris) {
        const QUrl url(uri, QUrl::StrictMode);
        if (!url.isValid())
            return SandboxResponse::error(
                422, QStringLiteral("Validation failed: Redirect URI must be a valid URI."));
        if (url.isRelative())
            return SandboxResponse::error(
                422, QStringLiteral("Validation failed: Redirect URI must be an absolute URI."));
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("data") || scheme == QLatin1String("javascript") ||
            scheme == QLatin1String("vbscript"))
            return SandboxResponse::error(
                422, QStringLiteral("Validation failed: Redirect URI is forbidden by the server."));
        if (url.hasFragment())
            return SandboxResponse::error(
                422, QStringLiteral("Validation failed: Redirect URI cannot contain a fragment."));
    }

    QStringList scopes = splitScopes(request.str(QStringLiteral("scopes")));
    if (scopes.isEmpty())
        scopes << QStringLiteral("read");
    for (const QString &scope : scopes) {
        if (!TokenAuth::isKnownScope(scope))
            return SandboxResponse::error(
                422, QStringLiteral(
                         "Validation failed: Scopes doesn't match configured on the server."));
    }
    scopes.removeDuplicates();

    OAuthApp app;
    app.id = m_state.nextId();
    app.name = name;
    app.website = request.str(QStringLiteral("website"));
    app.clientId = SandboxState::randomToken();
    app.clientSecret = SandboxState::randomToken();
    SecretLedger::record(SecretLedger::Kind::ClientSecret, app.clientSecret);
    app.redirectUris = uris;
    app.scopes = scopes;
    m_state.apps.insert(app.clientId, app);

    return SandboxResponse::json(QJsonObject{
        {QStringLiteral("id"), app.id},
        {QStringLiteral("name"), app.name},
        {QStringLiteral("website"),
         app.website.isEmpty() ? QJsonValue::Null : QJsonValue(app.website)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(app.scopes)},
        {QStringLiteral("redirect_uris"), QJsonArray::fromStringList(app.redirectUris)},
        {QStringLiteral("redirect_uri"), app.redirectUris.join(QLatin1Char('\n'))},
        {QStringLiteral("client_id"), app.clientId},
        {QStringLiteral("client_secret"), app.clientSecret},
        {QStringLiteral("client_secret_expires_at"), 0},
        {QStringLiteral("vapid_key"),
         QStringLiteral("BCkMmVdKDnKYwzVCDC99Iuc9GvId-x7-kKtuHnLgfF98ENiZp_aj-UNthbCdI70DqN1zUVis-"
                        "x0Wrot2sBagkMc=")},
    });
}

SandboxResponse OAuthRoutes::discovery() const
{
    const QString origin = m_state.origin();
    return SandboxResponse::json(QJsonObject{
        {QStringLiteral("issuer"), QString(origin + QLatin1Char('/'))},
        {QStringLiteral("service_documentation"), QStringLiteral("https://docs.joinmastodon.org/")},
        {QStringLiteral("authorization_endpoint"),
         QString(origin + QStringLiteral("/oauth/authorize"))},
        {QStringLiteral("token_endpoint"), QString(origin + QStringLiteral("/oauth/token"))},
        {QStringLiteral("app_registration_endpoint"),
         QString(origin + QStringLiteral("/api/v1/apps"))},
        {QStringLiteral("revocation_endpoint"), QString(origin + QStringLiteral("/oauth/revoke"))},
        {QStringLiteral("userinfo_endpoint"), QString(origin + QStringLiteral("/oauth/userinfo"))},
        {QStringLiteral("scopes_supported"), QJsonArray::fromStringList(TokenAuth::knownScopes())},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("response_modes_supported"),
         QJsonArray{QStringLiteral("query"), QStringLiteral("fragment"),
                    QStringLiteral("form_post")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("password"),
                    QStringLiteral("client_credentials")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post")}},
    });
}

std::optional<SandboxResponse> OAuthRoutes::validateAuthorize(const SandboxRequest &request,
                                                              const OAuthApp **appOut) const
{
    const auto it = m_state.apps.constFind(request.str(QStringLiteral("client_id")));
    if (it == m_state.apps.constEnd())
        return errorPage(400, QStringLiteral("invalid_client"), invalidClient);
    const OAuthApp &app = it.value();
    *appOut = &app;

    QString redirectUri = request.str(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty() && app.redirectUris.size() == 1)
        redirectUri = app.redirectUris.first();
    bool registered = false;
    for (const QString &uri : app.redirectUris)
        registered = registered || redirectUriMatches(uri, redirectUri);
    if (!registered)
        return errorPage(400, QStringLiteral("invalid_redirect_uri"),
                         QStringLiteral("The redirect URI included is not valid."));
    if (request.str(QStringLiteral("response_type")) != QLatin1String("code"))
        return errorPage(
            400, QStringLiteral("unsupported_response_type"),
            QStringLiteral("The authorization server does not support this response type."));
    QStringList scopes = splitScopes(request.str(QStringLiteral("scope")));
    if (scopes.isEmpty())
        scopes << QStringLiteral("read");
    for (const QString &scope : scopes) {
        if (!app.scopes.contains(scope))
            return errorPage(
                400, QStringLiteral("invalid_scope"),
                QStringLiteral("The requested scope is invalid, unknown, or malformed."));
    }
    const QString challenge = request.str(QStringLiteral("code_challenge"));
    const QString method = request.str(QStringLiteral("code_challenge_method"));
    if ((!challenge.isEmpty() || !method.isEmpty()) && method != QLatin1String("S256"))
        return errorPage(400, QStringLiteral("invalid_request"),
                         QStringLiteral("The code challenge method must be S256."));
    if (!method.isEmpty() && challenge.isEmpty())
        return errorPage(400, QStringLiteral("invalid_request"),
                         QStringLiteral("Missing required parameter: code_challenge."));
    return std::nullopt;
}

SandboxResponse OAuthRoutes::authorizePage(const SandboxRequest &request)
{
    const OAuthApp *app = nullptr;
    if (auto error = validateAuthorize(request, &app))
        return *error;

    QStringList scopes = splitScopes(request.str(QStringLiteral("scope")));
    if (scopes.isEmpty())
        scopes << QStringLiteral("read");
    QString scopeItems;
    for (const QString &scope : scopes) {
        scopeItems += QStringLiteral("<li><strong>%1</strong> <code>%2</code></li>\n")
                          .arg(scopeDescription(scope).toHtmlEscaped(), scope.toHtmlEscaped());
    }
    QString fields;
    for (const char *name : {"client_id", "redirect_uri", "response_type", "scope", "state",
                             "code_challenge", "code_challenge_method", "lang"}) {
        const QString key = QString::fromLatin1(name);
        if (request.has(key))
            fields += hidden(key, request.str(key));
    }
    const QString appName = app->name.toHtmlEscaped();
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>Authorize %1 - Posthorn Sandbox</title>\n"
            "<style>body{font-family:sans-serif;max-width:32em;margin:2em auto;padding:0 1em}"
            "button{font-size:1em;padding:.5em 1.5em;margin-right:1em}</style></head>\n"
            "<body><h1>Authorization required</h1>\n"
            "<p class=\"signed-in\">Signed in as <strong>@demo</strong> on Posthorn Sandbox.</p>\n"
            "<p><strong>%1</strong> would like permission to access your account. It is a "
            "third-party application. If you do not trust it, then you should not authorize "
            "it.</p>\n"
            "<h2>Review permissions</h2><ul class=\"scopes\">\n%2</ul>\n"
            "<form method=\"post\" action=\"/oauth/authorize\">\n%3"
            "<button type=\"submit\" id=\"authorize\" name=\"decision\" value=\"approve\" "
            "autofocus>Authorize</button>\n"
            "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">Deny</button>\n"
            "</form></body></html>\n")
            .arg(appName, scopeItems, fields);
    SandboxResponse response = SandboxResponse::html(page);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

SandboxResponse OAuthRoutes::authorizeDecision(const SandboxRequest &request)
{
    const OAuthApp *app = nullptr;
    if (auto error = validateAuthorize(request, &app))
        return *error;
    QString redirectUri = request.str(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty())
        redirectUri = app->redirectUris.first();
    const bool denied = request.str(QStringLiteral("decision")) == QLatin1String("deny") ||
                        request.method == "DELETE" ||
                        request.str(QStringLiteral("_method")).toLower() == QLatin1String("delete");
    QList<QPair<QString, QString>> items;
    if (denied) {
        if (redirectUri == oob)
            return errorPage(
                400, QStringLiteral("access_denied"),
                QStringLiteral("The resource owner or authorization server denied the request."));
        items << qMakePair(QStringLiteral("error"), QStringLiteral("access_denied"))
              << qMakePair(QStringLiteral("error_description"),
                           QStringLiteral(
                               "The resource owner or authorization server denied the request."));
    } else {
        AuthCode code;
        code.code = SandboxState::randomToken();
        SecretLedger::record(SecretLedger::Kind::AuthorizationCode, code.code);
        code.clientId = app->clientId;
        code.accountId = QStringLiteral("1");
        code.redirectUri = redirectUri;
        code.scopes = splitScopes(request.str(QStringLiteral("scope")));
        if (code.scopes.isEmpty())
            code.scopes << QStringLiteral("read");
        code.codeChallenge = request.str(QStringLiteral("code_challenge"));
        code.expiresAt = m_state.clock.now().addSecs(CodeLifetimeSeconds);
        m_state.codes.insert(code.code, code);
        if (redirectUri == oob) {
            return SandboxResponse::redirect(
                withQuery(m_state.origin() + QStringLiteral("/oauth/authorize/native"),
                          {qMakePair(QStringLiteral("code"), code.code)}));
        }
        items << qMakePair(QStringLiteral("code"), code.code);
    }
    if (request.has(QStringLiteral("state")))
        items << qMakePair(QStringLiteral("state"), request.str(QStringLiteral("state")));
    return SandboxResponse::redirect(withQuery(redirectUri, items));
}

SandboxResponse OAuthRoutes::nativeCode(const SandboxRequest &request) const
{
    const QString code = request.str(QStringLiteral("code")).toHtmlEscaped();
    return SandboxResponse::html(
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<title>Authorization code - Posthorn Sandbox</title></head>\n<body>"
                       "<h1>Authorization code</h1><p>Copy this code and paste it into the "
                       "application.</p>\n<input id=\"code\" class=\"oauth-code\" readonly "
                       "type=\"text\" value=\"%1\"></body></html>\n")
            .arg(code));
}

const OAuthApp *OAuthRoutes::authenticateClient(const SandboxRequest &request) const
{
    QString clientId = request.str(QStringLiteral("client_id"));
    QString clientSecret = request.str(QStringLiteral("client_secret"));
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            clientSecret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    const auto it = m_state.apps.constFind(clientId);
    if (clientId.isEmpty() || it == m_state.apps.constEnd() || it->clientSecret != clientSecret)
        return nullptr;
    return &it.value();
}

SandboxResponse OAuthRoutes::issueToken(const QString &clientId, const QString &accountId,
                                        const QStringList &scopes)
{
    AccessToken token;
    token.token = SandboxState::randomToken();
    SecretLedger::record(SecretLedger::Kind::Token, token.token);
    token.clientId = clientId;
    token.accountId = accountId;
    token.scopes = scopes;
    token.createdAt = m_state.clock.now();
    m_state.tokens.insert(token.token, token);
    SandboxResponse response = SandboxResponse::json(QJsonObject{
        {QStringLiteral("access_token"), token.token},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
        {QStringLiteral("created_at"), double(token.createdAt.toSecsSinceEpoch())},
    });
    response.setHeader("Cache-Control", "no-store");
    return response;
}

SandboxResponse OAuthRoutes::token(const SandboxRequest &request)
{
    const QString grantType = request.str(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return SandboxResponse::oauthError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("Missing required parameter: grant_type."));
    if (grantType != QLatin1String("authorization_code") &&
        grantType != QLatin1String("client_credentials") && grantType != QLatin1String("password"))
        return SandboxResponse::oauthError(
            400, QStringLiteral("unsupported_grant_type"),
            QStringLiteral(
                "The authorization grant type is not supported by the authorization server."));
    const OAuthApp *app = authenticateClient(request);
    if (!app)
        return SandboxResponse::oauthError(401, QStringLiteral("invalid_client"), invalidClient);

    if (grantType == QLatin1String("password"))
        return passwordGrant(request, *app);
    if (grantType == QLatin1String("client_credentials")) {
        QStringList scopes = splitScopes(request.str(QStringLiteral("scope")));
        if (scopes.isEmpty())
            scopes << QStringLiteral("read");
        for (const QString &scope : scopes) {
            if (!app->scopes.contains(scope))
                return SandboxResponse::oauthError(
                    400, QStringLiteral("invalid_scope"),
                    QStringLiteral("The requested scope is invalid, unknown, or malformed."));
        }
        return issueToken(app->clientId, QString(), scopes);
    }

    const QString codeValue = request.str(QStringLiteral("code"));
    if (codeValue.isEmpty())
        return SandboxResponse::oauthError(400, QStringLiteral("invalid_request"),
                                           QStringLiteral("Missing required parameter: code."));
    const auto it = m_state.codes.find(codeValue);
    if (it == m_state.codes.end() || it->used || it->clientId != app->clientId ||
        m_state.clock.now() >= it->expiresAt)
        return SandboxResponse::oauthError(400, QStringLiteral("invalid_grant"), invalidGrant);
    if (request.str(QStringLiteral("redirect_uri")) != it->redirectUri)
        return SandboxResponse::oauthError(400, QStringLiteral("invalid_grant"), invalidGrant);
    const QString verifier = request.str(QStringLiteral("code_verifier"));
    if (it->codeChallenge.isEmpty() != verifier.isEmpty() ||
        (!verifier.isEmpty() && s256(verifier) != it->codeChallenge))
        return SandboxResponse::oauthError(400, QStringLiteral("invalid_grant"), invalidGrant);
    it->used = true;
    return issueToken(app->clientId, it->accountId, it->scopes);
}

QString OAuthRoutes::demoEmail()
{
    return QStringLiteral("demo@sandbox.invalid");
}

QString OAuthRoutes::demoPassword()
{
    return QStringLiteral("sandbox-demo-password");
}

SandboxResponse OAuthRoutes::passwordGrant(const SandboxRequest &request, const OAuthApp &app)
{
    // Mastodon looks the user up by e-mail and checks the password; a wrong pair is
    // Doorkeeper's invalid_grant, not a 401.
    if (request.str(QStringLiteral("username")).compare(demoEmail(), Qt::CaseInsensitive) != 0 ||
        request.str(QStringLiteral("password")) != demoPassword())
        return SandboxResponse::oauthError(400, QStringLiteral("invalid_grant"), invalidGrant);
    QStringList scopes = splitScopes(request.str(QStringLiteral("scope")));
    if (scopes.isEmpty())
        scopes << QStringLiteral("read");
    for (const QString &scope : scopes) {
        if (!app.scopes.contains(scope))
            return SandboxResponse::oauthError(
                400, QStringLiteral("invalid_scope"),
                QStringLiteral("The requested scope is invalid, unknown, or malformed."));
    }
    return issueToken(app.clientId, QStringLiteral("1"), scopes);
}

SandboxResponse OAuthRoutes::verifyApp(const SandboxRequest &request) const
{
    // Any valid token of the app will do, app-only ones included; no secrets in the answer.
    const TokenAuth::Result auth = m_auth.require(request, TokenAuth::knownScopes(), false);
    if (auth.error)
        return *auth.error;
    const auto it = m_state.apps.constFind(auth.token->clientId);
    if (it == m_state.apps.constEnd())
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    return SandboxResponse::json(QJsonObject{
        {QStringLiteral("id"), it->id},
        {QStringLiteral("name"), it->name},
        {QStringLiteral("website"),
         it->website.isEmpty() ? QJsonValue::Null : QJsonValue(it->website)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(it->scopes)},
        {QStringLiteral("redirect_uris"), QJsonArray::fromStringList(it->redirectUris)},
        {QStringLiteral("redirect_uri"), it->redirectUris.join(QLatin1Char('\n'))},
        {QStringLiteral("vapid_key"),
         QStringLiteral("BCkMmVdKDnKYwzVCDC99Iuc9GvId-x7-kKtuHnLgfF98ENiZp_aj-UNthbCdI70DqN1zUVis-"
                        "x0Wrot2sBagkMc=")},
    });
}

SandboxResponse OAuthRoutes::revoke(const SandboxRequest &request)
{
    const OAuthApp *app = authenticateClient(request);
    if (!app)
        return SandboxResponse::oauthError(401, QStringLiteral("invalid_client"), invalidClient);
    const auto it = m_state.tokens.find(request.str(QStringLiteral("token")));
    if (it != m_state.tokens.end()) {
        if (it->clientId != app->clientId)
            return SandboxResponse::oauthError(
                403, QStringLiteral("unauthorized_client"),
                QStringLiteral("You are not authorized to revoke this token"));
        it->revoked = true;
    }
    return SandboxResponse::json(QJsonObject{});
}

SandboxResponse OAuthRoutes::errorPage(int status, const QString &title, const QString &message)
{
    return SandboxResponse::html(
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<title>An error has occurred - Posthorn Sandbox</title></head>\n<body>"
                       "<h1>An error has occurred</h1>\n<p class=\"error\" id=\"error\">"
                       "<code>%1</code></p>\n<p id=\"error-description\">%2</p></body></html>\n")
            .arg(title.toHtmlEscaped(), message.toHtmlEscaped()),
        status);
}
