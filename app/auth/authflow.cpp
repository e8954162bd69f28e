#include "authflow.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "api/credentialaccount.h"
#include "api/originpolicy.h"
#include "api/token.h"
#include "auth/clientregistrar.h"
#include "auth/oauthcallback.h"
#include "auth/oauthscopes.h"
#include "auth/pkce.h"
#include "secrets/secretjob.h"
#include "secrets/secretstore.h"
#include "settings/accountstore.h"

#include <QLoggingCategory>
#include <QUrlQuery>

// Never logs a token, code, state, verifier or client secret: only steps and kinds.
Q_LOGGING_CATEGORY(lcAuthFlow, "posthorn.auth.flow")

namespace {

const QString tokenPath = QStringLiteral("/oauth/token");
const QString revokePath = QStringLiteral("/oauth/revoke");
const QString authorizePath = QStringLiteral("/oauth/authorize");
const QString verifyCredentialsPath = QStringLiteral("/api/v1/accounts/verify_credentials");

} // namespace

AuthFlow::AuthFlow(QNetworkAccessManager *nam, SecretStore *secrets, AccountStore *accounts,
                   QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_accounts(accounts)
    , m_registrar(new ClientRegistrar(nam, secrets, accounts, this))
    , m_redirectUri(ClientRegistrar::embeddedRedirectUri)
{
    Q_ASSERT(m_nam && m_secrets && m_accounts);
    connect(m_registrar, &ClientRegistrar::progressed, this, &AuthFlow::progressed);
    connect(m_registrar, &ClientRegistrar::ready, this, &AuthFlow::onClientReady);
    connect(m_registrar, &ClientRegistrar::failed, this, &AuthFlow::fail);
    connect(m_registrar, &ClientRegistrar::forgotten, this, &AuthFlow::onClientForgotten);
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
        m_redirectUri = ClientRegistrar::loopbackRedirectUri;
        m_redirectUri.setPort(loopbackPort);
    } else {
        m_redirectUri = ClientRegistrar::embeddedRedirectUri;
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

    m_registrar->obtain(base, m_scopes, m_redirectUri);
}

void AuthFlow::onClientReady(const ClientRegistration &client, const QString &clientSecret)
{
    m_registration = client;
    m_clientSecret = clientSecret;
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
    if (ClientRegistrar::isUnknownClient(result)) {
        // The server no longer knows the client (servers before 4.3 removed unused
        // ones): forget it, so the next attempt registers afresh.
        qCDebug(lcAuthFlow) << "client unknown to the server; forgetting it";
        m_registrar->forget(m_registration);
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

void AuthFlow::onClientForgotten()
{
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
    m_registrar->cancel();
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
