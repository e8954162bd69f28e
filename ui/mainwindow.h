#pragma once

#include <QMainWindow>
#include <QPointer>

class AppContext;
class ComposerWidget;
class OutboxView;
class PostedPanel;
class AccountSession;
class EmojiLabel;
class ImageLoader;
class QMenu;
class QSplitter;
class SearchPanel;
class StatusEdit;

// The main window: the composer with the outbox below it, account search beside it,
// and the Accounts menu: add another account, switch, sign out.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);

    void focusComposer();
    void focusOutbox();
    // Shows Posted, the current account's recent posts, with the keyboard in the list.
    void showPosted();
    // Opens the current account's newest post in the composer for editing (Ctrl+Shift+E).
    void editLastPost();
    // With a tray, closing the window hides it and Posthorn keeps running.
    void setKeepsRunningInTray(bool keeps) { m_keepsRunningInTray = keeps; }
    [[nodiscard]] ComposerWidget *composer() const { return m_composer; }

signals:
    // The user asked to add an account; GuiApplication runs the setup wizard.
    void addAccountRequested();
    // The last account was signed out; GuiApplication shows the setup wizard.
    void allAccountsSignedOut();
    // The account's sign-in is no longer valid; GuiApplication runs the wizard for it.
    void signInAgainRequested(const QString &accountKey);
    // The window was closed and Posthorn keeps running in the tray.
    void hiddenToTray();
    // The window was closed without a tray to live on: Posthorn should end.
    void closedForGood();
    // File ▸ Quit, confirmed.
    void quitRequested();
    // File ▸ Quick post: the keyboard's way to what the tray icon opens.
    void quickPostRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuildAccountsMenu();
    void updateCurrentAccount();
    void signOutCurrent();
    void showPreferences();
    [[nodiscard]] bool confirmQuitWithWaitingPosts();
    void ensureSearchPanel();
    void followSearchClient();

    AppContext *m_context;
    EmojiLabel *m_account;
    // The custom emoji of the header's name, and the session that names them.
    ImageLoader *m_headerImages;
    QPointer<AccountSession> m_headerSession;
    ComposerWidget *m_composer;
    OutboxView *m_outbox;
    QSplitter *m_splitter;
    SearchPanel *m_search = nullptr;
    // Made the first time it is asked for.
    PostedPanel *m_posted = nullptr;
    QMenu *m_accountsMenu;
    // Loading the post that Ctrl+Shift+E opens for editing.
    QPointer<StatusEdit> m_editLoader;
    bool m_keepsRunningInTray = false;
};
