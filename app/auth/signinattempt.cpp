#include "signinattempt.h"

#include "auth/authflow.h"
#include "auth/loopbackredirectserver.h"
#include "auth/signinbrowser.h"
#include "secrets/keychainprobe.h"
#include "secrets/secretresult.h"

SignInAttempt::SignInAttempt(QNetworkAccessManager *nam, AccountStore *accounts,
                             SecretStore *keychain, std::function<SecretStore *()> secrets,
                             QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_accounts(accounts)
    , m_keychain(keychain)
    , m_secrets(std::move(secrets))
{
    Q_ASSERT(m_nam && m_accounts && m_keychain && m_secrets);
}

SignInAttempt::~SignInAttempt()
{
    cancel();
}

void SignInAttempt::setInstance(const QUrl &baseUrl,
                                const std::optional<AuthServerMetadata> &authServer)
{
    m_baseUrl = baseUrl;
    m_authServer = authServer;
}

void SignInAttempt::start()
{
    cancel();
    // Secrets already kept in memory for this session need no keychain.
    if (m_secrets() != m_keychain) {
        signInInWindow();
        return;
    }
    emit progressed(tr("Checking the keychain…"));
    m_keychainProbe = new KeychainProbe(m_keychain, this);
    connect(m_keychainProbe, &KeychainProbe::finished, this, &SignInAttempt::onKeychainChecked);
    m_keychainProbe->start();
}

void SignInAttempt::onKeychainChecked(const SecretResult &result)
{
    m_keychainProbe->deleteLater();
    m_keychainProbe = nullptr;
    if (result.ok()) {
        signInInWindow();
        return;
    }
    // Signing in (in either browser) waits until it is clear where the token will live.
    emit keychainUnavailable(result.message);
}

void SignInAttempt::signInInWindow()
{
    cancel();
    startFlow(Way::Window, 0);
}

void SignInAttempt::signInInBrowser()
{
    cancel();
    m_loopback = new LoopbackRedirectServer(this);
    if (!m_loopback->listen()) {
        emit failed(tr("Posthorn could not listen for your browser's answer on this computer."));
        return;
    }
    startFlow(Way::Browser, m_loopback->port());
    connect(m_loopback, &LoopbackRedirectServer::callbackReceived, m_flow,
            &AuthFlow::handleCallback);
}

void SignInAttempt::startFlow(Way way, quint16 loopbackPort)
{
    m_flow = new AuthFlow(m_nam, m_secrets(), m_accounts, this);
    connect(m_flow, &AuthFlow::progressed, this, &SignInAttempt::progressed);
    connect(m_flow, &AuthFlow::authorizationReady, this, &SignInAttempt::onAuthorizationReady);
    connect(m_flow, &AuthFlow::signedIn, this, &SignInAttempt::signedIn);
    connect(m_flow, &AuthFlow::failed, this, &SignInAttempt::failed);
    m_flow->begin(m_baseUrl, m_authServer,
                  way == Way::Browser ? AuthFlow::RedirectKind::SystemBrowser
                                      : AuthFlow::RedirectKind::EmbeddedBrowser,
                  loopbackPort);
}

void SignInAttempt::onAuthorizationReady(const QUrl &authorizeUrl)
{
    if (!m_loopback) {
        openWindow(authorizeUrl);
        return;
    }
    emit progressed(tr("Continue in your browser: sign in there and choose Authorize. Posthorn "
                       "is waiting for it here."));
    emit browserPageReady(authorizeUrl);
}

void SignInAttempt::openWindow(const QUrl &authorizeUrl)
{
    delete m_browser;
    m_browser = new SignInBrowser(this);
    connect(m_browser, &SignInBrowser::shown, this, [this] {
        emit progressed(tr("Sign in in the window that opened, then choose Authorize."));
    });
    connect(m_browser, &SignInBrowser::callbackReceived, m_flow, &AuthFlow::handleCallback);
    connect(m_browser, &SignInBrowser::cancelled, this,
            [this] { emit failed(tr("The sign-in window was closed before you signed in.")); });
    connect(m_browser, &SignInBrowser::failed, this, &SignInAttempt::failed);
    emit progressed(tr("Opening the sign-in window…"));
    m_browser->start(authorizeUrl, m_flow->redirectUri());
}

void SignInAttempt::cancel()
{
    delete m_keychainProbe;
    m_keychainProbe = nullptr;
    delete m_browser;
    m_browser = nullptr;
    delete m_loopback;
    m_loopback = nullptr;
    if (m_flow) {
        m_flow->cancel();
        m_flow->deleteLater();
        m_flow = nullptr;
    }
}
