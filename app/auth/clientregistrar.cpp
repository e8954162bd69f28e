#include "clientregistrar.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "api/application.h"
#include "api/token.h"
#include "auth/oauthcallback.h"
#include "secrets/secretjob.h"
#include "secrets/secretstore.h"
#include "settings/accountstore.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <algorithm>

// Never logs a client secret or an app token: only steps.
Q_LOGGING_CATEGORY(lcRegistrar, "posthorn.auth.registrar")

namespace {

const QString appsPath = QStringLiteral("/api/v1/apps");
const QString tokenPath = QStringLiteral("/oauth/token");
const QString revokePath = QStringLiteral("/oauth/revoke");

} // namespace

const QUrl ClientRegistrar::embeddedRedirectUri(QStringLiteral("posthorn://callback"));
const QUrl ClientRegistrar::loopbackRedirectUri(QStringLiteral("http://127.0.0.1/callback"));

bool ClientRegistrar::isUnknownClient(const ApiResult &result)
{
    return result.error.kind == ApiError::Kind::Unauthorized &&
           result.json.object().value(QLatin1String("error")).toString() ==
               QLatin1String("invalid_client");
}

QStringList ClientRegistrar::registeredRedirectUris()
{
    return {embeddedRedirectUri.toString(), loopbackRedirectUri.toString()};
}

ClientRegistrar::ClientRegistrar(QNetworkAccessManager *nam, SecretStore *secrets,
                                 AccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_accounts(accounts)
{
    Q_ASSERT(m_nam && m_secrets && m_accounts);
}

ClientRegistrar::~ClientRegistrar()
{
    cancel();
}

void ClientRegistrar::obtain(const QUrl &instanceUrl, const QStringList &scopes,
                             const QUrl &redirectUri)
{
    cancel();
    if (m_client)
        m_client->deleteLater();
    m_client = new ApiClient(m_nam, instanceUrl, this);
    m_scopes = scopes;
    m_redirectUri = redirectUri;
    m_registration = ClientRegistration();

    const QUrl base = m_client->baseUrl();
    const std::optional<ClientRegistration> client = m_accounts->client(base);
    if (client && canReuse(*client)) {
        m_registration = *client;
        emit progressed(tr("Checking Posthorn's registration on %1…").arg(base.host()));
        watch(m_secrets->read(client->secretKey()), &ClientRegistrar::onClientSecretRead);
        return;
    }
    registerClient();
}

bool ClientRegistrar::canReuse(const ClientRegistration &client) const
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

void ClientRegistrar::onClientSecretRead(const SecretResult &result)
{
    if (result.ok() && !result.secret.isEmpty()) {
        m_clientSecret = result.secret;
        checkClient();
        return;
    }
    // A registration without its secret is of no use; a new one replaces it.
    qCDebug(lcRegistrar) << "registered client has no readable secret; registering again";
    registerClient();
}

void ClientRegistrar::checkClient()
{
    // A server may have dropped the client (Mastodon before 4.3 removed unused ones).
    // Its authorization page would then show the user an error Posthorn never sees, and
    // every retry would reuse the same dead client; an app token tells beforehand.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_registration.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
    form.addQueryItem(QStringLiteral("scope"), m_scopes.join(QLatin1Char(' ')));
    watch(m_client->postForm(tokenPath, form), &ClientRegistrar::onClientChecked);
}

void ClientRegistrar::onClientChecked(const ApiResult &result)
{
    if (isUnknownClient(result)) {
        qCDebug(lcRegistrar) << "registered client unknown to the server; registering again";
        m_clientSecret.clear();
        removeClient(m_registration, &ClientRegistrar::onStaleClientRemoved);
        return;
    }
    // The app token was only a question; it is not kept but given back, best effort and
    // unwaited. Any other answer (a server without the client_credentials grant, a
    // hiccup) leaves the decision to the authorization itself.
    if (const auto token = result.parseAs<Token>(); token && !token->accessToken.isEmpty()) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), m_registration.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
        form.addQueryItem(QStringLiteral("token"), token->accessToken);
        m_client->postForm(revokePath, form);
    }
    qCDebug(lcRegistrar) << "reusing the registered client";
    succeed();
}

void ClientRegistrar::onStaleClientRemoved(const SecretResult &)
{
    registerClient();
}

void ClientRegistrar::registerClient()
{
    emit progressed(tr("Registering Posthorn with %1…").arg(m_client->baseUrl().host()));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_name"), QStringLiteral("Posthorn"));
    form.addQueryItem(QStringLiteral("website"), QStringLiteral(POSTHORN_HOMEPAGE));
    form.addQueryItem(QStringLiteral("redirect_uris"),
                      registeredRedirectUris().join(QLatin1Char('\n')));
    form.addQueryItem(QStringLiteral("scopes"), m_scopes.join(QLatin1Char(' ')));
    watch(m_client->postForm(appsPath, form), &ClientRegistrar::onRegistered);
}

void ClientRegistrar::onRegistered(const ApiResult &result)
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
    qCDebug(lcRegistrar) << "registered a new client";
    watch(m_secrets->write(m_registration.secretKey(), m_clientSecret),
          &ClientRegistrar::onClientSecretWritten);
}

void ClientRegistrar::onClientSecretWritten(const SecretResult &result)
{
    if (!result.ok()) {
        fail(result.message);
        return;
    }
    // Remembered only once its secret is safe, so a registration on record always
    // has one (a failed read later just means registering again).
    m_accounts->saveClient(m_registration);
    succeed();
}

void ClientRegistrar::succeed()
{
    const QString secret = m_clientSecret;
    m_clientSecret.clear();
    emit ready(m_registration, secret);
}

void ClientRegistrar::fail(const QString &message)
{
    m_clientSecret.clear();
    emit failed(message);
}

void ClientRegistrar::forget(const ClientRegistration &client)
{
    cancel();
    removeClient(client, &ClientRegistrar::onForgotten);
}

void ClientRegistrar::removeClient(const ClientRegistration &client,
                                   void (ClientRegistrar::*then)(const SecretResult &))
{
    const QString secretKey = client.secretKey();
    m_accounts->removeClient(client.instanceUrl);
    watch(m_secrets->remove(secretKey), then);
}

void ClientRegistrar::onForgotten(const SecretResult &result)
{
    if (!result.ok() && result.status != SecretResult::Status::NotFound)
        qCWarning(lcRegistrar) << "could not delete the forgotten client's secret";
    emit forgotten();
}

void ClientRegistrar::cancel()
{
    // Disconnected before aborting: an aborted call reports Cancelled at once, and a
    // cancelled registration must stay silent. A keychain job cannot be stopped, only
    // ignored.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job = nullptr;
    }
    m_clientSecret.clear();
}

void ClientRegistrar::watch(ApiReply *reply, void (ClientRegistrar::*handler)(const ApiResult &))
{
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, handler](const ApiResult &result) {
        m_reply = nullptr;
        (this->*handler)(result);
    });
}

void ClientRegistrar::watch(SecretJob *job, void (ClientRegistrar::*handler)(const SecretResult &))
{
    m_job = job;
    connect(job, &SecretJob::finished, this, [this, handler](const SecretResult &result) {
        m_job = nullptr;
        (this->*handler)(result);
    });
}
