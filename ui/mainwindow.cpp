#include "mainwindow.h"

#include "appcontext.h"
#include "auth/accountsignout.h"
#include "settings/accountstore.h"

#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setWindowTitle(tr("Posthorn"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_account = new QLabel(central);
    m_account->setObjectName(QStringLiteral("currentAccount"));
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_account);

    m_text = new QPlainTextEdit(central);
    m_text->setObjectName(QStringLiteral("composerText"));
    m_text->setAccessibleName(tr("Post text"));
    m_text->setPlaceholderText(tr("What's on your mind?"));
    layout->addWidget(m_text, 1);

    m_post = new QPushButton(tr("&Post"), central);
    m_post->setObjectName(QStringLiteral("postButton"));
    m_post->setAccessibleName(tr("Post"));
    m_post->setEnabled(false);
    layout->addWidget(m_post, 0, Qt::AlignRight);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    m_accountsMenu = menuBar()->addMenu(tr("&Accounts"));
    m_accountsMenu->setObjectName(QStringLiteral("accountsMenu"));

    const auto refresh = [this] {
        rebuildAccountsMenu();
        updateCurrentAccount();
    };
    connect(m_context->accounts(), &AccountStore::accountsChanged, this, refresh);
    connect(m_context->accounts(), &AccountStore::currentAccountChanged, this, refresh);
    rebuildAccountsMenu();
    updateCurrentAccount();
    resize(560, 420);
}

void MainWindow::focusComposer()
{
    raise();
    activateWindow();
    m_text->setFocus();
}

void MainWindow::rebuildAccountsMenu()
{
    m_accountsMenu->clear();
    const QList<AccountRecord> accounts = m_context->accounts()->accounts();
    const QString current = m_context->accounts()->currentAccountKey();
    auto *group = new QActionGroup(m_accountsMenu);
    for (const AccountRecord &account : accounts) {
        QAction *action = m_accountsMenu->addAction(account.handle());
        action->setCheckable(true);
        action->setChecked(account.key() == current);
        action->setActionGroup(group);
        const QString key = account.key();
        connect(action, &QAction::triggered, this,
                [this, key] { m_context->accounts()->setCurrentAccountKey(key); });
    }
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
    const QList<AccountRecord> accounts = m_context->accounts()->accounts();
    for (const AccountRecord &account : accounts) {
        if (account.key() == key) {
            m_account->setText(
                tr("Posting as %1 (%2)")
                    .arg(account.displayName.isEmpty() ? account.acct : account.displayName,
                         account.handle()));
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
    if (QMessageBox::question(this, tr("Sign out"),
                              tr("Sign out of %1? Posthorn will ask the server to revoke its "
                                 "access and forget the sign-in.")
                                  .arg(account.handle())) != QMessageBox::Yes)
        return;
    auto *signOut =
        new AccountSignOut(m_context->network(), m_context->secrets(), m_context->accounts(), this);
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
