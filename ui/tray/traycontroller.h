#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

class AppContext;
class NotificationMarkup;
class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

// Posthorn in the system tray: owns the icon and its menu (quick post, open, the
// accounts, the outbox count, quit) and tells the user, through the tray's messages,
// what happened to their posts while no window of Posthorn was in front.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    enum class Badge { None, Waiting, Failed };

    explicit TrayController(AppContext *context, QObject *parent = nullptr);
    ~TrayController() override;

    // A tray host is there: the icon shows (or is about to), and closing the main
    // window keeps Posthorn running.
    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] QSystemTrayIcon *icon() const { return m_icon; }
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] Badge badge() const { return m_badge; }

    // While it is the active window, its composer shows what happened to a post, and
    // no message repeats it.
    void setMainWindow(QWidget *mainWindow) { m_mainWindow = mainWindow; }

    // Shows a message from the tray; a click on it runs `onClick`.
    void notify(const QString &title, const QString &text, std::function<void()> onClick = {});

signals:
    void quickPostRequested();
    void openRequested();
    // Posted: the main window's list of the account's recent posts.
    void postedRequested();
    // The user wants to see the outbox (a failed post, the waiting count).
    void outboxRequested();
    void signInRequested(const QString &accountKey);
    void quitRequested();

private:
    void rebuildMenu();
    void updateOutbox();
    void onPosted(const QString &entryId, const QUrl &url, const QDateTime &scheduledAt);
    void onEntryChanged(const QString &entryId);
    void onSignInRequired(const QString &accountKey);
    // A post waiting out its undo delay: the message takes it back when clicked.
    void offerUndo(const QString &entryId);
    [[nodiscard]] bool userWatchesMainWindow() const;
    [[nodiscard]] static QIcon badgedIcon(Badge badge);

    AppContext *m_context;
    QPointer<QWidget> m_mainWindow;
    // A tray host was there at start-up.
    bool m_available;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    NotificationMarkup *m_markup;
    QAction *m_outboxAction = nullptr;
    Badge m_badge = Badge::None;
    QHash<Badge, QIcon> m_icons;
    std::function<void()> m_messageAction;
    // Told once per failure and per sign-in, not at every retry.
    QSet<QString> m_failedNotified;
    QSet<QString> m_signInNotified;
};
