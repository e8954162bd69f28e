// Keyboard papercuts a keyboard user meets in the first minutes (issue 21), checked in
// the real main window against the sandbox, typed with QTest as a user types.
#include "appcontext.h"
#include "appshell.h"
#include "launch/launchrequest.h"
#include "mainwindow.h"
#include "namedchild.h"
#include "sandboxprocess.h"
#include "settings/accountstore.h"
#include "signedinaccount.h"
#include "text/emojilabel.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

class TestKeyboardPapercuts : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QSettings().clear();
    }

    void typingOnTheSignedInPageGoesOnInTheComposer()
    {
        AppContext context;
        AppShell shell(&context);
        // First run: the shell shows the wizard.
        shell.start(LaunchRequest());
        SetupWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = qobject_cast<SetupWizard *>(QApplication::activeWindow())));
        // Signed in (the sign-in itself is tst_setup_e2e's): the last page, as the
        // wizard shows it once the server said yes.
        AccountRecord account;
        QVERIFY(SignedInAccount::add(context, m_sandbox, &account));
        wizard->setAccount(account);
        wizard->setStartId(SetupWizard::FinishPageId);
        wizard->restart();
        QTRY_COMPARE(wizard->currentId(), int(SetupWizard::FinishPageId));

        // The user starts their first post at once. Spaces do not press the focused
        // button, and nothing typed is lost while the page stays.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Hello from thw"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("e desk"));
        QVERIFY(wizard->isVisible());
        QPointer<SetupWizard> watched(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!watched || !watched->isVisible(), 10000);
        QTRY_VERIFY(shell.mainWindow() && shell.mainWindow()->isVisible());
        auto *text = namedChild<QPlainTextEdit>(shell.mainWindow(), "composerText");
        QCOMPARE(text->toPlainText(), QStringLiteral("Hello from the desk"));
        QTRY_COMPARE(QApplication::focusWidget(), text);
    }

    void headerShowsTheNamesCustomEmojiAsPictures()
    {
        AppContext context;
        AccountRecord account;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox, &account));
        // The name as the server gives it, with the instance's :posthorn: emoji.
        account.displayName = QStringLiteral("Demo :posthorn:");
        context.accounts()->save(account);
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *header = namedChild<EmojiLabel>(&window, "currentAccount");
        // Once the picture has arrived, the shortcode is drawn as it, as in search.
        QTRY_COMPARE_WITH_TIMEOUT(
            header->shownText(),
            QStringLiteral("Posting as Demo \uFFFC (%1)").arg(account.handle()), 10000);
        QCOMPARE(header->text(),
                 QStringLiteral("Posting as Demo :posthorn: (%1)").arg(account.handle()));
        const QString screenshots = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
        if (!screenshots.isEmpty()) {
            QDir().mkpath(screenshots);
            QVERIFY(window.grab().save(screenshots + QStringLiteral("/header-emoji.png")));
        }
    }

    void escapeInTheSearchFieldGoesBackToThePostAtItsCursor()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        MainWindow window(&context);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Hello from the desk"));
        // The cursor after "Hello", where the user means to go on.
        QTest::keyClick(text, Qt::Key_Home);
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(text, Qt::Key_Right);

        QTest::keyClick(text, Qt::Key_K, Qt::ControlModifier);
        auto *field = namedChild<QLineEdit>(&window, "searchField");
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QTest::keyClicks(field, QStringLiteral("ali"));
        auto *results = namedChild<QListView>(&window, "searchResults");
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 0, 10000);
        // The first Escape clears the search and stays; the second goes back.
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(field->text(), QString());
        QCOMPARE(QApplication::focusWidget(), field);
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), text);
        QTest::keyClicks(text, QStringLiteral(","));
        QCOMPARE(text->toPlainText(), QStringLiteral("Hello, from the desk"));

        // Escape in an empty field goes back at once, and Ctrl+Return then posts.
        QTest::keyClick(text, Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), text);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QCOMPARE(m_sandbox.statuses().first()[QStringLiteral("text")].toString(),
                 QStringLiteral("Hello, from the desk"));
    }
};

QTEST_MAIN(TestKeyboardPapercuts)
#include "tst_keyboardpapercuts.moc"
