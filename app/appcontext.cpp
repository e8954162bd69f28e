#include "appcontext.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/sessionsecretstore.h"
#include "settings/accountstore.h"

#include <QNetworkAccessManager>

AppContext::AppContext(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_accounts(new AccountStore(this))
    , m_keychain(new KeychainSecretStore(this))
{}

AppContext::~AppContext() = default;

SecretStore *AppContext::secrets() const
{
    if (m_session)
        return m_session;
    return m_keychain;
}

SecretStore *AppContext::keychain() const
{
    return m_keychain;
}

void AppContext::useSessionSecrets()
{
    if (!m_session)
        m_session = new SessionSecretStore(this);
}
