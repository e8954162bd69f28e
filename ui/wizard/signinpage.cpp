#include "signinpage.h"

#include "appcontext.h"
#include "auth/authflow.h"
#include "auth/loopbackredirectserver.h"
#include "auth/signinbrowser.h"
#include "secrets/keychainprobe.h"
#include "setupwizard.h"
#include "text/externallink.h"
#include "text/linklabel.h"
#include "text/plainlabel.h"
#include "texttone.h"
#include "util/servertext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

SignInPage::SignInPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Sign in"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Continue"));

    auto *layout = new QVBoxLayout(this);
    m_instance = new LinkLabel(this);
    m_instance->setObjectName(QStringLiteral("instanceSummary"));
    m_instance->setWordWrap(true);
    layout->addWidget(m_instance);

    m_status = new PlainLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    layout->addWidget(m_busy);

    m_retry = new QPushButton(tr("&Open the sign-in window again"), this);
    m_retry->setObjectName(QStringLiteral("retrySignIn"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &SignInPage::beginSignIn);
    m_useBrowser = new QPushButton(tr("Use my &browser instead"), this);
    m_useBrowser->setObjectName(QStringLiteral("useSystemBrowser"));
    m_useBrowser->setToolTip(tr("Sign in in your usual web browser: useful for passkeys, "
                                "single sign-on and password managers."));
    connect(m_useBrowser, &QPushButton::clicked, this, &SignInPage::beginSignInWithSystemBrowser);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_useBrowser);
    actions->addStretch(1);
    layout->addLayout(actions);

    // Shown only when the keychain does not answer.
    m_keychainTrouble = new QWidget(this);
    auto *troubleLayout = new QVBoxLayout(m_keychainTrouble);
    troubleLayout->setContentsMargins(0, 0, 0, 0);
    m_keychainMessage = new PlainLabel(m_keychainTrouble);
    m_keychainMessage->setObjectName(QStringLiteral("keychainMessage"));
    m_keychainMessage->setWordWrap(true);
    m_keychainMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    troubleLayout->addWidget(m_keychainMessage);
    auto *buttons = new QHBoxLayout;
    auto *tryAgain = new QPushButton(tr("&Try again"), m_keychainTrouble);
    tryAgain->setObjectName(QStringLiteral("keychainTryAgain"));
    auto *sessionOnly =
        new QPushButton(tr("&Keep my sign-in for this session only"), m_keychainTrouble);
    sessionOnly->setObjectName(QStringLiteral("keychainSessionOnly"));
    sessionOnly->setToolTip(tr("Posthorn will forget the sign-in when it quits; nothing is "
                               "written to disk."));
    buttons->addWidget(tryAgain);
    buttons->addWidget(sessionOnly);
    buttons->addStretch(1);
    troubleLayout->addLayout(buttons);
    m_keychainTrouble->hide();
    layout->addWidget(m_keychainTrouble);
    layout->addStretch(1);

    connect(tryAgain, &QPushButton::clicked, this, &SignInPage::checkKeychain);
    connect(sessionOnly, &QPushButton::clicked, this, [this] {
        m_wizard->context()->useSessionSecrets();
        m_keychainTrouble->hide();
        m_useBrowser->show();
        beginSignIn();
    });
}

void SignInPage::initializePage()
{
    const InstanceProbeResult &probe = m_wizard->instance();
    const Instance &instance = probe.instance;
    QStringList facts;
    if (!instance.version.isEmpty())
        facts << tr("Mastodon %1").arg(ServerText::escaped(instance.version, 40));
    if (instance.userCount)
        facts << tr("%1 active users").arg(QLocale().toString(*instance.userCount));
    const QUrl about = probe.baseUrl.resolved(QUrl(QStringLiteral("/about")));
    facts << QStringLiteral("<a href=\"%1\">%2</a>")
                 .arg(about.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Server rules"));
    const QString description =
        instance.shortDescription.isEmpty() ? instance.description : instance.shortDescription;
    m_instance->setText(
        QStringLiteral("<b>%1</b> &nbsp;<span>%2</span><br>%3<br><small>%4</small>")
            .arg(ServerText::escaped(
                     instance.title.isEmpty() ? probe.baseUrl.host() : instance.title, 100),
                 probe.baseUrl.host().toHtmlEscaped(), ServerText::escaped(description, 300),
                 facts.join(QStringLiteral(" · "))));
    setSubTitle(tr("Posthorn opens %1's own sign-in page in a window of its own. Sign in "
                   "there and allow Posthorn to post for you.")
                    .arg(probe.baseUrl.host()));
    m_signedIn = false;
    if (m_wizard->context()->usesSessionSecrets())
        beginSignIn();
    else
        checkKeychain();
}

void SignInPage::cleanupPage()
{
    stop();
    m_keychainTrouble->hide();
    m_retry->hide();
}

bool SignInPage::isComplete() const
{
    return m_signedIn;
}

void SignInPage::checkKeychain()
{
    m_keychainTrouble->hide();
    m_useBrowser->show();
    showStatus(tr("Checking the keychain…"), true);
    delete m_keychainProbe;
    m_keychainProbe = new KeychainProbe(m_wizard->context()->keychain(), this);
    connect(m_keychainProbe, &KeychainProbe::finished, this, &SignInPage::onKeychainChecked);
    m_keychainProbe->start();
}

void SignInPage::onKeychainChecked(const SecretResult &result)
{
    m_keychainProbe->deleteLater();
    m_keychainProbe = nullptr;
    if (result.ok()) {
        beginSignIn();
        return;
    }
    showStatus(QString(), false);
    m_keychainMessage->setServerText(result.message);
    m_keychainTrouble->show();
    // Signing in (in either browser) waits until it is clear where the token will live.
    m_useBrowser->hide();
    m_keychainTrouble->findChild<QPushButton *>(QStringLiteral("keychainTryAgain"))->setFocus();
}

void SignInPage::beginSignIn()
{
    stop();
    startFlow(AuthFlow::RedirectKind::EmbeddedBrowser, 0);
}

void SignInPage::startFlow(AuthFlow::RedirectKind kind, quint16 loopbackPort)
{
    m_retry->hide();
    AppContext *context = m_wizard->context();
    m_flow = new AuthFlow(context->network(), context->secrets(), context->accounts(), this);
    connect(m_flow, &AuthFlow::progressed, this,
            [this](const QString &step) { showStatus(step, true); });
    connect(m_flow, &AuthFlow::authorizationReady, this, &SignInPage::onAuthorizationReady);
    connect(m_flow, &AuthFlow::signedIn, this, &SignInPage::onSignedIn);
    connect(m_flow, &AuthFlow::failed, this, &SignInPage::onFailed);
    m_flow->begin(m_wizard->instance().baseUrl, m_wizard->instance().authServer, kind,
                  loopbackPort);
}

void SignInPage::onAuthorizationReady(const QUrl &authorizeUrl)
{
    if (m_loopback) {
        showStatus(tr("Continue in your browser: sign in there and choose Authorize. Posthorn "
                      "is waiting for it here."),
                   true);
        if (!ExternalLink::open(authorizeUrl))
            onFailed(tr("No web browser could be opened. Copy this address into one: %1")
                         .arg(authorizeUrl.toString()));
        return;
    }
    delete m_browser;
    m_browser = new SignInBrowser(this);
    connect(m_browser, &SignInBrowser::shown, this, [this] {
        showStatus(tr("Sign in in the window that opened, then choose Authorize."), true);
    });
    connect(m_browser, &SignInBrowser::callbackReceived, this, [this](const QUrl &url) {
        showStatus(tr("Finishing sign-in…"), true);
        m_flow->handleCallback(url);
    });
    connect(m_browser, &SignInBrowser::cancelled, this,
            [this] { onFailed(tr("The sign-in window was closed before you signed in.")); });
    connect(m_browser, &SignInBrowser::failed, this, &SignInPage::onFailed);
    showStatus(tr("Opening the sign-in window…"), true);
    m_browser->start(authorizeUrl, m_flow->redirectUri());
}

void SignInPage::beginSignInWithSystemBrowser()
{
    stop();
    m_loopback = new LoopbackRedirectServer(this);
    if (!m_loopback->listen()) {
        onFailed(tr("Posthorn could not listen for your browser's answer on this computer."));
        return;
    }
    connect(m_loopback, &LoopbackRedirectServer::callbackReceived, this, [this](const QUrl &url) {
        showStatus(tr("Finishing sign-in…"), true);
        m_flow->handleCallback(url);
    });
    startFlow(AuthFlow::RedirectKind::SystemBrowser, m_loopback->port());
}

void SignInPage::onSignedIn(const AccountRecord &account)
{
    m_wizard->setAccount(account);
    m_signedIn = true;
    showStatus(tr("Signed in."), false);
    emit completeChanged();
    m_wizard->next();
}

void SignInPage::onFailed(const QString &message)
{
    showStatus(message, false);
    TextTone::apply(m_status, TextTone::Tone::Problem);
    m_retry->show();
    m_retry->setFocus();
}

void SignInPage::showStatus(const QString &text, bool busy)
{
    TextTone::apply(m_status, TextTone::Tone::Plain);
    m_status->setServerText(text);
    m_busy->setVisible(busy);
}

void SignInPage::stop()
{
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
