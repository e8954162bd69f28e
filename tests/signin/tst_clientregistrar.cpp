// ClientRegistrar against the real sandbox (its app registry, client_credentials check
// and revocation) and the real keychain of the headless test session, under a service
// name of this run's own, with AccountStore on a temporary settings file.
#include "auth/clientregistrar.h"
#include "auth/oauthscopes.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretjob.h"
#include "settings/accountstore.h"

#include "sandboxprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
const QString revokePath = QStringLiteral("/oauth/revoke");

QMutex logMutex;
QStringList &loggedMessages()
{
    static QStringList messages;
    return messages;
}
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        loggedMessages().append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QString field(const QJsonObject &request, const char *name)
{
    return QUrlQuery(request.value(QLatin1String("body")).toString())
        .queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

// One registrar with its signals recorded from the start.
struct Registrar
{
    Registrar(QNetworkAccessManager *nam, SecretStore *secrets, AccountStore *accounts)
        : registrar(nam, secrets, accounts)
        , ready(&registrar, &ClientRegistrar::ready)
        , failed(&registrar, &ClientRegistrar::failed)
        , forgotten(&registrar, &ClientRegistrar::forgotten)
    {}

    // obtain() until ready or failed; true for ready.
    bool obtain(const QUrl &base, const QStringList &scopes,
                const QUrl &redirect = ClientRegistrar::embeddedRedirectUri)
    {
        const qsizetype before = ready.size() + failed.size();
        registrar.obtain(base, scopes, redirect);
        return QTest::qWaitFor([&] { return ready.size() + failed.size() > before; },
                               stepTimeoutMs) &&
               failed.isEmpty();
    }
    [[nodiscard]] ClientRegistration client() const
    {
        return ready.constLast().at(0).value<ClientRegistration>();
    }
    [[nodiscard]] QString secret() const { return ready.constLast().at(1).toString(); }

    ClientRegistrar registrar;
    QSignalSpy ready;
    QSignalSpy failed;
    QSignalSpy forgotten;
};

} // namespace

Q_DECLARE_METATYPE(ClientRegistration)

class TestClientRegistrar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ClientRegistration>();
        qRegisterMetaType<SecretResult>();
        QLoggingCategory::setFilterRules(QStringLiteral("posthorn.*=true"));
        previousHandler = qInstallMessageHandler(captureMessage);
        QVERIFY(m_settingsDir.isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        m_keychain = std::make_unique<KeychainSecretStore>(m_service);
    }

    void init()
    {
        // A clean server and record, and no client secret left in the keychain by the
        // test before.
        m_sandbox.reset();
        removeClientSecret();
        m_settingsPath =
            m_settingsDir.filePath(QStringLiteral("posthorn-%1.ini").arg(++m_settingsFiles));
        m_accounts = std::make_unique<AccountStore>(m_settingsPath);
    }

    void registersOnceForBothWaysBackAndKeepsTheSecretInTheKeychain()
    {
        Registrar r(&m_nam, m_keychain.get(), m_accounts.get());
        QVERIFY2(r.obtain(base(), OAuthScopes::granular()), qPrintable(lastFailure(r)));
        const QList<QJsonObject> apps = m_sandbox.requestsTo(appsPath, "POST");
        QCOMPARE(apps.size(), 1);
        QCOMPARE(field(apps.constFirst(), "client_name"), QStringLiteral("Posthorn"));
        QCOMPARE(field(apps.constFirst(), "redirect_uris").split(QLatin1Char('\n')),
                 ClientRegistrar::registeredRedirectUris());
        QCOMPARE(field(apps.constFirst(), "scopes").split(QLatin1Char(' ')),
                 OAuthScopes::granular());

        // On record: the id here, the secret in the keychain, and they are the server's.
        const std::optional<ClientRegistration> kept = m_accounts->client(base());
        QVERIFY(kept.has_value());
        QCOMPARE(kept->clientId, r.client().clientId);
        QCOMPARE(readSecret(kept->secretKey()).secret, r.secret());
        m_secretsSeen << r.secret();
        QFile settings(m_settingsPath);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settings.readAll();
        QVERIFY(settingsText.contains(r.client().clientId.toUtf8()));
        QVERIFY(!settingsText.contains(r.secret().toUtf8()));
        QCOMPARE(appTokenStatus(r.client().clientId, r.secret()), 200);
    }

    void reusesTheClientOnRecordForEitherWayBack_data()
    {
        QTest::addColumn<QUrl>("redirect");
        QTest::newRow("sign-in window") << ClientRegistrar::embeddedRedirectUri;
        QUrl loopback = ClientRegistrar::loopbackRedirectUri;
        loopback.setPort(45123);
        QTest::newRow("user's browser, any port") << loopback;
    }

    void reusesTheClientOnRecordForEitherWayBack()
    {
        QFETCH(QUrl, redirect);
        Registrar first(&m_nam, m_keychain.get(), m_accounts.get());
        QVERIFY(first.obtain(base(), OAuthScopes::granular()));
        m_secretsSeen << first.secret();

        Registrar again(&m_nam, m_keychain.get(), m_accounts.get());
        QVERIFY2(again.obtain(base(), OAuthScopes::granular(), redirect),
                 qPrintable(lastFailure(again)));
        QCOMPARE(again.client().clientId, first.client().clientId);
        QCOMPARE(again.secret(), first.secret());
        QCOMPARE(m_sandbox.requestsTo(appsPath, "POST").size(), 1);

        // Checked with an app token, which is handed back at once: the server calls it
        // revoked (401), where a live one would be refused for having no user (422).
        const QList<QJsonObject> checks = m_sandbox.requestsTo(tokenPath, "POST");
        QCOMPARE(checks.size(), 1);
        QCOMPARE(field(checks.constFirst(), "grant_type"), QStringLiteral("client_credentials"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestsTo(revokePath, "POST").size(), 1,
                                  stepTimeoutMs);
        const QString appToken =
            field(m_sandbox.requestsTo(revokePath, "POST").constFirst(), "token");
        QVERIFY(!appToken.isEmpty());
        m_secretsSeen << appToken;
        QCOMPARE(verifyAppToken(appToken), 401);
    }

    void registersAnewForScopesTheClientLacks()
    {
        Registrar classic(&m_nam, m_keychain.get(), m_accounts.get());
        QVERIFY(classic.obtain(base(), OAuthScopes::classic()));
        m_secretsSeen << classic.secret();

        Registrar granular(&m_nam, m_keychain.get(), m_accounts.get());
        QVERIFY2(granular.obtain(base(), OAuthScopes::granular()),
                 qPrintable(lastFailure(granular)));
        m_secretsSeen << granular.secret();
        QVERIFY(granular.client().clientId != classic.client().clientId);
        QCOMPARE(m_sandbox.requestsTo(appsPath, "POST").size(), 2);
        // Not even asked about: the old client could not have asked for these scopes.
        QCOMPARE(m_sandbox.requestsTo(tokenPath, "POST").size(), 0);
        QCOMPARE(m_accounts->client(base())->clientId, granular.client().clientId);
        QCOMPARE(readSecret(granular.client().secretKey()).secret, granular.secret());
    }

    void registersAgainWhenTheServerForgotTheClient()
    {
        Registrar first(&m_nam, m_keychain.get(), m_accounts.get());
        QVERIFY(first.obtain(base(), OAuthScopes::granular()));
        m_secretsSeen << first.secret();
        // Every app gone, as Mastodon before 4.3 removed unused ones.
        m_sandbox.reset();

        Registrar again(&m_nam, m_keychain.get(), m_accounts.get());
        QVERIFY2(again.obtain(base(), OAuthScopes::granular()), qPrintable(lastFailure(again)));
        m_secretsSeen << again.secret();
        QVERIFY(again.client().clientId != first.client().clientId);
        QCOMPARE(m_sandbox.requestsTo(tokenPath, "POST").size(), 1);
        QCOMPARE(m_sandbox.requestsTo(appsPath, "POST").size(), 1);
        QCOMPARE(m_accounts->client(base())->clientId, again.client().clientId);
        QCOMPARE(readSecret(again.client().secretKey()).secret, again.secret());
        QCOMPARE(appTokenStatus(again.client().clientId, again.secret()), 200);
    }

    void registersAgainWhenTheKeychainLostTheSecret()
    {
        Registrar first(&m_nam, m_keychain.get(), m_accounts.get());
        QVERIFY(first.obtain(base(), OAuthScopes::granular()));
        m_secretsSeen << first.secret();
        QSignalSpy removed(m_keychain->remove(first.client().secretKey()), &SecretJob::finished);
        QVERIFY(removed.wait(stepTimeoutMs));

        Registrar again(&m_nam, m_keychain.get(), m_accounts.get());
        QVERIFY2(again.obtain(base(), OAuthScopes::granular()), qPrintable(lastFailure(again)));
        m_secretsSeen << again.secret();
        QVERIFY(again.client().clientId != first.client().clientId);
        QCOMPARE(m_sandbox.requestsTo(appsPath, "POST").size(), 2);
        QCOMPARE(readSecret(again.client().secretKey()).secret, again.secret());
    }

    void refusedRegistrationIsReportedAndKeepsNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("server error") << QStringLiteral("status");
        QTest::newRow("reply not JSON") << QStringLiteral("malformed");
    }

    void refusedRegistrationIsReportedAndKeepsNothing()
    {
        QFETCH(QString, kind);
        m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), appsPath},
                            {QStringLiteral("kind"), kind},
                            {QStringLiteral("status"), 503}});
        Registrar r(&m_nam, m_keychain.get(), m_accounts.get());
        QVERIFY(!r.obtain(base(), OAuthScopes::granular()));
        QVERIFY2(lastFailure(r).contains(QStringLiteral("could not register with 127.0.0.1")),
                 qPrintable(lastFailure(r)));
        QCOMPARE(r.ready.size(), 0);
        QVERIFY(!m_accounts->client(base()).has_value());
        QCOMPARE(readSecret(ClientRegistration{base(), {}, {}, {}}.secretKey()).status,
                 SecretResult::Status::NotFound);
    }

    void forgetRemovesTheRecordAndTheSecret()
    {
        Registrar r(&m_nam, m_keychain.get(), m_accounts.get());
        QVERIFY(r.obtain(base(), OAuthScopes::granular()));
        m_secretsSeen << r.secret();
        r.registrar.forget(r.client());
        QVERIFY(r.forgotten.wait(stepTimeoutMs));
        QVERIFY(!m_accounts->client(base()).has_value());
        QCOMPARE(readSecret(r.client().secretKey()).status, SecretResult::Status::NotFound);
    }

    void cancelledRegistrationStaysSilent()
    {
        m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), appsPath},
                            {QStringLiteral("kind"), QStringLiteral("delay")},
                            {QStringLiteral("delayMs"), 800}});
        Registrar r(&m_nam, m_keychain.get(), m_accounts.get());
        r.registrar.obtain(base(), OAuthScopes::granular(), ClientRegistrar::embeddedRedirectUri);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestsTo(appsPath, "POST").size(), 1, stepTimeoutMs);
        r.registrar.cancel();
        // Fixed wait: checks that nothing happens past the server's 800 ms delay, no signal came
        // and nothing was kept.
        QTest::qWait(1200);
        QCOMPARE(r.ready.size() + r.failed.size(), 0);
        QVERIFY(!m_accounts->client(base()).has_value());
    }

    // Last: every client secret and app token above, looked for in the log.
    void noSecretIsLogged()
    {
        m_secretsSeen.removeAll(QString());
        QVERIFY(m_secretsSeen.size() >= 8);
        const QMutexLocker lock(&logMutex);
        QVERIFY(!loggedMessages().isEmpty());
        for (const QString &message : std::as_const(loggedMessages())) {
            for (const QString &secret : std::as_const(m_secretsSeen))
                QVERIFY2(!message.contains(secret), "a secret was logged");
        }
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        if (m_keychain)
            removeClientSecret();
    }

private:
    QUrl base() const { return m_sandbox.baseUrl(); }

    void removeClientSecret()
    {
        QSignalSpy removed(m_keychain->remove(ClientRegistration{base(), {}, {}, {}}.secretKey()),
                           &SecretJob::finished);
        QVERIFY(removed.wait(stepTimeoutMs));
    }

    static QString lastFailure(const Registrar &r)
    {
        return r.failed.isEmpty() ? QString() : r.failed.constLast().constFirst().toString();
    }

    SecretResult readSecret(const QString &key)
    {
        QSignalSpy finished(m_keychain->read(key), &SecretJob::finished);
        if (!finished.wait(stepTimeoutMs))
            return SecretResult::failure(SecretResult::Status::Failed, QStringLiteral("timeout"));
        return finished.constFirst().constFirst().value<SecretResult>();
    }

    QNetworkReply *post(const QString &path, const QUrlQuery &form)
    {
        QNetworkRequest request(base().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        // Unanswered, it reports status 0, which no test expects.
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, stepTimeoutMs))
            reply->abort();
        reply->deleteLater();
        return reply;
    }

    // The status of a client_credentials grant with these credentials: 200 when the
    // server knows the client and its secret. The app token it gives is revoked again.
    int appTokenStatus(const QString &clientId, const QString &clientSecret)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("scope"), OAuthScopes::granular().join(QLatin1Char(' ')));
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
        QNetworkReply *reply = post(tokenPath, form);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString token = QJsonDocument::fromJson(reply->readAll())
                                  .object()
                                  .value(QLatin1String("access_token"))
                                  .toString();
        if (!token.isEmpty()) {
            form.clear();
            form.addQueryItem(QStringLiteral("client_id"), clientId);
            form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
            form.addQueryItem(QStringLiteral("token"), token);
            post(revokePath, form);
        }
        return status;
    }

    int verifyAppToken(const QString &token)
    {
        QNetworkRequest request(
            base().resolved(QUrl(QStringLiteral("/api/v1/accounts/verify_credentials"))));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        // Unanswered, it reports status 0, which no test expects.
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, stepTimeoutMs))
            reply->abort();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    const QString m_service =
        QStringLiteral("PosthornTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QTemporaryDir m_settingsDir;
    int m_settingsFiles = 0;
    QString m_settingsPath;
    std::unique_ptr<AccountStore> m_accounts;
    QStringList m_secretsSeen;
};

QTEST_GUILESS_MAIN(TestClientRegistrar)
#include "tst_clientregistrar.moc"
