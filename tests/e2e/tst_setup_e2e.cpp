#include "processlist.h"
#include "sandboxprocess.h"
#include "xdotool.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Xdotool;

// First run as a user lives it: an empty profile, the setup wizard, the server's
// address typed in, Return, Authorize on the server's own page, and the main window.
class TestSetupEndToEnd : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QProcess m_app;

    QString keychainLookup(const QString &key) const
    {
        return run(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Posthorn"),
                    QStringLiteral("user"), key});
    }

    int verifyCredentialsStatus(const QString &token)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_sandbox.baseUrl().resolved(
            QUrl(QStringLiteral("/api/v1/accounts/verify_credentials"))));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    bool requested(const char *path)
    {
        return !m_sandbox.requestsTo(QString::fromLatin1(path)).isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Under tests/headless-session.sh the home stays until the session ends, for
        // tests/secrets/scan.sh to look through it for secrets that got out.
        m_home.setAutoRemove(!qEnvironmentVariableIsSet("POSTHORN_KEEP_TEST_HOMES"));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
    }

    void cleanupTestCase()
    {
        if (m_app.state() != QProcess::NotRunning) {
            m_app.terminate();
            m_app.waitForFinished(5000);
        }
    }

    void firstRunSignsInWithTheKeyboardOnly()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *dir : {"config", "data", "cache"})
            env.insert(QStringLiteral("XDG_%1_HOME").arg(QString::fromLatin1(dir).toUpper()),
                       m_home.filePath(QString::fromLatin1(dir)));
        env.insert(QStringLiteral("POSTHORN_SIGNIN_PATH"), QStringLiteral(POSTHORN_SIGNIN_PATH));
        m_app.setProcessEnvironment(env);
        m_app.setProcessChannelMode(QProcess::ForwardedChannels);
        m_app.start(QStringLiteral(POSTHORN_APP_PATH), {});

        // The wizard is the only window, and its address field has the focus.
        QTRY_VERIFY_WITH_TIMEOUT(!window(QStringLiteral("^Set up Posthorn")).isEmpty(), 20000);
        QVERIFY(window(QStringLiteral("^Posthorn$")).isEmpty());
        const QString wizard = window(QStringLiteral("^Set up Posthorn"));
        type(wizard, m_sandbox.baseUrl().toString(), {}, 30);
        screenshot(wizard, QStringLiteral("wizard-1-server"));
        keys(wizard, QStringLiteral("Return"));

        // The server's own authorization page, where Authorize has the focus.
        QTRY_VERIFY_WITH_TIMEOUT(!window(QStringLiteral("^Sign in to")).isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(requested("/oauth/authorize"), 30000);
        screenshot(QStringLiteral("root"), QStringLiteral("wizard-2-sign-in"));
        const auto tokenRequested = [this] {
            return requested("/oauth/token");
        };
        for (int i = 0; i < 30 && !tokenRequested(); ++i) {
            const QString signIn = window(QStringLiteral("^Sign in to"));
            if (!signIn.isEmpty())
                keys(signIn, QStringLiteral("Return"));
            if (QTest::qWaitFor(tokenRequested, 1000))
                break;
        }
        QVERIFY(tokenRequested());
        QTRY_VERIFY_WITH_TIMEOUT(requested("/api/v1/accounts/verify_credentials"), 20000);
        screenshot(window(QStringLiteral("^Set up Posthorn")), QStringLiteral("wizard-3-done"));

        // Setup completes by itself; the main window opens and has the focus.
        QTRY_VERIFY_WITH_TIMEOUT(!window(QStringLiteral("^Posthorn$")).isEmpty(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(focusedWindowName(), QStringLiteral("Posthorn"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(ProcessList::countMatching("QtWebEngineProcess"), 0, 15000);
        screenshot(window(QStringLiteral("^Posthorn$")), QStringLiteral("main-window"));

        // The sandbox saw the steps in order: the server looked up, Posthorn registered,
        // the page shown and approved, the code exchanged, the token checked.
        QStringList steps;
        const QJsonArray log = m_sandbox.requests();
        for (const QJsonValue &r : log)
            steps << r[QStringLiteral("method")].toString() + QLatin1Char(' ') +
                         r[QStringLiteral("path")].toString();
        const QStringList expected = {QStringLiteral("GET /api/v2/instance"),
                                      QStringLiteral("POST /api/v1/apps"),
                                      QStringLiteral("GET /oauth/authorize"),
                                      QStringLiteral("POST /oauth/authorize"),
                                      QStringLiteral("POST /oauth/token"),
                                      QStringLiteral("GET /api/v1/accounts/verify_credentials")};
        qsizetype at = 0;
        for (const QString &step : expected) {
            at = steps.indexOf(step, at);
            QVERIFY2(at >= 0, qPrintable(step + QStringLiteral(" missing or out of order in: ") +
                                         steps.join(QStringLiteral(", "))));
        }
        QVERIFY(steps.contains(QStringLiteral("GET /.well-known/oauth-authorization-server")));

        // The token is in the keychain, and it works.
        QSettings settings(m_home.filePath(QStringLiteral("config/Posthorn/posthorn.conf")),
                           QSettings::IniFormat);
        settings.beginReadArray(QStringLiteral("accounts"));
        settings.setArrayIndex(0);
        const QString accountId = settings.value(QStringLiteral("id")).toString();
        settings.endArray();
        QVERIFY(!accountId.isEmpty());
        const QString authority = m_sandbox.baseUrl().authority();
        const QString token =
            keychainLookup(QStringLiteral("token/") + authority + QLatin1Char('/') + accountId);
        QVERIFY(!token.isEmpty());
        QCOMPARE(verifyCredentialsStatus(token), 200);
        const QString clientSecret = keychainLookup(QStringLiteral("client-secret/") + authority);
        QVERIFY(!clientSecret.isEmpty());

        // And nowhere else: no file of the profile holds the token or the client secret.
        int filesSeen = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++filesSeen;
            QVERIFY2(!content.contains(token.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!content.contains(clientSecret.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(filesSeen > 0);

        // Ctrl+Q quits.
        keys(window(QStringLiteral("^Posthorn$")), QStringLiteral("ctrl+q"));
        QVERIFY(m_app.waitForFinished(10000));
        QCOMPARE(m_app.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSetupEndToEnd)
#include "tst_setup_e2e.moc"
