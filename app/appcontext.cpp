#include "appcontext.h"

#include "api/imagefetcher.h"
#include "auth/accountsignout.h"
#include "auth/signinattempt.h"
#include "complete/completionsearch.h"
#include "instance/instanceprobe.h"
#include "outbox/outbox.h"
#include "search/imagediskcache.h"
#include "search/imageloader.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/sessionsecretstore.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>

AppContext::AppContext(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_accounts(new AccountStore(this))
    , m_keychain(new KeychainSecretStore(this))
    , m_sessions(new AccountSessions(
          m_network, [this] { return secrets(); }, m_accounts, this))
    , m_outbox(new Outbox(OutboxStore(), this))
{
    // The outbox posts with whichever client each account's session has; a session
    // that needs a new sign-in holds that account's posts back until it has one.
    const auto follow = [this](AccountSession *session) {
        const QString key = session->account().key();
        m_outbox->setClient(key, session->client());
        connect(session, &AccountSession::stateChanged, m_outbox,
                [this, session, key] { m_outbox->setClient(key, session->client()); });
    };
    const QList<AccountSession *> existing = m_sessions->sessions();
    for (AccountSession *session : existing)
        follow(session);
    connect(m_sessions, &AccountSessions::sessionAdded, this, follow);
    connect(m_sessions, &AccountSessions::sessionRemoved, m_outbox,
            [this](const QString &key) { m_outbox->setClient(key, nullptr); });

    // Avatars and custom emoji come back from disk instead of the server; API replies
    // never go there (ApiClient marks them uncacheable).
    m_network->setCache(ImageDiskCache::create());
}

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

InstanceProbe *AppContext::createInstanceProbe(QObject *parent) const
{
    return new InstanceProbe(m_network, parent);
}

ImageFetcher *AppContext::createImageFetcher(QObject *parent) const
{
    return new ImageFetcher(m_network, parent);
}

ImageLoader *AppContext::createImageLoader(QObject *parent) const
{
    auto *loader = new ImageLoader(parent);
    loader->setNetwork(m_network);
    return loader;
}

CompletionSearch *AppContext::createCompletionSearch(QObject *parent) const
{
    return new CompletionSearch(QString(), parent);
}

AccountSignOut *AppContext::createAccountSignOut(QObject *parent) const
{
    return new AccountSignOut(m_network, secrets(), m_accounts, parent);
}

SignInAttempt *AppContext::createSignIn(QObject *parent) const
{
    return new SignInAttempt(
        m_network, m_accounts, m_keychain, [this] { return secrets(); }, parent);
}

void AppContext::useSessionSecrets()
{
    if (!m_session)
        m_session = new SessionSecretStore(this);
}
