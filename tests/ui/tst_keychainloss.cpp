// The keychain goes away while Posthorn runs (gnome-keyring-daemon is killed) and comes
// back later, or is locked and unlocked by the user in its own password window. This test runs its
// own D-Bus session bus and its own gnome-keyring on it, so that it can stop and start the real
// Secret Service without touching the keyring the other tests use. Posts must wait with a plain
// explanation, go out once the token can be read again, never twice, and the token must never land
// in a file.
#include "appcontext.h"
#include "mainwindow.h"
#include "namedchild.h"
#include "outbox/outbox.h"
#include "sandboxprocess.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"
#include "signedinaccount.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestKeychainLoss : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QProcess m_prompter;
    QString m_address;

    QProcessEnvironment keyringEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        // Its keyring file stays here across a restart, as a user's does.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("keyring-data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                   m_dir.filePath(QStringLiteral("keyring-run")));
        return env;
    }

    bool secretServiceOnBus() const
    {
        QDBusConnection bus =
            QDBusConnection::connectToBus(m_address, QStringLiteral("keychain-loss-probe"));
        const bool owned = bus.isConnected() && bus.interface()->isServiceRegistered(
                                                    QStringLiteral("org.freedesktop.secrets"));
        QDBusConnection::disconnectFromBus(QStringLiteral("keychain-loss-probe"));
        return owned;
    }

    bool startKeyring()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("keyring-data")));
        QDir(m_dir.filePath(QStringLiteral("keyring-run"))).mkpath(QStringLiteral("."));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("keyring-run")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_keyring.setProcessEnvironment(keyringEnvironment());
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(5000))
            return false;
        // The same password each time: a restart unlocks the same keyring file.
        m_keyring.write("keychain-loss");
        m_keyring.closeWriteChannel();
        return QTest::qWaitFor([this] { return secretServiceOnBus(); }, 10000);
    }

    // Locks the keyring as a screen lock or the user's "Lock" would: the standard
    // Secret Service call, which needs no prompt.
    bool lockKeyring() const
    {
        QDBusConnection bus =
            QDBusConnection::connectToBus(m_address, QStringLiteral("keychain-loss-lock"));
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        call << QVariant::fromValue(QList<QDBusObjectPath>{
            QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
        const QDBusMessage reply = bus.call(call);
        QDBusConnection::disconnectFromBus(QStringLiteral("keychain-loss-lock"));
        return reply.type() == QDBusMessage::ReplyMessage;
    }

    // The keyring's own password window (gcr-prompter, which a desktop session starts on
    // demand; this bus starts nothing, so it is started here), on the test's display. It
    // leaves when idle, so it is started again where needed.
    bool startPrompter()
    {
        if (m_prompter.state() != QProcess::Running) {
            m_prompter.setProcessEnvironment(keyringEnvironment());
            m_prompter.start(QStringLiteral("/usr/libexec/gcr-prompter"), {});
            if (!m_prompter.waitForStarted(5000))
                return false;
        }
        // The keyring fails the unlock at once if the prompter is not on the bus yet.
        return QTest::qWaitFor(
            [this] {
                QDBusConnection bus = QDBusConnection::connectToBus(
                    m_address, QStringLiteral("keychain-loss-prompter"));
                const bool there =
                    bus.isConnected() && bus.interface()->isServiceRegistered(
                                             QStringLiteral("org.gnome.keyring.SystemPrompter"));
                QDBusConnection::disconnectFromBus(QStringLiteral("keychain-loss-prompter"));
                return there;
            },
            10000);
    }

    static QString xdotool(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("xdotool"), args);
        p.waitForFinished(15000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    static QStringList unlockWindowIds()
    {
        return xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                        QStringLiteral("--name"), QStringLiteral("^Unlock")})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    static qsizetype unlockWindows() { return unlockWindowIds().size(); }

    // Types `password` into the keyring's window and confirms; an empty one cancels.
    static void answerUnlockWindow(const QString &password)
    {
        const QString prompt = unlockWindowIds().value(0);
        QVERIFY(!prompt.isEmpty());
        xdotool({QStringLiteral("windowactivate"), QStringLiteral("--sync"), prompt});
        if (password.isEmpty()) {
            xdotool({QStringLiteral("key"), QStringLiteral("Escape")});
            return;
        }
        xdotool(
            {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"), password});
        xdotool({QStringLiteral("key"), QStringLiteral("Return")});
    }

    void stopKeyring()
    {
        m_keyring.kill();
        m_keyring.waitForFinished(5000);
        QTRY_VERIFY_WITH_TIMEOUT(!secretServiceOnBus(), 5000);
    }

    // The access token the client sent, as the server saw it.
    QByteArray tokenSeenByServer()
    {
        const QList<QJsonObject> requests =
            m_sandbox.requestsTo(QStringLiteral("/api/v1/accounts/verify_credentials"));
        if (requests.isEmpty())
            return {};
        const QString header = requests.constLast()
                                   .value(QLatin1String("headers"))
                                   .toObject()
                                   .value(QLatin1String("authorization"))
                                   .toString();
        return header.section(QLatin1Char(' '), 1).toUtf8();
    }

    // Every file Posthorn keeps (settings, data, cache) that holds `secret`.
    static QStringList filesHolding(const QByteArray &secret)
    {
        QStringList found;
        for (const auto location :
             {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
              QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                    found << file.fileName();
            }
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        // A bus that starts no service on demand: a session bus would start a new,
        // locked gnome-keyring as soon as the killed one is asked for, and a locked
        // keyring answers only after D-Bus's 25-second timeout.
        QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(
                         "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                         "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/"
                         "busconfig.dtd\"><busconfig><type>session</type>"
                         "<listen>unix:path=%1</listen><auth>EXTERNAL</auth>"
                         "<policy context=\"default\"><allow send_destination=\"*\" "
                         "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                         "</policy>"
                         "</busconfig>")
                         .arg(m_dir.filePath(QStringLiteral("bus")))
                         .toUtf8());
        config.close();
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--config-file=") + config.fileName(),
                     QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted(5000));
        QTRY_VERIFY(m_bus.canReadLine());
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        // Before anything in this process asks for the keychain: libsecret connects to
        // the session bus once and keeps that connection.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        QVERIFY(startKeyring());
    }

    void cleanupTestCase()
    {
        m_prompter.kill();
        m_prompter.waitForFinished(5000);
        m_keyring.kill();
        m_keyring.waitForFinished(5000);
        m_bus.kill();
        m_bus.waitForFinished(5000);
    }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QSettings().clear();
        if (m_keyring.state() != QProcess::Running)
            QVERIFY(startKeyring());
    }

    void postsGoOnWhenTheKeychainGoesAwayAfterSignIn()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        MainWindow window(&context);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        stopKeyring();

        // The token read at start is all a session needs; the keychain is not asked again.
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Posted while the keychain is gone"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        const QByteArray token = tokenSeenByServer();
        QVERIFY(!token.isEmpty());
        QVERIFY2(filesHolding(token).isEmpty(), qPrintable(filesHolding(token).join(u' ')));
    }

    void postsWaitForTheKeychainAndGoOutOnceItIsBack()
    {
        AppContext context;
        AccountRecord account;
        QVERIFY(SignedInAccount::add(context, m_sandbox, &account));
        // A post left in the outbox by the last run, and the keychain not there at start.
        Draft draft;
        draft.accountKey = account.key();
        draft.parts = {QStringLiteral("Waited for the keychain")};
        QVERIFY(!context.outbox()->enqueue(draft).isEmpty());
        stopKeyring();

        MainWindow window(&context);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        AccountSession *session = context.sessions()->session(account.key());
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AccountSession::State::Failed, 10000);

        // What the user reads once they type: why nothing is posted, and that it waits.
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Typed while the keychain is gone"));
        auto *problem = namedChild<QLabel>(&window, "composerProblem");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("keychain")) &&
                     problem->text().contains(QLatin1String("wait")),
                 qPrintable(problem->text()));
        QVERIFY(!namedChild<QPushButton>(&window, "postButton")->isEnabled());
        QCOMPARE(namedChild<QListWidget>(&window, "outboxList")->count(), 1);
        QCOMPARE(m_sandbox.statuses().size(), 0);

        // The keychain is started again (a user unlocking it, a daemon restarted): the
        // session finds the token by itself, and the waiting post goes out once.
        QVERIFY(startKeyring());
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AccountSession::State::Ready, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QTRY_VERIFY(!problem->isVisible());
        // What was typed meanwhile is still there, and posts now.
        QCOMPARE(text->toPlainText(), QStringLiteral("Typed while the keychain is gone"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 2, 10000);
        const QByteArray token = tokenSeenByServer();
        QVERIFY(!token.isEmpty());
        QVERIFY2(filesHolding(token).isEmpty(), qPrintable(filesHolding(token).join(u' ')));
    }

    void postsWaitWhileTheKeychainIsLockedAndGoOutOnceTheUserUnlocksIt()
    {
        AppContext context;
        AccountRecord account;
        QVERIFY(SignedInAccount::add(context, m_sandbox, &account));
        Draft draft;
        draft.accountKey = account.key();
        draft.parts = {QStringLiteral("Waited for the unlock")};
        QVERIFY(!context.outbox()->enqueue(draft).isEmpty());
        QVERIFY(lockKeyring());
        QVERIFY(startPrompter());

        MainWindow window(&context);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        AccountSession *session = context.sessions()->session(account.key());
        QVERIFY(session);
        // The keyring puts up its password window; Posthorn says what it waits for.
        QTRY_VERIFY2_WITH_TIMEOUT(
            unlockWindows() == 1,
            qPrintable(QStringLiteral("session %1: %2")
                           .arg(int(session->state()))
                           .arg(QString::fromLocal8Bit(m_prompter.readAllStandardError()))),
            15000);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AccountSession::State::WaitingForKeychain,
                                  5000);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Typed while the keychain is locked"));
        auto *problem = namedChild<QLabel>(&window, "composerProblem");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("Unlock your keychain")) &&
                     problem->text().contains(QLatin1String("wait")),
                 qPrintable(problem->text()));
        QVERIFY(!namedChild<QPushButton>(&window, "postButton")->isEnabled());
        if (const QString shots = qEnvironmentVariable("POSTHORN_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/keychain-waiting.png")));
        // Fixed wait: checks that nothing happens for longer than the pause before a
        // failed read is retried: one password window however long the user takes, as the
        // read that waits is not made again.
        QTest::qWait(int(AccountSession::retryDelay.count()) + 500);
        QCOMPARE(unlockWindows(), 1);
        QCOMPARE(m_sandbox.statuses().size(), 0);

        // The user closes the password window: the sign-in is not "gone" (libsecret says
        // "nothing stored"), the post waits, and Posthorn does not ask again by itself.
        answerUnlockWindow({});
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AccountSession::State::Failed, 10000);
        QVERIFY(session->waitsForUser());
        QTRY_VERIFY2(problem->text().contains(QLatin1String("stayed locked")),
                     qPrintable(problem->text()));
        auto *unlock = namedChild<QPushButton>(&window, "unlockKeychainButton");
        QVERIFY(unlock->isVisible());
        if (const QString shots = qEnvironmentVariable("POSTHORN_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/keychain-stayed-locked.png")));
        QVERIFY(!namedChild<QPushButton>(&window, "signInAgainButton")->isVisible());
        // Fixed wait: checks that nothing happens for longer than the pause before a
        // failed read is retried: no window comes back.
        QTest::qWait(int(AccountSession::retryDelay.count()) + 500);
        QCOMPARE(unlockWindows(), 0);
        QCOMPARE(m_sandbox.statuses().size(), 0);

        // "Unlock keychain" asks again; the user types the keyring's password.
        QVERIFY(startPrompter());
        unlock->click();
        QTRY_COMPARE_WITH_TIMEOUT(unlockWindows(), 1, 15000);
        answerUnlockWindow(QStringLiteral("keychain-loss"));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AccountSession::State::Ready, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QTRY_VERIFY(!problem->isVisible());
        QVERIFY(!unlock->isVisible());
        QCOMPARE(text->toPlainText(), QStringLiteral("Typed while the keychain is locked"));
        const QByteArray token = tokenSeenByServer();
        QVERIFY(!token.isEmpty());
        QVERIFY2(filesHolding(token).isEmpty(), qPrintable(filesHolding(token).join(u' ')));
    }
};

QTEST_MAIN(TestKeychainLoss)
#include "tst_keychainloss.moc"
