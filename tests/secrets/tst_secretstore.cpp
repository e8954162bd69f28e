#include "secrets/keychainprobe.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/sessionsecretstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>
#include <QUuid>

// The real keychain: the Secret Service (gnome-keyring) of the headless test session.
// A unique service name per run keeps runs apart; the code under test is the same.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QString m_service =
        QStringLiteral("PosthornTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    static SecretResult wait(SecretJob *job)
    {
        QSignalSpy spy(job, &SecretJob::finished);
        if (!spy.wait(20000))
            return SecretResult::failure(SecretResult::Status::Failed, QStringLiteral("timeout"));
        return spy.constFirst().constFirst().value<SecretResult>();
    }

    static SecretResult probe(SecretStore *store,
                              std::chrono::milliseconds timeout = std::chrono::seconds(15))
    {
        KeychainProbe probe(store);
        probe.setTimeout(timeout);
        QSignalSpy spy(&probe, &KeychainProbe::finished);
        probe.start();
        if (!spy.wait(20000))
            return SecretResult::failure(SecretResult::Status::Failed, QStringLiteral("timeout"));
        return spy.constFirst().constFirst().value<SecretResult>();
    }

    // What the Secret Service itself holds, asked with libsecret's own tool.
    QString lookupWithSecretTool(const QString &key) const
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                    QStringLiteral("user"), key});
        tool.waitForFinished(10000);
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

private slots:
    void initTestCase() { qRegisterMetaType<SecretResult>(); }

    void writeReadRemoveRoundTrip()
    {
        KeychainSecretStore store(m_service);
        const QString key = QStringLiteral("token/example.social/1");
        const QString secret = QStringLiteral("tok-") + QUuid::createUuid().toString();

        QVERIFY(wait(store.write(key, secret)).ok());
        const SecretResult read = wait(store.read(key));
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, secret);
        QCOMPARE(lookupWithSecretTool(key), secret);

        QVERIFY(wait(store.remove(key)).ok());
        QCOMPARE(wait(store.read(key)).status, SecretResult::Status::NotFound);
        QCOMPARE(lookupWithSecretTool(key), QString());
    }

    void overwriteKeepsTheLatest()
    {
        KeychainSecretStore store(m_service);
        const QString key = QStringLiteral("secret/overwrite");
        QVERIFY(wait(store.write(key, QStringLiteral("first-value"))).ok());
        QVERIFY(wait(store.write(key, QStringLiteral("second-value"))).ok());
        QCOMPARE(wait(store.read(key)).secret, QStringLiteral("second-value"));
        QVERIFY(wait(store.remove(key)).ok());
    }

    void readingAMissingKeyIsNotFound()
    {
        KeychainSecretStore store(m_service);
        const SecretResult r = wait(store.read(QStringLiteral("never/written")));
        QCOMPARE(r.status, SecretResult::Status::NotFound);
        QVERIFY(!r.message.isEmpty());
    }

    void secretsNeverReachAFile()
    {
        KeychainSecretStore store(m_service);
        const QString secret = QStringLiteral("needle-") + QUuid::createUuid().toString();
        QVERIFY(wait(store.write(QStringLiteral("needle"), secret)).ok());

        const QList<QStandardPaths::StandardLocation> places = {
            QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
            QStandardPaths::GenericCacheLocation, QStandardPaths::RuntimeLocation};
        int filesRead = 0;
        for (const auto place : places) {
            QDirIterator it(QStandardPaths::writableLocation(place), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++filesRead;
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
        // The session's keyring file is among them, so the search looked somewhere.
        QVERIFY(filesRead > 0);
        QVERIFY(wait(store.remove(QStringLiteral("needle"))).ok());
    }

    void probeSucceedsAndLeavesNothing()
    {
        KeychainSecretStore store(m_service);
        const SecretResult r = probe(&store);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(wait(store.read(KeychainProbe::probeKey)).status, SecretResult::Status::NotFound);
    }

    // Runs this test binary again where no keychain can answer: without a session
    // bus at all; and on a fresh bus of its own, where D-Bus starts a second
    // gnome-keyring that finds the session's keyring locked and prompts where
    // nobody can see it.
    void probeExplainsAMissingKeychain_data()
    {
        QTest::addColumn<bool>("ownBus");
        QTest::addColumn<SecretResult::Status>("expected");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("no session bus")
            << false << SecretResult::Status::Unavailable << QStringLiteral("gnome-keyring");
        QTest::newRow("locked keyring nobody unlocks")
            << true << SecretResult::Status::Denied << QStringLiteral("unlock");
    }

    void probeExplainsAMissingKeychain()
    {
        if (qEnvironmentVariableIsSet("POSTHORN_CHILD_NO_KEYCHAIN"))
            QSKIP("runs in the parent only");
        QFETCH(bool, ownBus);
        QFETCH(SecretResult::Status, expected);
        QFETCH(QString, mentioned);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("POSTHORN_CHILD_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("POSTHORN_CHILD_EXPECT"),
                   QString::number(static_cast<int>(expected)));
        env.insert(QStringLiteral("POSTHORN_CHILD_MENTIONED"), mentioned);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/posthorn-no-bus"));
        // The second keyring's unlock prompt must not appear on the test display,
        // where it would take the keyboard from the GUI tests.
        env.remove(QStringLiteral("DISPLAY"));
        child.setProcessEnvironment(env);
        const QStringList testArgs = {QCoreApplication::applicationFilePath(),
                                      QStringLiteral("childProbeWithoutKeychain")};
        if (ownBus)
            child.start(QStringLiteral("dbus-run-session"),
                        QStringList{QStringLiteral("--")} + testArgs);
        else
            child.start(testArgs.constFirst(), testArgs.mid(1));
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(out));
        QVERIFY2(
            out.contains(QStringLiteral("PASS   : TestSecretStore::childProbeWithoutKeychain")),
            qPrintable(out));
    }

    void childProbeWithoutKeychain()
    {
        if (!qEnvironmentVariableIsSet("POSTHORN_CHILD_NO_KEYCHAIN"))
            QSKIP("runs in the child of probeExplainsAMissingKeychain");
        KeychainSecretStore store(m_service);
        const SecretResult r = probe(&store, std::chrono::seconds(3));
        QVERIFY2(static_cast<int>(r.status) ==
                     qEnvironmentVariableIntValue("POSTHORN_CHILD_EXPECT"),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(qEnvironmentVariable("POSTHORN_CHILD_MENTIONED")),
                 qPrintable(r.message));
    }

    void sessionStoreKeepsSecretsInMemoryOnly()
    {
        SessionSecretStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(probe(&store).ok());
        QVERIFY(wait(store.write(QStringLiteral("k"), QStringLiteral("session-only"))).ok());
        QCOMPARE(wait(store.read(QStringLiteral("k"))).secret, QStringLiteral("session-only"));
        QVERIFY(wait(store.remove(QStringLiteral("k"))).ok());
        QCOMPARE(wait(store.read(QStringLiteral("k"))).status, SecretResult::Status::NotFound);
        QCOMPARE(lookupWithSecretTool(QStringLiteral("k")), QString());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
