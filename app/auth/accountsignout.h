#pragma once

#include "settings/accountrecord.h"
#include "settings/clientregistration.h"

#include <QObject>
#include <QPointer>

class AccountStore;
class ApiClient;
class QNetworkAccessManager;
class SecretStore;
struct ApiResult;
struct SecretResult;

// Signs an account out: revokes its token on the server (POST /oauth/revoke), deletes
// its keychain entry and removes it from the account list. The token is deleted
// locally even when the server cannot be reached; the result says whether the
// revocation itself went through.
class AccountSignOut final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSignOut)

public:
    AccountSignOut(QNetworkAccessManager *nam, SecretStore *secrets, AccountStore *accounts,
                   QObject *parent = nullptr);

    void start(const AccountRecord &account);

signals:
    // `revoked` false: removed here, but the server did not confirm; `message` says so.
    void finished(bool revoked, const QString &message);

private:
    void onTokenRead(const SecretResult &result);
    void onClientSecretRead(const SecretResult &result);
    void onRevoked(const ApiResult &result);
    void removeLocally();
    void onTokenRemoved(const SecretResult &result);

    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    AccountStore *m_accounts;
    QPointer<ApiClient> m_client;
    AccountRecord m_account;
    ClientRegistration m_registration;
    bool m_running = false;
    bool m_revoked = false;
    QString m_message;
    // In memory only while the revocation runs.
    QString m_token;
    QString m_clientSecret;
};
