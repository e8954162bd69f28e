#include "signinpage.h"

#include "appcontext.h"
#include "auth/signinattempt.h"
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
    , m_signIn(wizard->context()->createSignIn(this))
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
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        m_signIn->signInInWindow();
    });
    m_useBrowser = new QPushButton(tr("Use my &browser instead"), this);
    m_useBrowser->setObjectName(QStringLiteral("useSystemBrowser"));
    m_useBrowser->setToolTip(tr("Sign in in your usual web browser: useful for passkeys, "
                                "single sign-on and password managers."));
    connect(m_useBrowser, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        m_signIn->signInInBrowser();
    });
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
        m_retry->hide();
        m_signIn->signInInWindow();
    });

    connect(m_signIn, &SignInAttempt::progressed, this,
            [this](const QString &step) { showStatus(step, true); });
    connect(m_signIn, &SignInAttempt::keychainUnavailable, this,
            &SignInPage::onKeychainUnavailable);
    connect(m_signIn, &SignInAttempt::browserPageReady, this, &SignInPage::onBrowserPageReady);
    connect(m_signIn, &SignInAttempt::signedIn, this, &SignInPage::onSignedIn);
    connect(m_signIn, &SignInAttempt::failed, this, &SignInPage::onFailed);
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
    m_signIn->setInstance(probe.baseUrl, probe.authServer);
    checkKeychain();
}

void SignInPage::cleanupPage()
{
    m_signIn->cancel();
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
    m_retry->hide();
    m_signIn->start();
}

void SignInPage::onKeychainUnavailable(const QString &message)
{
    showStatus(QString(), false);
    m_keychainMessage->setServerText(message);
    m_keychainTrouble->show();
    // Either way of signing in waits until it is clear where the token will live.
    m_useBrowser->hide();
    m_keychainTrouble->findChild<QPushButton *>(QStringLiteral("keychainTryAgain"))->setFocus();
}

void SignInPage::onBrowserPageReady(const QUrl &authorizeUrl)
{
    if (!ExternalLink::open(authorizeUrl))
        onFailed(tr("No web browser could be opened. Copy this address into one: %1")
                     .arg(authorizeUrl.toString()));
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
