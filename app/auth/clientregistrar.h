#pragma once

#include "settings/clientregistration.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class AccountStore;
class ApiClient;
class ApiReply;
class QNetworkAccessManager;
class SecretJob;
class SecretStore;
struct ApiResult;
struct SecretResult;

// Posthorn's OAuth client on one instance: registers it (POST /api/v1/apps) and keeps
// it, the id and scopes in AccountStore and the secret in the SecretStore. Mastodon
// throttles registration to 5 per 10 minutes, so the client on record is reused when
// it can ask for the scopes and redirect wanted and the server still knows it.
class ClientRegistrar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientRegistrar)

public:
    ClientRegistrar(QNetworkAccessManager *nam, SecretStore *secrets, AccountStore *accounts,
                    QObject *parent = nullptr);
    ~ClientRegistrar() override;

    // Emits ready() with a client that may ask for `scopes` and redirect to
    // `redirectUri`, or failed(). `instanceUrl` must be one ApiClient allows.
    void obtain(const QUrl &instanceUrl, const QStringList &scopes, const QUrl &redirectUri);
    // For a client the server no longer knows: removes it from the record and its secret
    // from the keychain, then emits forgotten(), so a new registration cannot race the
    // removal.
    void forget(const ClientRegistration &client);
    // Stops whatever is running; nothing is emitted for it afterwards.
    void cancel();

    // Both ways back are registered at once, so switching to "Use my browser instead"
    // needs no second registration.
    static const QUrl embeddedRedirectUri; // caught inside posthorn-signin
    // Servers accept it with any port (RFC 8252 §7.3), so the port LoopbackRedirectServer
    // happens to get need not be known in advance.
    static const QUrl loopbackRedirectUri; // http://127.0.0.1/callback
    [[nodiscard]] static QStringList registeredRedirectUris();
    // The server's answer for a client it does not know (invalid_client): Mastodon
    // before 4.3 removed unused ones. forget() it, and the next attempt registers anew.
    [[nodiscard]] static bool isUnknownClient(const ApiResult &result);

signals:
    // "Registering Posthorn…": for a progress label.
    void progressed(const QString &step);
    // The secret is for this sign-in only; it is kept nowhere but the keychain.
    void ready(const ClientRegistration &client, const QString &clientSecret);
    void failed(const QString &message);
    void forgotten();

private:
    [[nodiscard]] bool canReuse(const ClientRegistration &client) const;
    void onClientSecretRead(const SecretResult &result);
    void checkClient();
    void onClientChecked(const ApiResult &result);
    void registerClient();
    void onRegistered(const ApiResult &result);
    void onClientSecretWritten(const SecretResult &result);
    void succeed();
    void fail(const QString &message);

    void watch(ApiReply *reply, void (ClientRegistrar::*handler)(const ApiResult &));
    void watch(SecretJob *job, void (ClientRegistrar::*handler)(const SecretResult &));
    // Removes the client on record and its secret, then calls `then`.
    void removeClient(const ClientRegistration &client,
                      void (ClientRegistrar::*then)(const SecretResult &));
    void onStaleClientRemoved(const SecretResult &result);
    void onForgotten(const SecretResult &result);

    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    AccountStore *m_accounts;
    ApiClient *m_client = nullptr;
    // The one request or keychain job running, so cancel() can stop it.
    QPointer<ApiReply> m_reply;
    QPointer<SecretJob> m_job;

    QStringList m_scopes;
    QUrl m_redirectUri;
    ClientRegistration m_registration;
    QString m_clientSecret; // in memory only while obtaining
};
