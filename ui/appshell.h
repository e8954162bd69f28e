#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class AppContext;
class MainWindow;
class QuickPostWindow;
class TrayController;
struct LaunchRequest;

// What the user sees of a running Posthorn and when: the setup wizard while no account
// exists, the main window, the tray and its quick-post window. It answers the requests
// of the command line, at start and from every later `posthorn` started meanwhile.
class AppShell final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppShell)

public:
    explicit AppShell(AppContext *context, QObject *parent = nullptr);
    ~AppShell() override;

    // The request of the command line that started this process.
    void start(const LaunchRequest &request);
    // A request handed over by a later `posthorn`.
    void handle(const LaunchRequest &request);

    // Null until the main window was first shown.
    [[nodiscard]] MainWindow *mainWindow() const;
    // Made on first use, or just after the first window: asking whether a tray
    // exists and building its menu cost start-up time (measured, tests/bench).
    TrayController *tray();
    // Null until the first quick post.
    [[nodiscard]] QuickPostWindow *quickPost() const;

private:
    void quit();
    MainWindow *ensureMainWindow();
    [[nodiscard]] bool mainWindowVisible() const;
    void runSetup(const QString &address = {});
    void showMainWindow();
    // With the xdg-activation token a later `posthorn` passed on (see WindowActivation).
    void showMainWindowActivatedBy(const QString &activationToken);
    void showOutbox();
    void showPosted();
    void showQuickPost(const QString &sharedText, const QString &activationToken = {});
    // `posthorn --reply-to URL` or `--quote URL`: the main composer, replying or quoting.
    void openLink(const LaunchRequest &request);
    void signInAgain(const QString &accountKey);
    void onMainWindowHidden();
    void onQuickPostDismissed();
    [[nodiscard]] bool hasAccounts() const;

    AppContext *m_context;
    QPointer<MainWindow> m_window;
    TrayController *m_tray = nullptr;
    QPointer<QuickPostWindow> m_quickPost;
    // Shared while setup was still running; it goes to the quick post after sign-in.
    QString m_sharedDuringSetup;
    bool m_quickPostAfterSetup = false;
    bool m_setupRunning = false;
};
