#pragma once

#include "api/authservermetadata.h"
#include "settings/accountrecord.h"
#include "settings/clientregistration.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <optional>

class AccountStore;
class ApiClient;
class ApiReply;
class ClientRegistrar;
class QNetworkAccessManager;
class SecretJob;
class SecretStore;
struct ApiResult;
struct SecretResult;

// Signs a user in to one instance: has ClientRegistrar register Posthorn there (or
// reuse the client registered before), builds the authorization URL (PKCE S256 when
// advertised, a fresh state), and, given the callback, exchanges the code for a token,
// verifies it, keeps it in the SecretStore (and reads it back), and remembers the
// account.
class AuthFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthFlow)

public:
    // Where the instance sends the user back: caught inside posthorn-signin, or by
    // LoopbackRedirectServer on http://127.0.0.1:<port>/callback.
    enum class RedirectKind { EmbeddedBrowser, SystemBrowser };

    AuthFlow(QNetworkAccessManager *nam, SecretStore *secrets, AccountStore *accounts,
             QObject *parent = nullptr);
    ~AuthFlow() override;

    // Registers or reuses the client, then emits authorizationReady (or failed).
    // `loopbackPort` is used for RedirectKind::SystemBrowser only.
    void begin(const QUrl &baseUrl, const std::optional<AuthServerMetadata> &authServer,
               RedirectKind kind, quint16 loopbackPort = 0);
    // Handles the URL the instance redirected to. Ignores it (with failed()) when the
    // state does not match; otherwise exchanges, verifies and stores.
    void handleCallback(const QUrl &callback);
    void cancel();

    [[nodiscard]] QUrl redirectUri() const;

signals:
    void authorizationReady(const QUrl &authorizeUrl);
    // "Registering Posthorn…", "Checking the token…": for a progress label.
    void progressed(const QString &step);
    void signedIn(const AccountRecord &account);
    void failed(const QString &message);

private:
    enum class Step { Idle, Preparing, Authorizing, Exchanging, Finishing };

    void onClientReady(const ClientRegistration &client, const QString &clientSecret);
    void authorize();
    void onTokenReceived(const ApiResult &result);
    void onClientForgotten();
    void onVerified(const ApiResult &result);
    void onTokenWritten(const SecretResult &result);
    void onTokenReadBack(const SecretResult &result);
    void revokeUnkeptToken();
    void revoke(const QString &token);

    void watch(ApiReply *reply, void (AuthFlow::*handler)(const ApiResult &));
    void watch(SecretJob *job, void (AuthFlow::*handler)(const SecretResult &));
    void stopWork();
    void fail(const QString &message);
    void clearSecrets();

    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    AccountStore *m_accounts;
    ClientRegistrar *m_registrar;
    ApiClient *m_client = nullptr;
    // The one request or keychain job running, so cancel() can stop it.
    QPointer<ApiReply> m_reply;
    QPointer<SecretJob> m_job;
    Step m_step = Step::Idle;

    QUrl m_redirectUri;
    QUrl m_authorizeEndpoint;
    QStringList m_scopes;
    bool m_usePkce = false;
    ClientRegistration m_registration;
    AccountRecord m_account;
    // Secrets, in memory only and only while needed.
    QString m_clientSecret;
    QString m_state;
    QByteArray m_codeVerifier;
    QString m_token;
};
