// The tray and the quick-post window in this process, with the tray host of the
// headless session (trayer): the icon really embeds, its menu is the real one, and
// posts go to the sandbox with the token in the session's keychain.
#include "appcontext.h"
#include "appshell.h"
#include "compose/composerwidget.h"
#include "launch/launchrequest.h"
#include "mainwindow.h"
#include "outbox/outbox.h"
#include "sandboxprocess.h"
#include "settings/apppreferences.h"
#include "signedinaccount.h"
#include "tray/quickpostwindow.h"
#include "tray/traycontroller.h"
#include "xdotool.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QtTest>

// Receives the links Posthorn asks the desktop to open.
class OpenedLinks : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestTray : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    OpenedLinks m_links;

    static QAction *action(QMenu *menu, const char *name)
    {
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions) {
            if (a->objectName() == QLatin1String(name))
                return a;
        }
        return nullptr;
    }

    // The tray's message balloon on screen, or null.
    static QWidget *balloon()
    {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (w->inherits("QBalloonTip") && w->isVisible())
                return w;
        }
        return nullptr;
    }

    static QString balloonText()
    {
        QWidget *tip = balloon();
        QStringList texts;
        if (tip) {
            const QList<QLabel *> labels = tip->findChildren<QLabel *>();
            for (const QLabel *label : labels)
                texts << label->text();
        }
        return texts.join(QLatin1Char('\n'));
    }

    static QPlainTextEdit *quickText(AppShell &shell)
    {
        return shell.quickPost()->findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
    }

    static void grabIfAsked(QWidget &window, const QString &name)
    {
        const QString directory = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QDir().mkpath(directory);
        QVERIFY(window.grab().save(directory + QLatin1Char('/') + name));
    }

private slots:
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        // The headless session runs trayer, and starts it again when it exits (it has
        // been seen to, after other tests killed Posthorns whose icons it held).
        QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(),
                                  "the headless session runs trayer", 20000);
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_links, "open");
    }

    void init()
    {
        m_sandbox.reset();
        m_links.urls.clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QSettings().clear();
    }

    void iconEmbedsWithItsMenu()
    {
        AppContext context;
        AccountRecord account;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox, &account));
        AppShell shell(&context);
        shell.start(LaunchRequest());
        TrayController *tray = shell.tray();
        QVERIFY(tray->isAvailable());
        QTRY_VERIFY(tray->icon()->isVisible());
        // Embedded in the tray host, which gave it a place on the screen.
        QTRY_VERIFY_WITH_TIMEOUT(!tray->icon()->geometry().isEmpty(), 5000);
        QVERIFY(shell.mainWindow()->isVisible());

        QMenu *menu = tray->menu();
        QVERIFY(action(menu, "trayQuickPost"));
        QVERIFY(action(menu, "trayOpen"));
        QVERIFY(action(menu, "trayQuit"));
        QAction *accountAction = action(menu, "trayAccount");
        QVERIFY(accountAction);
        QCOMPARE(accountAction->text(), account.handle());
        QVERIFY(accountAction->isChecked());
        QAction *outbox = action(menu, "trayOutbox");
        QVERIFY(outbox);
        QVERIFY(!outbox->isEnabled());
        QCOMPARE(tray->badge(), TrayController::Badge::None);

        if (!qEnvironmentVariableIsEmpty("POSTHORN_SCREENSHOTS")) {
            menu->popup(tray->icon()->geometry().bottomLeft());
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            Xdotool::screenshot(QStringLiteral("root"), QStringLiteral("tray-menu"),
                                QStringLiteral("520x360+0+0"));
            menu->hide();
        }

        // A left click on the icon asks for a quick post.
        QSignalSpy quickPost(tray, &TrayController::quickPostRequested);
        emit tray->icon()->activated(QSystemTrayIcon::Trigger);
        QCOMPARE(quickPost.size(), 1);
        QTRY_VERIFY(shell.quickPost() && shell.quickPost()->isVisible());
    }

    void waitingPostsShowInMenuAndIcon()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        context.outbox()->setRetryDelay(std::chrono::milliseconds(300));
        // The server is down for the first two tries.
        m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), 503},
                            {QStringLiteral("count"), 2},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/statuses")}});
        AppShell shell(&context);
        shell.start(LaunchRequest());
        TrayController *tray = shell.tray();
        QVERIFY(QTest::qWaitForWindowActive(shell.mainWindow()));
        auto *text =
            shell.mainWindow()->findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
        QTest::keyClicks(text, QStringLiteral("Waits a little"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

        QAction *outbox = action(tray->menu(), "trayOutbox");
        QTRY_COMPARE(tray->badge(), TrayController::Badge::Waiting);
        QVERIFY(outbox->isEnabled());
        QVERIFY2(outbox->text().startsWith(QLatin1String("1 post")), qPrintable(outbox->text()));
        QVERIFY(tray->icon()->toolTip().contains(QLatin1String("waiting")));

        // Once it went out, the icon is plain again and the outbox empty.
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QTRY_COMPARE(tray->badge(), TrayController::Badge::None);
        QVERIFY(!outbox->isEnabled());
    }

    void trayEntryOpensPostedWithTheAccountsPosts()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        AppShell shell(&context);
        shell.start(LaunchRequest());
        TrayController *tray = shell.tray();
        QVERIFY(QTest::qWaitForWindowActive(shell.mainWindow()));
        auto *text =
            shell.mainWindow()->findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
        QTest::keyClicks(text, QStringLiteral("Seen from the tray"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        shell.mainWindow()->hide();

        QAction *posted = action(tray->menu(), "trayPosted");
        QVERIFY(posted);
        posted->trigger();
        QTRY_VERIFY(shell.mainWindow()->isVisible());
        auto *list = shell.mainWindow()->findChild<QListWidget *>(QStringLiteral("postedList"));
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 10000);
        QVERIFY(list->item(0)->text().contains(QLatin1String("Seen from the tray")));
        // The keyboard goes to the list once the window manager has activated the window.
        QTRY_COMPARE(shell.mainWindow()->focusWidget(), list);
    }

    void quickPostKeepsTextAndSharesAddUp()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        AppShell shell(&context);
        // As a user meets it: the icon is in the tray when posts are confirmed.
        QTRY_VERIFY(!shell.tray()->icon()->geometry().isEmpty());
        LaunchRequest request;
        request.quickPost = true;
        request.shareText = QStringLiteral("Shared first");
        shell.start(request);
        // A quick post alone: the main window stays away.
        QVERIFY(shell.quickPost());
        QVERIFY(QTest::qWaitForWindowExposed(shell.quickPost()));
        QVERIFY(!shell.mainWindow() || !shell.mainWindow()->isVisible());
        QPlainTextEdit *text = quickText(shell);
        QCOMPARE(text->toPlainText(), QStringLiteral("Shared first"));

        // A second share is added, never written over the first.
        request.shareText = QStringLiteral("then this");
        shell.handle(request);
        QCOMPARE(text->toPlainText(), QStringLiteral("Shared first\n\nthen this"));

        // Escape hides; the text stays, also on disk.
        QVERIFY(QTest::qWaitForWindowActive(shell.quickPost()));
        QTest::keyClick(text, Qt::Key_Escape);
        QVERIFY(!shell.quickPost()->isVisible());
        QCOMPARE(text->toPlainText(), QStringLiteral("Shared first\n\nthen this"));
        grabIfAsked(*shell.quickPost(), QStringLiteral("quick-post-window.png"));

        // Shown again, the text field is the one that takes the keys. (Whether the
        // window manager gives the window the keyboard is tst_tray_e2e's question.)
        shell.handle(LaunchRequest{true, false, QString(), QString(), QString(), QString()});
        QVERIFY(QTest::qWaitForWindowExposed(shell.quickPost()));
        QCOMPARE(shell.quickPost()->focusWidget(), text);
        QTest::mouseClick(shell.quickPost()->findChild<QPushButton *>(QStringLiteral("postButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QCOMPARE(m_sandbox.statuses().first()[QStringLiteral("text")].toString(),
                 QStringLiteral("Shared first\n\nthen this"));
        // Confirmed: the window goes, empty for the next post, and the tray says so;
        // a click on the message opens the post.
        QTRY_VERIFY(!shell.quickPost()->isVisible());
        QVERIFY(text->toPlainText().isEmpty());
        QTRY_VERIFY(balloon());
        QVERIFY2(balloonText().contains(QLatin1String("Post published")),
                 qPrintable(balloonText()));
        QTest::mouseClick(balloon(), Qt::LeftButton);
        QTRY_COMPARE(m_links.urls.size(), 1);
        QCOMPARE(m_links.urls.first().host(), m_sandbox.baseUrl().host());
        QVERIFY(m_links.urls.first().path().contains(
            m_sandbox.statuses().first()[QStringLiteral("id")].toString()));
    }

    void quickPostFromTheKeyboard()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        AppShell shell(&context);
        shell.start(LaunchRequest());
        QVERIFY(QTest::qWaitForWindowActive(shell.mainWindow()));
        QVERIFY(!shell.quickPost());
        QTest::keyClick(shell.mainWindow(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(shell.quickPost() && shell.quickPost()->isVisible());
        QCOMPARE(shell.quickPost()->focusWidget(), quickText(shell));
        // Its heading reads as words, not as the markup it once showed.
        auto *title = shell.quickPost()->findChild<QLabel *>(QStringLiteral("quickPostTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Quick post"));
        QVERIFY(title->font().bold());
    }

    void closingKeepsPosthornInTheTrayAndSaysSoOnce()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        AppShell shell(&context);
        shell.start(LaunchRequest());
        MainWindow *window = shell.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(!shell.tray()->icon()->geometry().isEmpty());
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        QSignalSpy quit(qApp, &QCoreApplication::aboutToQuit);

        window->close();
        QVERIFY(!window->isVisible());
        QTRY_VERIFY(balloon());
        QVERIFY2(balloonText().contains(QLatin1String("still running")), qPrintable(balloonText()));
        QVERIFY(AppPreferences::closeToTrayExplained());

        // A click on the message brings the window back (and closes the message).
        QTest::mouseClick(balloon(), Qt::LeftButton);
        QTRY_VERIFY(window->isVisible());
        QTRY_VERIFY(!balloon());

        // Closed again: no second message. Fixed wait: checks that none comes late.
        window->close();
        QVERIFY(!window->isVisible());
        QTest::qWait(300);
        QVERIFY(!balloon());
        QCOMPARE(quit.size(), 0);
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
