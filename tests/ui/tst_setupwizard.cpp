#include "appcontext.h"
#include "mainwindow.h"
#include "namedchild.h"
#include "sandboxprocess.h"
#include "settings/accountstore.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QtTest>

// The wizard's pages as a user meets them, typed into with QTest, against the sandbox.
class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    // Shown and given the keyboard, as the app does at first run.
    static bool showActive(QWidget &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    // Types into the address field and presses Return, as a user would.
    static QLineEdit *typeAddress(SetupWizard &wizard, const QString &text)
    {
        auto *address = namedChild<QLineEdit>(&wizard, "instanceAddress");
        QTest::keyClicks(address, text);
        QTest::keyClick(address, Qt::Key_Return);
        return address;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        // No posthorn-signin here: the wizard must say so plainly, not hang.
        qputenv("POSTHORN_SIGNIN_PATH", "/nonexistent/posthorn-signin");
    }

    void addressFieldHasFocusFirst()
    {
        AppContext context;
        SetupWizard wizard(&context);
        QVERIFY(showActive(wizard));
        QCOMPARE(QApplication::focusWidget(), namedChild<QLineEdit>(&wizard, "instanceAddress"));
    }

    void badAddressesStayWithAMessage_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("http elsewhere") << "http://mastodon.social"
                                        << "https://mastodon.social";
        QTest::newRow("nothing listening") << "http://127.0.0.1:1"
                                           << "127.0.0.1";
        QTest::newRow("no such host") << "mastodon.invalid"
                                      << "mastodon.invalid";
    }

    void badAddressesStayWithAMessage()
    {
        QFETCH(QString, typed);
        QFETCH(QString, mentioned);
        AppContext context;
        SetupWizard wizard(&context);
        QVERIFY(showActive(wizard));
        auto *address = typeAddress(wizard, typed);
        auto *message = namedChild<QLabel>(&wizard, "instanceMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(mentioned) &&
                                     !message->text().startsWith(QStringLiteral("Looking up")),
                                 20000);
        QCOMPARE(wizard.currentId(), int(SetupWizard::InstancePageId));
        QCOMPARE(address->text(), typed); // what was typed is kept for correcting
    }

    void returnMovesOnToSignInWithTheServerShown()
    {
        AppContext context;
        SetupWizard wizard(&context);
        QVERIFY(showActive(wizard));
        typeAddress(wizard, m_sandbox.baseUrl().toString());
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::SignInPageId), 20000);
        QVERIFY(namedChild<QLabel>(&wizard, "instanceSummary")
                    ->text()
                    .contains(QStringLiteral("Posthorn Sandbox")));
        // The keychain is checked, Posthorn registered, and the missing sign-in window
        // reported with a way forward.
        auto *status = namedChild<QLabel>(&wizard, "signInStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("could not be started")),
                                 20000);
        QVERIFY(namedChild<QPushButton>(&wizard, "retrySignIn")->isVisible());
        QVERIFY(namedChild<QPushButton>(&wizard, "useSystemBrowser")->isVisible());
    }

    // Runs this binary again with no session bus, so that no keychain can answer.
    void missingKeychainIsExplainedAndSessionOnlyGoesOn()
    {
        if (qEnvironmentVariableIsSet("POSTHORN_CHILD_NO_KEYCHAIN"))
            QSKIP("runs in the parent only");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("POSTHORN_CHILD_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/posthorn-no-bus"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("childWithoutKeychain")});
        QVERIFY(child.waitForFinished(90000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("PASS   : TestSetupWizard::childWithoutKeychain")),
                 qPrintable(out));
    }

    void childWithoutKeychain()
    {
        if (!qEnvironmentVariableIsSet("POSTHORN_CHILD_NO_KEYCHAIN"))
            QSKIP("runs in the child of missingKeychainIsExplainedAndSessionOnlyGoesOn");
        AppContext context;
        SetupWizard wizard(&context);
        QVERIFY(showActive(wizard));
        typeAddress(wizard, m_sandbox.baseUrl().toString());
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::SignInPageId), 20000);

        // Plain words: which service is missing and how to start it.
        auto *message = namedChild<QLabel>(&wizard, "keychainMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30000);
        QVERIFY2(message->text().contains(QStringLiteral("gnome-keyring-daemon")),
                 qPrintable(message->text()));
        QVERIFY(!context.usesSessionSecrets());
        QVERIFY(!namedChild<QPushButton>(&wizard, "useSystemBrowser")->isVisible());

        // Keeping the sign-in for this session goes on to sign in, with secrets in memory.
        namedChild<QPushButton>(&wizard, "keychainSessionOnly")->click();
        QVERIFY(context.usesSessionSecrets());
        QVERIFY(!message->isVisible());
        auto *status = namedChild<QLabel>(&wizard, "signInStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("could not be started")),
                                 20000);
        // Posthorn registered itself on the server; its secret went to memory, not a file.
        const QJsonArray log = m_sandbox.requests();
        bool registered = false;
        for (const QJsonValue &r : log)
            registered =
                registered || r[QStringLiteral("path")].toString() == QLatin1String("/api/v1/apps");
        QVERIFY(registered);
    }

    void mainWindowFocusesTheComposer()
    {
        AppContext context;
        MainWindow window(&context);
        window.show();
        window.focusComposer();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(QApplication::focusWidget(), namedChild<QPlainTextEdit>(&window, "composerText"));
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
