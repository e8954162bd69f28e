#include "accountsignout.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "secrets/secretjob.h"
#include "secrets/secretstore.h"
#include "settings/accountstore.h"

#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSignOut, "posthorn.auth.signout")

AccountSignOut::AccountSignOut(QNetworkAccessManager *nam, SecretStore *secrets,
                               AccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_accounts(accounts)
{
    Q_ASSERT(m_nam && m_secrets && m_accounts);
}

void AccountSignOut::start(const AccountRecord &account)
{
    if (m_running)
        return;
    m_running = true;
    m_account = account;
    m_revoked = false;
    m_message.clear();
    connect(m_secrets->read(account.tokenKey()), &SecretJob::finished, this,
            &AccountSignOut::onTokenRead);
}

void AccountSignOut::onTokenRead(const SecretResult &result)
{
    if (!result.ok() || result.secret.isEmpty()) {
        m_message = result.status == SecretResult::Status::NotFound
                        ? tr("No sign-in was stored for %1, so there was nothing to revoke.")
                              .arg(m_account.handle())
                        : tr("The sign-in of %1 could not be read from the keychain, so the "
                             "server was not asked to revoke it. %2")
                              .arg(m_account.handle(), result.message);
        removeLocally();
        return;
    }
    m_token = result.secret;
    const std::optional<ClientRegistration> client = m_accounts->client(m_account.instanceUrl);
    if (!client) {
        m_message = tr("Posthorn's registration on %1 is gone, so the server was not asked to "
                       "revoke the sign-in. You can remove Posthorn in the server's settings "
                       "under Account, Authorized apps.")
                        .arg(m_account.instanceUrl.host());
        removeLocally();
        return;
    }
    m_registration = *client;
    connect(m_secrets->read(client->secretKey()), &SecretJob::finished, this,
            &AccountSignOut::onClientSecretRead);
}

void AccountSignOut::onClientSecretRead(const SecretResult &result)
{
    if (!result.ok() || result.secret.isEmpty()) {
        m_message = tr("Posthorn's registration on %1 could not be read from the keychain, so "
                       "the server was not asked to revoke the sign-in. You can remove Posthorn "
                       "in the server's settings under Account, Authorized apps.")
                        .arg(m_account.instanceUrl.host());
        removeLocally();
        return;
    }
    m_clientSecret = result.secret;
    m_client = new ApiClient(m_nam, m_account.instanceUrl, this);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_registration.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
    form.addQueryItem(QStringLiteral("token"), m_token);
    connect(m_client->postForm(QStringLiteral("/oauth/revoke"), form), &ApiReply::finished, this,
            &AccountSignOut::onRevoked);
}

void AccountSignOut::onRevoked(const ApiResult &result)
{
    m_client->deleteLater();
    m_revoked = result.ok();
    if (!m_revoked) {
        qCDebug(lcSignOut).noquote()
            << "revocation failed:" << ApiError::kindName(result.error.kind);
        m_message = tr("Signed out here, but %1 did not confirm that it revoked Posthorn's "
                       "access (%2). You can remove Posthorn in the server's settings under "
                       "Account, Authorized apps.")
                        .arg(m_account.instanceUrl.host(), result.error.message);
    }
    removeLocally();
}

void AccountSignOut::removeLocally()
{
    m_token.clear();
    m_clientSecret.clear();
    // Deleted even when the server was not told: the user asked Posthorn to forget it.
    connect(m_secrets->remove(m_account.tokenKey()), &SecretJob::finished, this,
            &AccountSignOut::onTokenRemoved);
}

void AccountSignOut::onTokenRemoved(const SecretResult &result)
{
    if (!result.ok() && result.status != SecretResult::Status::NotFound) {
        const QString problem =
            tr("The sign-in could not be deleted from the keychain: %1").arg(result.message);
        m_message = m_message.isEmpty() ? problem : m_message + QLatin1Char(' ') + problem;
    }
    m_accounts->remove(m_account.key());
    m_running = false;
    qCDebug(lcSignOut) << "signed out, revoked:" << m_revoked;
    emit finished(m_revoked, m_message);
}
