#include "authflow.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "api/application.h"
#include "api/credentialaccount.h"
#include "api/originpolicy.h"
#include "api/token.h"
#include "auth/oauthcallback.h"
#include "auth/oauthscopes.h"
#include "auth/pkce.h"
#include "secrets/secretjob.h"
#include "secrets/secretstore.h"
#include "settings/accountstore.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <algorithm>

// Never logs a token, code, state, verifier or client secret: only steps and kinds.
Q_LOGGING_CATEGORY(lcAuthFlow, "posthorn.auth.flow")

namespace {

const QString appsPath = QStringLiteral("/api/v1/apps");
const QString tokenPath = QStringLiteral("/oauth/token");
const QString revokePath = QStringLiteral("/oauth/revoke");
const QString authorizePath = QStringLiteral("/oauth/authorize");
const QString verifyCredentialsPath = QStringLiteral("/api/v1/accounts/verify_credentials");

// The loopback redirect as registered: servers accept it with any port (RFC 8252 §7.3),
// so the port LoopbackRedirectServer happens to get need not be known in advance.
const QUrl loopbackRedirectUri(QStringLiteral("http://127.0.0.1/callback"));

// One registration serves both ways back, so switching to "Use my browser instead"
// needs no second registration (which Mastodon throttles to 5 per 10 minutes).
QStringList registeredRedirectUris()
{
    return {AuthFlow::embeddedRedirectUri.toString(), loopbackRedirectUri.toString()};
}

bool isInvalidClient(const ApiResult &result)
{
    return result.error.kind == ApiError::Kind::Unauthorized &&
           result.json.object().value(QLatin1String("error")).toString() ==
               QLatin1String("invalid_client");
}

} // namespace

const QUrl AuthFlow::embeddedRedirectUri(QStringLiteral("posthorn://callback"));

AuthFlow::AuthFlow(QNetworkAccessManager *nam, SecretStore *secrets, AccountStore *accounts,
                   QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_accounts(accounts)
{
    Q_ASSERT(m_nam && m_secrets && m_accounts);
}

AuthFlow::~AuthFlow()
{
    stopWork();
}

QUrl AuthFlow::redirectUri() const
{
    return m_redirectUri;
}

void AuthFlow::begin(const QUrl &baseUrl, const std::optional<AuthServerMetadata> &authServer,
                     RedirectKind kind, quint16 loopbackPort)
{
    stopWork();
    if (m_client)
        m_client->deleteLater();
    m_client = new ApiClient(m_nam, baseUrl, this);
    m_step = Step::Preparing;
    m_registration = ClientRegistration();
    m_account = AccountRecord();

    const QUrl base = m_client->baseUrl();
    if (kind == RedirectKind::SystemBrowser) {
        if (loopbackPort == 0) {
            fail(tr("Posthorn has no port to receive your browser's answer on."));
            return;
        }
        m_redirectUri = loopbackRedirectUri;
        m_redirectUri.setPort(loopbackPort);
    } else {
        m_redirectUri = embeddedRedirectUri;
    }

    m_authorizeEndpoint = base.resolved(QUrl(authorizePath));
    if (authServer && authServer->authorizationEndpoint.isValid()) {
        // The sign-in page must be the instance's own: a discovery document pointing
        // elsewhere would have the user type their password into another site.
        if (!OriginPolicy::isSameOrigin(base, authServer->authorizationEndpoint)) {
            fail(tr("%1 names another site (%2) for signing in. Posthorn only signs in on the "
                    "server itself, so it stopped here.")
                     .arg(base.host(), OriginPolicy::origin(authServer->authorizationEndpoint)));
            return;
        }
        m_authorizeEndpoint = authServer->authorizationEndpoint;
    }
    m_usePkce = authServer && authServer->supportsPkceS256();
    m_scopes = OAuthScopes::choose(authServer ? authServer->scopesSupported : QStringList());

    if (!m_client->isBaseUrlAllowed()) {
        fail(tr("Posthorn only connects to servers over https; %1 is not one.")
                 .arg(OriginPolicy::origin(base)));
        return;
    }

    const std::optional<ClientRegistration> client = m_accounts->client(base);
    if (client && canReuse(*client)) {
        m_registration = *client;
        emit progressed(tr("Checking Posthorn's registration on %1…").arg(base.host()));
        watch(m_secrets->read(client->secretKey()), &AuthFlow::onClientSecretRead);
        return;
    }
    registerClient();
}

bool AuthFlow::canReuse(const ClientRegistration &client) const
{
    // A client may only ask for the scopes it was registered with, and only redirect
    // to its registered URIs.
    for (const QString &scope : m_scopes) {
        if (!client.scopes.contains(scope))
            return false;
    }
    const QStringList uris = client.redirectUri.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return std::any_of(uris.cbegin(), uris.cend(), [this](const QString &uri) {
        return OAuthCallback::isRedirectTo(m_redirectUri, QUrl(uri));
    });
}

void AuthFlow::onClientSecretRead(const SecretResult &result)
{
    if (result.ok() && !result.secret.isEmpty()) {
        m_clientSecret = result.secret;
        checkClient();
        return;
    }
    // A registration without its secret is of no use; a new one replaces it.
    qCDebug(lcAuthFlow) << "registered client has no readable secret; registering again";
    registerClient();
}

void AuthFlow::checkClient()
{
    // A server may have dropped the client (Mastodon before 4.3 removed unused ones).
    // Its authorization page would then show the user an error Posthorn never sees, and
    // every retry would reuse the same dead client; an app token tells beforehand.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_registration.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
    form.addQueryItem(QStringLiteral("scope"), m_scopes.join(QLatin1Char(' ')));
    watch(m_client->postForm(tokenPath, form), &AuthFlow::onClientChecked);
}

void AuthFlow::onClientChecked(const ApiResult &result)
{
    if (isInvalidClient(result)) {
        qCDebug(lcAuthFlow) << "registered client unknown to the server; registering again";
        const QString secretKey = m_registration.secretKey();
        m_accounts->removeClient(m_registration.instanceUrl);
        m_clientSecret.clear();
        // Waited for, so the removal cannot land after the new registration's secret.
        watch(m_secrets->remove(secretKey), &AuthFlow::onStaleClientForgotten);
        return;
    }
    // The app token was only a question; it is not kept. Any other answer (a server
    // without the client_credentials grant, a hiccup) leaves the decision to the
    // authorization itself.
    if (const auto token = result.parseAs<Token>(); token && !token->accessToken.isEmpty())
        revoke(token->accessToken);
    qCDebug(lcAuthFlow) << "reusing the registered client";
    authorize();
}

void AuthFlow::onStaleClientForgotten(const SecretResult &)
{
    registerClient();
}

void AuthFlow::registerClient()
{
    emit progressed(tr("Registering Posthorn with %1…").arg(m_client->baseUrl().host()));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_name"), QStringLiteral("Posthorn"));
    form.addQueryItem(QStringLiteral("website"), QStringLiteral(POSTHORN_HOMEPAGE));
    form.addQueryItem(QStringLiteral("redirect_uris"),
                      registeredRedirectUris().join(QLatin1Char('\n')));
    form.addQueryItem(QStringLiteral("scopes"), m_scopes.join(QLatin1Char(' ')));
    watch(m_client->postForm(appsPath, form), &AuthFlow::onRegistered);
}

void AuthFlow::onRegistered(const ApiResult &result)
{
    ApiError error;
    const std::optional<Application> app = result.parseAs<Application>(&error);
    if (!app) {
        fail(tr("Posthorn could not register with %1: %2")
                 .arg(m_client->baseUrl().host(), error.message));
        return;
    }
    if (!app->hasClientCredentials()) {
        fail(
            tr("Posthorn could not register with %1: %2")
                .arg(m_client->baseUrl().host(), result.malformed(tr("no client secret")).message));
        return;
    }
    m_registration.instanceUrl = m_client->baseUrl();
    m_registration.clientId = app->clientId;
    m_registration.redirectUri = registeredRedirectUris().join(QLatin1Char('\n'));
    m_registration.scopes = app->scopes.isEmpty() ? m_scopes : app->scopes;
    m_clientSecret = app->clientSecret;
    qCDebug(lcAuthFlow) << "registered a new client";
    watch(m_secrets->write(m_registration.secretKey(), m_clientSecret),
          &AuthFlow::onClientSecretWritten);
}

void AuthFlow::onClientSecretWritten(const SecretResult &result)
{
    if (!result.ok()) {
        fail(result.message);
        return;
    }
    // Remembered only once its secret is safe, so a registration on record always
    // has one (a failed read later just means registering again).
    m_accounts->saveClient(m_registration);
    authorize();
}

void AuthFlow::authorize()
{
    m_state = QString::fromLatin1(Pkce::generateState());
    QUrlQuery query(m_authorizeEndpoint);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_registration.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    query.addQueryItem(QStringLiteral("scope"), m_scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), m_state);
    m_codeVerifier.clear();
    if (m_usePkce) {
        const Pkce pkce = Pkce::generate();
        m_codeVerifier = pkce.verifier();
        query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge()));
        query.addQueryItem(QStringLiteral("code_challenge_method"),
                           QString::fromLatin1(Pkce::method()));
    }
    QUrl url = m_authorizeEndpoint;
    // Fully percent-encoded, so '+' in a value cannot turn into a space on the server.
    url.setQuery(ApiClient::encodeQuery(query), QUrl::StrictMode);
    m_step = Step::Authorizing;
    qCDebug(lcAuthFlow) << "authorization ready, PKCE" << m_usePkce;
    emit progressed(tr("Waiting for you to sign in on %1…").arg(m_client->baseUrl().host()));
    emit authorizationReady(url);
}

void AuthFlow::handleCallback(const QUrl &callback)
{
    if (m_step == Step::Exchanging || m_step == Step::Finishing) {
        // The same answer delivered twice (a reload of the loopback page): the first
        // one is being handled already.
        qCDebug(lcAuthFlow) << "callback ignored: sign-in already finishing";
        return;
    }
    if (m_step != Step::Authorizing) {
        // Reported without touching whatever else is going on.
        emit failed(tr("Posthorn is not waiting for a sign-in answer right now, so it ignored "
                       "this one. Please sign in again."));
        return;
    }
    const OAuthCallback answer = OAuthCallback::parse(callback, m_redirectUri, m_state);
    switch (answer.outcome) {
    case OAuthCallback::Outcome::NotACallback:
        // Still waiting: something other than the answer arrived.
        emit failed(tr("That was not a sign-in answer for Posthorn, so it was ignored."));
        return;
    case OAuthCallback::Outcome::StateMismatch:
        // Possibly forged: ignored, and the real answer is still welcome.
        qCWarning(lcAuthFlow) << "callback with a wrong state ignored";
        emit failed(answer.message);
        return;
    case OAuthCallback::Outcome::Denied:
    case OAuthCallback::Outcome::Error:
        fail(answer.message);
        return;
    case OAuthCallback::Outcome::Code:
        break;
    }

    // The state has done its job; a replay of this callback is not answered again.
    m_state.clear();
    m_step = Step::Exchanging;
    emit progressed(tr("Finishing sign-in…"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), answer.code);
    form.addQueryItem(QStringLiteral("client_id"), m_registration.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    if (!m_codeVerifier.isEmpty())
        form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_codeVerifier));
    watch(m_client->postForm(tokenPath, form), &AuthFlow::onTokenReceived);
}

void AuthFlow::onTokenReceived(const ApiResult &result)
{
    m_codeVerifier.clear();
    if (isInvalidClient(result)) {
        // The server no longer knows the client (servers before 4.3 removed unused
        // ones): forget it, so the next attempt registers afresh.
        qCDebug(lcAuthFlow) << "client unknown to the server; forgetting it";
        forgetClient();
        return;
    }
    ApiError error;
    const std::optional<Token> token = result.parseAs<Token>(&error);
    if (!token || token->accessToken.isEmpty()) {
        if (error.kind == ApiError::Kind::Validation)
            fail(tr("The server did not accept the sign-in: %1. Please sign in again.")
                     .arg(error.message));
        else
            fail(tr("Posthorn could not get a token from %1: %2")
                     .arg(m_client->baseUrl().host(),
                          token ? result.malformed(tr("no access token")).message : error.message));
        return;
    }
    m_token = token->accessToken;
    m_client->setAccessToken(m_token);
    m_step = Step::Finishing;
    emit progressed(tr("Checking the token…"));
    watch(m_client->get(verifyCredentialsPath), &AuthFlow::onVerified);
}

void AuthFlow::forgetClient()
{
    const QString secretKey = m_registration.secretKey();
    m_accounts->removeClient(m_registration.instanceUrl);
    // Reported once the secret is gone, so a new registration cannot race the removal.
    watch(m_secrets->remove(secretKey), &AuthFlow::onClientForgotten);
}

void AuthFlow::onClientForgotten(const SecretResult &result)
{
    if (!result.ok() && result.status != SecretResult::Status::NotFound)
        qCWarning(lcAuthFlow) << "could not delete the forgotten client's secret";
    fail(tr("%1 no longer knows Posthorn's registration. Please sign in again; Posthorn will "
            "register anew.")
             .arg(m_client->baseUrl().host()));
}

void AuthFlow::onVerified(const ApiResult &result)
{
    ApiError error;
    const std::optional<CredentialAccount> credentials = result.parseAs<CredentialAccount>(&error);
    if (!credentials) {
        revokeUnkeptToken();
        fail(tr("The new sign-in could not be checked: %1").arg(error.message));
        return;
    }
    const Account &account = credentials->account;
    m_account.instanceUrl = m_client->baseUrl();
    m_account.accountId = account.id;
    m_account.acct = account.acct;
    m_account.displayName = account.displayName;
    m_account.avatarUrl = account.avatarStatic.isValid() ? account.avatarStatic : account.avatar;
    emit progressed(tr("Saving the sign-in in the keychain…"));
    watch(m_secrets->write(m_account.tokenKey(), m_token), &AuthFlow::onTokenWritten);
}

void AuthFlow::onTokenWritten(const SecretResult &result)
{
    if (!result.ok()) {
        revokeUnkeptToken();
        fail(result.message);
        return;
    }
    // Some keychains accept a write and keep nothing (a backend that drops entries, a
    // collection that is not saved); a sign-in that is gone at the next start is worse
    // than one that fails now.
    watch(m_secrets->read(m_account.tokenKey()), &AuthFlow::onTokenReadBack);
}

void AuthFlow::onTokenReadBack(const SecretResult &result)
{
    if (!result.ok() || result.secret != m_token) {
        revokeUnkeptToken();
        fail(result.ok() ? tr("The keychain did not keep the token it was given. Please check "
                              "the keychain and sign in again.")
                         : result.message);
        return;
    }
    m_accounts->save(m_account);
    m_accounts->setCurrentAccountKey(m_account.key());
    qCDebug(lcAuthFlow) << "signed in";
    const AccountRecord account = m_account;
    m_step = Step::Idle;
    clearSecrets();
    emit signedIn(account);
}

void AuthFlow::revokeUnkeptToken()
{
    // A token that could not be kept is useless here but valid on the server: give it
    // back.
    m_client->setAccessToken(QString());
    revoke(m_token);
}

void AuthFlow::revoke(const QString &token)
{
    // Best effort; nothing waits for the answer.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_registration.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
    form.addQueryItem(QStringLiteral("token"), token);
    m_client->postForm(revokePath, form);
}

void AuthFlow::cancel()
{
    stopWork();
}

void AuthFlow::watch(ApiReply *reply, void (AuthFlow::*handler)(const ApiResult &))
{
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, handler](const ApiResult &result) {
        m_reply = nullptr;
        (this->*handler)(result);
    });
}

void AuthFlow::watch(SecretJob *job, void (AuthFlow::*handler)(const SecretResult &))
{
    m_job = job;
    connect(job, &SecretJob::finished, this, [this, handler](const SecretResult &result) {
        m_job = nullptr;
        (this->*handler)(result);
    });
}

void AuthFlow::stopWork()
{
    // Disconnected before aborting: an aborted call reports Cancelled at once, and a
    // cancelled flow must stay silent. A keychain job cannot be stopped, only ignored.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job = nullptr;
    }
    m_step = Step::Idle;
    clearSecrets();
}

void AuthFlow::fail(const QString &message)
{
    qCDebug(lcAuthFlow) << "sign-in failed";
    m_step = Step::Idle;
    clearSecrets();
    emit failed(message);
}

void AuthFlow::clearSecrets()
{
    m_clientSecret.clear();
    m_state.clear();
    m_codeVerifier.clear();
    m_token.clear();
    if (m_client)
        m_client->setAccessToken(QString());
}
