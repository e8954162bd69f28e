// SignInAttempt without widgets: the keychain check, the registration, the user's own
// browser answered through the loopback listener, against the real sandbox and the
// real keychain of the headless test session (a service name of this run's own). The
// user's part in the browser is played by AuthorizePage and an HTTP request to the
// listener, as the browser would make it. The sign-in window itself is driven in
// tst_signinbrowser and tst_setup_e2e.
#include "auth/signinattempt.h"
#include "instance/instanceprobe.h"
#include "secrets/keychainprobe.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretjob.h"
#include "secrets/sessionsecretstore.h"
#include "settings/accountstore.h"

#include "authorizepage.h"
#include "sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

namespace {

constexpr int stepTimeoutMs = 20000;

const QString appsPath = QStringLiteral("/api/v1/apps");
const QString tokenPath = QStringLiteral("/oauth/token");
const QString verifyPath = QStringLiteral("/api/v1/accounts/verify_credentials");

// One attempt with every signal recorded from the start.
struct Attempt
{
    Attempt(QNetworkAccessManager *nam, AccountStore *accounts, SecretStore *keychain,
            SecretStore *secrets)
        : attempt(nam, accounts, keychain, [secrets] { return secrets; })
        , progressed(&attempt, &SignInAttempt::progressed)
        , keychainUnavailable(&attempt, &SignInAttempt::keychainUnavailable)
        , browserPageReady(&attempt, &SignInAttempt::browserPageReady)
        , signedIn(&attempt, &SignInAttempt::signedIn)
        , failed(&attempt, &SignInAttempt::failed)
    {}

    [[nodiscard]] QString lastFailure() const
    {
        return failed.isEmpty() ? QString() : failed.constLast().constFirst().toString();
    }
    [[nodiscard]] QStringList steps() const
    {
        QStringList texts;
        for (const QList<QVariant> &signal : progressed)
            texts << signal.constFirst().toString();
        return texts;
    }
    [[nodiscard]] int outcomes() const
    {
        return int(keychainUnavailable.size() + signedIn.size() + failed.size());
    }

    SignInAttempt attempt;
    QSignalSpy progressed;
    QSignalSpy keychainUnavailable;
    QSignalSpy browserPageReady;
    QSignalSpy signedIn;
    QSignalSpy failed;
};

} // namespace

class TestSignInAttempt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AccountRecord>();
        QVERIFY(m_settingsDir.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        m_keychain = std::make_unique<KeychainSecretStore>(m_service);
        // No sign-in window here: the window's way ends where it would open.
        qputenv("POSTHORN_SIGNIN_PATH", "/nonexistent/posthorn-signin");
    }

    void init()
    {
        m_sandbox.reset();
        m_accounts = std::make_unique<AccountStore>(
            m_settingsDir.filePath(QStringLiteral("posthorn-%1.ini").arg(++m_settingsFiles)));
    }

    void signsInThroughTheUsersBrowserAndTheLoopback()
    {
        Attempt a(&m_nam, m_accounts.get(), m_keychain.get(), m_keychain.get());
        a.attempt.setInstance(base(), discover());
        a.attempt.signInInBrowser();
        QVERIFY2(a.browserPageReady.wait(stepTimeoutMs), qPrintable(a.lastFailure()));
        const QUrl authorizeUrl = a.browserPageReady.constFirst().constFirst().toUrl();
        QVERIFY(a.steps().contains(QStringLiteral(
            "Continue in your browser: sign in there and choose Authorize. Posthorn is waiting "
            "for it here.")));

        // The page the user's browser gets: the instance's own, with state and PKCE, and
        // the way back on this computer's loopback.
        QCOMPARE(authorizeUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery), base());
        const QUrlQuery authorize(authorizeUrl);
        const QUrl redirect(
            authorize.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        QVERIFY(authorize.queryItemValue(QStringLiteral("state")).size() >= 32);
        QCOMPARE(authorize.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));

        // The browser follows the server's redirect to the listener, which says so.
        const QUrl callback = approve(authorizeUrl);
        QCOMPARE(callback.adjusted(QUrl::RemoveQuery), redirect);
        const auto [status, page] = browse(callback);
        QCOMPARE(status, 200);
        QVERIFY2(page.contains("You can close this tab"), page.constData());

        QVERIFY2(QTest::qWaitFor([&] { return a.outcomes() > 0; }, stepTimeoutMs), "no outcome");
        QVERIFY2(a.signedIn.size() == 1, qPrintable(a.lastFailure()));
        const auto account = a.signedIn.constFirst().constFirst().value<AccountRecord>();
        QCOMPARE(account.acct, QStringLiteral("demo"));
        QCOMPARE(m_accounts->currentAccountKey(), account.key());
        // The token in the keychain is the server's, and it works.
        const SecretResult token = readSecret(m_keychain.get(), account.tokenKey());
        QVERIFY2(token.ok(), qPrintable(token.message));
        QCOMPARE(verifyCredentials(token.secret), 200);
        forget(account);
    }

    void forgedAnswerOnTheLoopbackIsIgnoredAndTheRealOneStillCounts()
    {
        Attempt a(&m_nam, m_accounts.get(), m_keychain.get(), m_keychain.get());
        a.attempt.setInstance(base(), discover());
        a.attempt.signInInBrowser();
        QVERIFY2(a.browserPageReady.wait(stepTimeoutMs), qPrintable(a.lastFailure()));
        const QUrl callback = approve(a.browserPageReady.constFirst().constFirst().toUrl());
        QVERIFY(callback.isValid());

        // Another page on this computer sends a code of its own with a made-up state.
        QUrl forged = callback;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("code"), QStringLiteral("attackerscode"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("guessed"));
        forged.setQuery(query);
        QCOMPARE(browse(forged).first, 200);
        QTRY_COMPARE_WITH_TIMEOUT(a.failed.size(), 1, stepTimeoutMs);
        QVERIFY2(a.lastFailure().contains(QStringLiteral("did not match this sign-in attempt")),
                 qPrintable(a.lastFailure()));
        QCOMPARE(codeExchanges(), 0);

        // The listener still waits, and the user's real answer signs in.
        QCOMPARE(browse(callback).first, 200);
        QTRY_COMPARE_WITH_TIMEOUT(a.signedIn.size(), 1, stepTimeoutMs);
        QCOMPARE(codeExchanges(), 1);
        forget(a.signedIn.constFirst().constFirst().value<AccountRecord>());
    }

    void keychainIsCheckedBeforeTheSignInWindow()
    {
        Attempt a(&m_nam, m_accounts.get(), m_keychain.get(), m_keychain.get());
        a.attempt.setInstance(base(), discover());
        a.attempt.start();
        QVERIFY(QTest::qWaitFor([&] { return a.outcomes() > 0; }, stepTimeoutMs));
        QVERIFY2(a.lastFailure().contains(QStringLiteral("could not be started")),
                 qPrintable(a.lastFailure()));
        QCOMPARE(a.keychainUnavailable.size(), 0);
        const QStringList steps = a.steps();
        QCOMPARE(steps.value(0), QStringLiteral("Checking the keychain…"));
        QVERIFY2(steps.contains(QStringLiteral("Opening the sign-in window…")),
                 qPrintable(steps.join(QLatin1Char('|'))));
        // Registered by then, with its secret in the keychain the probe found working;
        // the probe's own entry is gone again.
        QCOMPARE(m_sandbox.requestsTo(appsPath, "POST").size(), 1);
        const std::optional<ClientRegistration> client = m_accounts->client(base());
        QVERIFY(client.has_value());
        QVERIFY(readSecret(m_keychain.get(), client->secretKey()).ok());
        QCOMPARE(readSecret(m_keychain.get(), KeychainProbe::probeKey).status,
                 SecretResult::Status::NotFound);
        removeSecret(m_keychain.get(), client->secretKey());
    }

    void sessionOnlySecretsSkipTheKeychain()
    {
        SessionSecretStore session;
        Attempt a(&m_nam, m_accounts.get(), m_keychain.get(), &session);
        a.attempt.setInstance(base(), discover());
        a.attempt.start();
        QVERIFY(QTest::qWaitFor([&] { return a.outcomes() > 0; }, stepTimeoutMs));
        QVERIFY2(a.lastFailure().contains(QStringLiteral("could not be started")),
                 qPrintable(a.lastFailure()));
        QVERIFY(!a.steps().contains(QStringLiteral("Checking the keychain…")));
        // The client secret went to memory only.
        const std::optional<ClientRegistration> client = m_accounts->client(base());
        QVERIFY(client.has_value());
        QVERIFY(readSecret(&session, client->secretKey()).ok());
        QCOMPARE(readSecret(m_keychain.get(), client->secretKey()).status,
                 SecretResult::Status::NotFound);
    }

    // Runs this binary again with no session bus, so that no keychain can answer.
    void keychainThatDoesNotAnswerStopsBeforeRegistering()
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
        QVERIFY2(out.contains(QStringLiteral("PASS   : TestSignInAttempt::childWithoutKeychain")),
                 qPrintable(out));
    }

    void childWithoutKeychain()
    {
        if (!qEnvironmentVariableIsSet("POSTHORN_CHILD_NO_KEYCHAIN"))
            QSKIP("runs in the child of keychainThatDoesNotAnswerStopsBeforeRegistering");
        Attempt a(&m_nam, m_accounts.get(), m_keychain.get(), m_keychain.get());
        a.attempt.setInstance(base(), discover());
        a.attempt.start();
        QVERIFY(QTest::qWaitFor([&] { return a.outcomes() > 0; }, 30000));
        QCOMPARE(a.keychainUnavailable.size(), 1);
        QVERIFY2(a.keychainUnavailable.constFirst().constFirst().toString().contains(
                     QStringLiteral("gnome-keyring-daemon")),
                 qPrintable(a.keychainUnavailable.constFirst().constFirst().toString()));
        QCOMPARE(a.failed.size(), 0);
        // Nothing was sent to the server before it is clear where secrets can live.
        QCOMPARE(m_sandbox.requestsTo(appsPath, "POST").size(), 0);
    }

    void cancelClosesTheListenerSilently()
    {
        Attempt a(&m_nam, m_accounts.get(), m_keychain.get(), m_keychain.get());
        a.attempt.setInstance(base(), discover());
        a.attempt.signInInBrowser();
        QVERIFY2(a.browserPageReady.wait(stepTimeoutMs), qPrintable(a.lastFailure()));
        const QUrl callback = approve(a.browserPageReady.constFirst().constFirst().toUrl());
        QVERIFY(callback.isValid());
        const std::optional<ClientRegistration> client = m_accounts->client(base());
        QVERIFY(client.has_value());

        a.attempt.cancel();
        // The answer finds nobody listening, and nothing is exchanged or signed in.
        QNetworkReply *reply = m_nam.get(QNetworkRequest(callback));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, stepTimeoutMs));
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        reply->deleteLater();
        QCOMPARE(a.outcomes(), 0);
        QCOMPARE(codeExchanges(), 0);
        QVERIFY(m_accounts->accounts().isEmpty());
        removeSecret(m_keychain.get(), client->secretKey());
    }

private:
    QUrl base() const { return m_sandbox.baseUrl(); }

    std::optional<AuthServerMetadata> discover()
    {
        InstanceProbe probe(&m_nam);
        QSignalSpy finished(&probe, &InstanceProbe::finished);
        probe.start(base());
        if (!finished.wait(stepTimeoutMs))
            return std::nullopt;
        return finished.constFirst().constFirst().value<InstanceProbeResult>().authServer;
    }

    static QUrl approve(const QUrl &authorizeUrl)
    {
        QString error;
        const QUrl callback =
            AuthorizePage::decide(authorizeUrl, AuthorizePage::Decision::Approve, &error);
        if (!callback.isValid())
            qWarning().noquote() << "approval failed:" << error;
        return callback;
    }

    // A GET as the user's browser makes it: the status and the page.
    std::pair<int, QByteArray> browse(const QUrl &url)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
        // Unanswered, it reports status 0, which no test expects.
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, stepTimeoutMs))
            reply->abort();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }

    qsizetype codeExchanges()
    {
        const QList<QJsonObject> all = m_sandbox.requestsTo(tokenPath, "POST");
        return std::count_if(all.cbegin(), all.cend(), [](const QJsonObject &request) {
            return QUrlQuery(request.value(QLatin1String("body")).toString())
                       .queryItemValue(QStringLiteral("grant_type")) ==
                   QLatin1String("authorization_code");
        });
    }

    int verifyCredentials(const QString &token)
    {
        QNetworkRequest request(base().resolved(QUrl(verifyPath)));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        // Unanswered, it reports status 0, which no test expects.
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, stepTimeoutMs))
            reply->abort();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static SecretResult readSecret(SecretStore *store, const QString &key)
    {
        QSignalSpy finished(store->read(key), &SecretJob::finished);
        if (!finished.wait(stepTimeoutMs))
            return SecretResult::failure(SecretResult::Status::Failed, QStringLiteral("timeout"));
        return finished.constFirst().constFirst().value<SecretResult>();
    }

    static void removeSecret(SecretStore *store, const QString &key)
    {
        QSignalSpy removed(store->remove(key), &SecretJob::finished);
        removed.wait(stepTimeoutMs);
    }

    // This run's keychain entries go with the test that made them.
    void forget(const AccountRecord &account)
    {
        removeSecret(m_keychain.get(), account.tokenKey());
        if (const auto client = m_accounts->client(base()))
            removeSecret(m_keychain.get(), client->secretKey());
    }

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    const QString m_service =
        QStringLiteral("PosthornTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QTemporaryDir m_settingsDir;
    int m_settingsFiles = 0;
    std::unique_ptr<AccountStore> m_accounts;
};

QTEST_GUILESS_MAIN(TestSignInAttempt)
#include "tst_signinattempt.moc"
