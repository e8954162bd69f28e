#include "signinwindow.h"

#include "authpage.h"
#include "callbackschemehandler.h"
#include "text/plainlabel.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QWebEngineCertificateError>
#include <QWebEngineProfile>
#include <QWebEngineView>

SignInWindow::SignInWindow(const QUrl &authorizeUrl, const QUrl &redirectUri, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("signInWindow"));
    setWindowTitle(tr("Sign in to %1").arg(authorizeUrl.host()));

    // No storage name: an off-the-record profile keeps cookies, cache and form data in
    // memory only, so nothing of the sign-in stays on disk after this process exits.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    const QByteArray scheme = redirectUri.scheme().toLatin1();
    if (scheme != "http" && scheme != "https")
        m_profile->installUrlSchemeHandler(scheme, new CallbackSchemeHandler(m_profile));

    QUrl origin;
    origin.setScheme(authorizeUrl.scheme());
    origin.setHost(authorizeUrl.host());
    origin.setPort(authorizeUrl.port());
    m_page = new AuthPage(m_profile, origin, redirectUri, this);
    connect(m_page, &AuthPage::callbackCaught, this, [this](const QUrl &url) {
        m_finished = true;
        emit callbackCaught(url);
    });
    connect(m_page, &AuthPage::openedExternally, this, [this](const QUrl &url) {
        statusBar()->showMessage(tr("Opened %1 in your browser.").arg(url.host()), 5000);
    });
    connect(m_page, &QWebEnginePage::certificateError, this,
            [this](const QWebEngineCertificateError &error) {
                // Left unaccepted, so QtWebEngine refuses the page: never ignored.
                showTlsError(error.description());
            });

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("authorizeView"));
    m_view->setAccessibleName(tr("Authorization page"));
    m_view->setPage(m_page);
    setCentralWidget(m_view);

    auto *bar = addToolBar(tr("Navigation"));
    bar->setMovable(false);
    QAction *back = m_view->pageAction(QWebEnginePage::Back);
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back->setShortcut(QKeySequence::Back);
    bar->addAction(back);
    QAction *reload = m_view->pageAction(QWebEnginePage::Reload);
    reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    reload->setShortcut(QKeySequence::Refresh);
    bar->addAction(reload);

    m_security = new PlainLabel(this);
    m_security->setObjectName(QStringLiteral("securityLabel"));
    m_security->setContentsMargins(8, 0, 4, 0);
    bar->addWidget(m_security);
    m_address = new PlainLabel(this);
    m_address->setObjectName(QStringLiteral("addressLabel"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_address);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::loadFinished, m_progress, &QWidget::hide);
    connect(m_page, &QWebEnginePage::loadStarted, m_progress, &QWidget::show);
    connect(m_page, &QWebEnginePage::urlChanged, this, &SignInWindow::onUrlChanged);

    resize(720, 760);
    m_view->load(authorizeUrl);
    m_view->setFocus();
}

// The page must go before its profile, or QtWebEngine warns and may crash.
SignInWindow::~SignInWindow()
{
    delete m_view;
    delete m_page;
    delete m_profile;
}

void SignInWindow::onUrlChanged(const QUrl &url)
{
    m_address->setText(
        url.host() + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString()));
    if (url.scheme() == QLatin1String("https")) {
        m_security->setText(tr("🔒 Secure connection"));
        m_security->setToolTip(tr("The connection to %1 is encrypted (TLS).").arg(url.host()));
    } else {
        m_security->setText(tr("Not encrypted (local instance)"));
        m_security->setToolTip(
            tr("Posthorn allows unencrypted connections only to this computer."));
    }
}

void SignInWindow::showTlsError(const QString &description)
{
    m_security->setText(tr("⚠ Connection not secure"));
    m_security->setToolTip(description);
    statusBar()->showMessage(
        tr("The page was not loaded because its certificate is not valid: %1").arg(description));
}

void SignInWindow::closeEvent(QCloseEvent *event)
{
    if (!m_finished)
        emit closedByUser();
    event->accept();
}
