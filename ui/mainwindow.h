#pragma once

#include <QMainWindow>

class AppContext;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;

// The main window: the composer (its posting arrives with the composer work) and the
// Accounts menu: add another account, switch, sign out.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);

    void focusComposer();

signals:
    // The user asked to add an account; GuiApplication runs the setup wizard.
    void addAccountRequested();
    // The last account was signed out; GuiApplication shows the setup wizard.
    void allAccountsSignedOut();

private:
    void rebuildAccountsMenu();
    void updateCurrentAccount();
    void signOutCurrent();

    AppContext *m_context;
    QLabel *m_account;
    QPlainTextEdit *m_text;
    QPushButton *m_post;
    QMenu *m_accountsMenu;
};
