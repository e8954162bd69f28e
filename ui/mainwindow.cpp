#include "mainwindow.h"

#include "accountactions.h"
#include "api/apiclient.h"
#include "appcontext.h"
#include "auth/accountsignout.h"
#include "compose/composerwidget.h"
#include "compose/outboxview.h"
#include "outbox/outbox.h"
#include "posted/postedpanel.h"
#include "posted/statusedit.h"
#include "search/imageloader.h"
#include "search/searchpanel.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"
#include "settings/preferencesdialog.h"
#include "text/emojilabel.h"
#include "text/plainmessagebox.h"
#include "util/servertext.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setWindowTitle(tr("Posthorn"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_account = new EmojiLabel(central);
    m_account->setObjectName(QStringLiteral("currentAccount"));
    layout->addWidget(m_account);
    m_headerImages = m_context->createImageLoader(this);
    connect(m_headerImages, &ImageLoader::imageLoaded, this, &MainWindow::updateCurrentAccount);

    auto *splitter = new QSplitter(central);
    auto *composerSide = new QWidget(splitter);
    auto *composerLayout = new QVBoxLayout(composerSide);
    composerLayout->setContentsMargins(0, 0, 0, 0);
    m_composer = new ComposerWidget(m_context, QStringLiteral("main"), ComposerWidget::Layout::Full,
                                    composerSide);
    composerLayout->addWidget(m_composer, 1);
    m_outbox = new OutboxView(m_context->outbox(), composerSide);
    composerLayout->addWidget(m_outbox);
    splitter->addWidget(composerSide);
    m_splitter = splitter;
    layout->addWidget(splitter, 1);
    connect(m_composer, &ComposerWidget::pendingEntryChanged, m_outbox,
            &OutboxView::setComposerEntry);
    connect(m_outbox, &OutboxView::editRequested, m_composer, &ComposerWidget::editEntry);
    // The composer says when its own post is out; a post sent from the outbox list
    // would otherwise just vanish from it.
    connect(m_outbox, &OutboxView::entryPosted, this,
            [this](const QString &summary, const QUrl &, const QDateTime &scheduledAt) {
                statusBar()->showMessage(
                    scheduledAt.isValid()
                        ? tr("Scheduled from the outbox: “%1”, for %2.")
                              .arg(summary, QLocale().toString(scheduledAt.toLocalTime(),
                                                               QLocale::ShortFormat))
                        : tr("Posted from the outbox: “%1”.").arg(summary));
            });
    connect(m_composer, &ComposerWidget::signInRequested, this, &MainWindow::signInAgainRequested);
    auto *searchShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(searchShortcut, &QShortcut::activated, this, [this] {
        ensureSearchPanel();
        m_search->focusSearch();
    });
    // Search is built just after the window appears: the first thing a user does is
    // type, and the panel costs about a sixth of the start-up time (measured).
    QTimer::singleShot(std::chrono::milliseconds(50), this, &MainWindow::ensureSearchPanel);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quickPost = file->addAction(tr("Quick p&ost…"), this, &MainWindow::quickPostRequested);
    quickPost->setObjectName(QStringLiteral("quickPostAction"));
    quickPost->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *posted = file->addAction(tr("Po&sted"), this, &MainWindow::showPosted);
    posted->setObjectName(QStringLiteral("postedAction"));
    posted->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *editLast = file->addAction(tr("&Edit Last Post"), this, &MainWindow::editLastPost);
    editLast->setObjectName(QStringLiteral("editLastPostAction"));
    editLast->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    // QKeySequence::Preferences is empty on most Linux desktops.
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, [this] {
        if (confirmQuitWithWaitingPosts())
            emit quitRequested();
    });
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    m_accountsMenu = menuBar()->addMenu(tr("&Accounts"));
    m_accountsMenu->setObjectName(QStringLiteral("accountsMenu"));

    const auto refresh = [this] {
        rebuildAccountsMenu();
        updateCurrentAccount();
    };
    connect(m_context->accounts(), &AccountStore::accountsChanged, this, refresh);
    connect(m_context->accounts(), &AccountStore::currentAccountChanged, this, refresh);
    connect(m_context->accounts(), &AccountStore::currentAccountChanged, this,
            &MainWindow::followSearchClient);
    connect(m_context->sessions(), &AccountSessions::sessionAdded, this,
            &MainWindow::followSearchClient);
    connect(m_context->sessions(), &AccountSessions::sessionAdded, this,
            &MainWindow::updateCurrentAccount);
    rebuildAccountsMenu();
    updateCurrentAccount();
    followSearchClient();
    resize(980, 640);
}

void MainWindow::focusComposer()
{
    raise();
    activateWindow();
    m_composer->focusText();
}

void MainWindow::focusOutbox()
{
    m_outbox->setFocus();
}

void MainWindow::showPosted()
{
    if (!m_posted) {
        m_posted = new PostedPanel(
            m_context, [this] { return m_composer->redraftBlocker(); }, m_splitter);
        // Beside the composer, before search.
        m_splitter->insertWidget(1, m_posted);
        connect(m_posted, &PostedPanel::redraftReady, m_composer, &ComposerWidget::takeRedraft);
        connect(m_posted, &PostedPanel::dismissed, m_composer, &ComposerWidget::focusText);
        m_posted->setEditGate([this] { return m_composer->editBlocker(); });
        connect(m_posted, &PostedPanel::editReady, m_composer, &ComposerWidget::beginEdit);
    }
    m_posted->focusList();
}

void MainWindow::editLastPost()
{
    const QString whyNot = m_composer->editBlocker();
    if (!whyNot.isEmpty()) {
        statusBar()->showMessage(whyNot);
        return;
    }
    const QString key = m_context->accounts()->currentAccountKey();
    AccountSession *session = m_context->sessions()->session(key);
    if (!session || !session->client()) {
        statusBar()->showMessage(tr("The account is not connected yet; try again in a moment."));
        return;
    }
    delete m_editLoader;
    m_editLoader = new StatusEdit(session->client(), key, this);
    // The loader goes with its client (a sign-out, a new sign-in): no answer then.
    connect(session->client(), &QObject::destroyed, m_editLoader.data(), &QObject::deleteLater);
    connect(m_editLoader, &StatusEdit::ready, this, [this](const Draft &draft) {
        m_editLoader->deleteLater();
        statusBar()->clearMessage();
        m_composer->beginEdit(draft);
    });
    connect(m_editLoader, &StatusEdit::nothingToEdit, this, [this] {
        m_editLoader->deleteLater();
        statusBar()->showMessage(tr("This account has no post to edit yet."));
    });
    connect(m_editLoader, &StatusEdit::failed, this, [this](const ApiError &error) {
        m_editLoader->deleteLater();
        statusBar()->showMessage(tr("Your last post could not be opened: %1").arg(error.message));
    });
    statusBar()->showMessage(tr("Opening your last post…"));
    m_editLoader->openLatest(session->account().accountId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_composer->saveNow();
    if (m_keepsRunningInTray) {
        event->ignore();
        hide();
        emit hiddenToTray();
        return;
    }
    if (!confirmQuitWithWaitingPosts()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
    emit closedForGood();
}

bool MainWindow::confirmQuitWithWaitingPosts()
{
    const qsizetype waiting = m_context->outbox()->entries().size();
    if (waiting == 0)
        return true;
    // Nothing is lost by quitting; the user should know that, and that the posts wait.
    return PlainMessageBox::ask(
        this, tr("Quit Posthorn"),
        tr("%n post(s) in the outbox have not gone out yet. They are kept on this "
           "computer and sent the next time you start Posthorn. Quit now?",
           nullptr, int(waiting)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_keepsRunningInTray, this);
    dialog.exec();
}

void MainWindow::ensureSearchPanel()
{
    if (m_search)
        return;
    m_search = new SearchPanel(m_splitter);
    m_splitter->addWidget(m_search);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    connect(m_search, &SearchPanel::mentionChosen, m_composer, &ComposerWidget::insertMention);
    // Back to the post, where its cursor was.
    connect(m_search, &SearchPanel::dismissed, m_composer, &ComposerWidget::focusText);
    followSearchClient();
}

void MainWindow::followSearchClient()
{
    if (!m_search)
        return;
    // Search always runs as the account the composer posts as.
    AccountSession *session =
        m_context->sessions()->session(m_context->accounts()->currentAccountKey());
    m_search->setClient(session ? session->client() : nullptr);
    m_search->setOwnAccountId(session ? session->account().accountId : QString());
    if (session) {
        session->disconnect(m_search);
        connect(session, &AccountSession::stateChanged, m_search,
                [this, session] { m_search->setClient(session->client()); });
    }
}

void MainWindow::rebuildAccountsMenu()
{
    AccountActions::clear(m_accountsMenu);
    const QList<AccountRecord> accounts = m_context->accounts()->accounts();
    AccountActions::addTo(m_accountsMenu, m_context->accounts());
    m_accountsMenu->addSeparator();
    QAction *add =
        m_accountsMenu->addAction(tr("&Add account…"), this, &MainWindow::addAccountRequested);
    add->setObjectName(QStringLiteral("addAccountAction"));
    QAction *signOut =
        m_accountsMenu->addAction(tr("&Sign out…"), this, &MainWindow::signOutCurrent);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setEnabled(!accounts.isEmpty());
}

void MainWindow::updateCurrentAccount()
{
    const QString key = m_context->accounts()->currentAccountKey();
    // The name's custom emoji are known once the session has verified the account.
    AccountSession *session = m_context->sessions()->session(key);
    if (session != m_headerSession) {
        if (m_headerSession)
            disconnect(m_headerSession, &AccountSession::detailsLoaded, this, nullptr);
        m_headerSession = session;
        if (session)
            connect(session, &AccountSession::detailsLoaded, this,
                    &MainWindow::updateCurrentAccount);
    }
    QVariantMap emoji;
    if (session) {
        const QList<CustomEmoji> custom = session->customEmojis();
        for (const CustomEmoji &one : custom) {
            const QUrl url = one.staticUrl.isValid() ? one.staticUrl : one.url;
            const QByteArray bytes = m_headerImages->image(url);
            if (bytes.isEmpty())
                m_headerImages->request(url);
            else
                emoji.insert(one.shortcode, bytes);
        }
    }
    m_account->setEmoji(emoji);
    const QList<AccountRecord> accounts = m_context->accounts()->accounts();
    for (const AccountRecord &account : accounts) {
        if (account.key() == key) {
            m_account->setText(
                tr("Posting as %1 (%2)")
                    .arg(ServerText::plain(account.displayName.isEmpty() ? account.acct
                                                                         : account.displayName),
                         ServerText::plain(account.handle())));
            return;
        }
    }
    m_account->setText(tr("No account is selected."));
}

void MainWindow::signOutCurrent()
{
    const QString key = m_context->accounts()->currentAccountKey();
    const QList<AccountRecord> accounts = m_context->accounts()->accounts();
    const auto it = std::find_if(accounts.cbegin(), accounts.cend(),
                                 [&](const AccountRecord &a) { return a.key() == key; });
    if (it == accounts.cend())
        return;
    const AccountRecord account = *it;
    if (!PlainMessageBox::ask(this, tr("Sign out"),
                              tr("Sign out of %1? Posthorn will ask the server to revoke its "
                                 "access and forget the sign-in.")
                                  .arg(ServerText::plain(account.handle()))))
        return;
    AccountSignOut *signOut = m_context->createAccountSignOut(this);
    connect(signOut, &AccountSignOut::finished, this,
            [this, signOut](bool revoked, const QString &message) {
                signOut->deleteLater();
                statusBar()->showMessage(revoked ? tr("Signed out.") : message, 8000);
                const QList<AccountRecord> remaining = m_context->accounts()->accounts();
                if (remaining.isEmpty()) {
                    emit allAccountsSignedOut();
                    return;
                }
                if (m_context->accounts()->currentAccountKey().isEmpty())
                    m_context->accounts()->setCurrentAccountKey(remaining.constFirst().key());
            });
    statusBar()->showMessage(tr("Signing out of %1…").arg(account.handle()));
    signOut->start(account);
}
