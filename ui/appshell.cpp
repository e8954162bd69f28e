#include "appshell.h"

#include "appcontext.h"
#include "compose/composerwidget.h"
#include "launch/launchrequest.h"
#include "mainwindow.h"
#include "outbox/outbox.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"
#include "settings/apppreferences.h"
#include "tray/quickpostwindow.h"
#include "tray/traycontroller.h"
#include "tray/windowactivation.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {

// After the first window is mapped: long enough not to delay it.
constexpr std::chrono::milliseconds trayDelay{50};

} // namespace

AppShell::AppShell(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

TrayController *AppShell::tray()
{
    if (m_tray)
        return m_tray;
    m_tray = new TrayController(m_context, this);
    // With a tray Posthorn lives on when its windows close; Quit ends it.
    QApplication::setQuitOnLastWindowClosed(!m_tray->isAvailable());
    connect(m_tray, &TrayController::quickPostRequested, this,
            [this] { showQuickPost(QString()); });
    connect(m_tray, &TrayController::openRequested, this, &AppShell::showMainWindow);
    connect(m_tray, &TrayController::outboxRequested, this, &AppShell::showOutbox);
    connect(m_tray, &TrayController::postedRequested, this, &AppShell::showPosted);
    connect(m_tray, &TrayController::signInRequested, this, &AppShell::signInAgain);
    connect(m_tray, &TrayController::quitRequested, this, &AppShell::quit);
    if (m_window) {
        m_window->setKeepsRunningInTray(m_tray->isAvailable());
        m_tray->setMainWindow(m_window);
    }
    return m_tray;
}

MainWindow *AppShell::ensureMainWindow()
{
    if (m_window)
        return m_window;
    // Made when first shown: behind the setup wizard of a first run, or a quick post
    // alone, it would only cost start-up time (measured, tests/bench).
    m_window = new MainWindow(m_context);
    if (m_tray) {
        m_window->setKeepsRunningInTray(m_tray->isAvailable());
        m_tray->setMainWindow(m_window);
    }
    connect(m_window, &MainWindow::addAccountRequested, this, [this] { runSetup(); });
    connect(m_window, &MainWindow::signInAgainRequested, this, &AppShell::signInAgain);
    connect(m_window, &MainWindow::allAccountsSignedOut, this, [this] {
        m_window->hide();
        runSetup();
    });
    connect(m_window, &MainWindow::hiddenToTray, this, &AppShell::onMainWindowHidden);
    // Said outright rather than left to the last-window rule: a hidden quick-post
    // window or a pending dialog must not keep an invisible Posthorn running.
    connect(m_window, &MainWindow::closedForGood, this, &AppShell::quit, Qt::QueuedConnection);
    connect(m_window, &MainWindow::quitRequested, this, &AppShell::quit);
    connect(m_window, &MainWindow::quickPostRequested, this, [this] { showQuickPost(QString()); });
    return m_window;
}

MainWindow *AppShell::mainWindow() const
{
    return m_window;
}

bool AppShell::mainWindowVisible() const
{
    return m_window && m_window->isVisible();
}

AppShell::~AppShell()
{
    delete m_quickPost;
    delete m_window;
}

void AppShell::quit()
{
    // Not QApplication::quit(): since Qt 6 it first closes every window and gives up
    // when one refuses, which the main window and the quick post do while they hide
    // to the tray instead. Their drafts are written as they are destroyed.
    QCoreApplication::exit(0);
}

QuickPostWindow *AppShell::quickPost() const
{
    return m_quickPost;
}

void AppShell::start(const LaunchRequest &request)
{
    QTimer::singleShot(trayDelay, this, &AppShell::tray);
    if (!hasAccounts()) {
        m_sharedDuringSetup = request.shareText;
        m_quickPostAfterSetup = request.quickPost;
        runSetup();
        return;
    }
    if (request.quickPost) {
        showQuickPost(request.shareText);
        return;
    }
    if (!request.replyTo.isEmpty() || !request.quote.isEmpty()) {
        openLink(request);
        return;
    }
    // Hidden in the tray only where there is a tray to come back from.
    if (request.minimized && tray()->isAvailable())
        return;
    showMainWindow();
}

void AppShell::handle(const LaunchRequest &request)
{
    if (m_setupRunning || !hasAccounts()) {
        if (!request.shareText.isEmpty()) {
            m_sharedDuringSetup +=
                (m_sharedDuringSetup.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                request.shareText;
        }
        m_quickPostAfterSetup = m_quickPostAfterSetup || request.quickPost;
        if (!m_setupRunning)
            runSetup();
        return;
    }
    if (request.quickPost)
        showQuickPost(request.shareText, request.activationToken);
    else if (!request.replyTo.isEmpty() || !request.quote.isEmpty())
        openLink(request);
    else
        showMainWindowActivatedBy(request.activationToken);
}

bool AppShell::hasAccounts() const
{
    return !m_context->accounts()->accounts().isEmpty();
}

void AppShell::runSetup(const QString &address)
{
    auto *wizard = new SetupWizard(m_context, mainWindowVisible() ? m_window.data() : nullptr);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setSuggestedAddress(address);
    m_setupRunning = true;
    connect(wizard, &QDialog::finished, this, [this, wizard](int result) {
        m_setupRunning = false;
        if (result == QDialog::Accepted) {
            // Signed in anew (or for the first time): its session reads the new token,
            // and posts that waited for it go out.
            m_context->sessions()->restart(wizard->account().key());
        }
        if (!hasAccounts()) {
            // Setup at first run was closed: there is nothing to show. What was shared
            // meanwhile is gone with it, as there was never an account to post it to.
            if (!mainWindowVisible())
                quit();
            return;
        }
        // Typed on the wizard's last page: it goes on in the composer that opens now.
        const QString typed = wizard->typedAfterSignIn();
        if (m_quickPostAfterSetup || !m_sharedDuringSetup.isEmpty()) {
            const QString shared = std::exchange(m_sharedDuringSetup, QString());
            m_quickPostAfterSetup = false;
            showQuickPost(shared);
            m_quickPost->composer()->continueTyping(typed);
            return;
        }
        showMainWindow();
        m_window->composer()->continueTyping(typed);
    });
    wizard->show();
    // A window shown without user input gets no focus from some window managers; the
    // keyboard contract says the address field has it.
    wizard->raise();
    wizard->activateWindow();
}

void AppShell::showMainWindow()
{
    showMainWindowActivatedBy(QString());
}

void AppShell::showMainWindowActivatedBy(const QString &activationToken)
{
    ensureMainWindow()->show();
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->focusComposer();
    WindowActivation::activate(m_window, activationToken);
}

void AppShell::showOutbox()
{
    showMainWindow();
    m_window->focusOutbox();
}

void AppShell::showPosted()
{
    showMainWindow();
    m_window->showPosted();
}

void AppShell::showQuickPost(const QString &sharedText, const QString &activationToken)
{
    if (!m_quickPost) {
        m_quickPost = new QuickPostWindow(m_context);
        connect(m_quickPost, &QuickPostWindow::dismissed, this, &AppShell::onQuickPostDismissed);
        connect(m_quickPost, &QuickPostWindow::openMainWindowRequested, this, [this] {
            m_quickPost->hide();
            showMainWindow();
        });
        connect(m_quickPost, &QuickPostWindow::signInRequested, this, &AppShell::signInAgain);
    }
    // Without a tray nothing else would say the post went out: the window stays and
    // shows it.
    m_quickPost->setHidesAfterPosting(tray()->isAvailable());
    m_quickPost->composer()->addSharedText(sharedText);
    m_quickPost->showNear(m_tray->isAvailable() ? m_tray->icon()->geometry() : QRect(),
                          activationToken);
}

void AppShell::signInAgain(const QString &accountKey)
{
    const QList<AccountRecord> accounts = m_context->accounts()->accounts();
    for (const AccountRecord &account : accounts) {
        if (account.key() == accountKey)
            runSetup(account.instanceUrl.toString());
    }
}

void AppShell::onMainWindowHidden()
{
    if (AppPreferences::closeToTrayExplained())
        return;
    AppPreferences::setCloseToTrayExplained(true);
    tray()->notify(tr("Posthorn is still running"),
                   tr("It stays in the system tray, so a quick post is a click away. "
                      "Choose Quit Posthorn in the tray's menu to end it."),
                   [this] { showMainWindow(); });
}

void AppShell::onQuickPostDismissed()
{
    if (tray()->isAvailable() || mainWindowVisible())
        return;
    // Without a tray a hidden quick post would leave Posthorn running unseen. Its text
    // is saved; posts still on their way keep the main window, where the outbox shows them.
    if (m_context->outbox()->entries().isEmpty())
        quit();
    else
        showMainWindow();
}

void AppShell::openLink(const LaunchRequest &request)
{
    showMainWindowActivatedBy(request.activationToken);
    ComposerWidget *composer = m_window->composer();
    if (!request.replyTo.isEmpty())
        composer->replyTo(QUrl(request.replyTo));
    else
        composer->quote(QUrl(request.quote));
}
