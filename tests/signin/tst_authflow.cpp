// AuthFlow and AccountSignOut end to end: the real sandbox server (its OAuth pages,
// PKCE check, app registry and revocation), the real keychain (the Secret Service of
// the headless test session, under a service name of this run's own) and AccountStore
// on a temporary settings file. The authorization page is driven without a browser.
#include "auth/accountsignout.h"
#include "auth/authflow.h"
#include "auth/oauthscopes.h"
#include "auth/pkce.h"
#include "instance/instanceprobe.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretjob.h"
#include "settings/accountstore.h"

#include "authorizepage.h"
#include "faultysecretstore.h"
#include "sandboxprocess.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {

constexpr int stepTimeoutMs = 20000;
// Where "Use my browser instead" would listen; nothing needs to: the redirect is not
// followed, only handed to the flow.
constexpr quint16 loopbackPort = 45123;

const QString appsPath = QStringLiteral("/api/v1/apps");
const QString tokenPath = QStringLiteral("/oauth/token");
const QString revokePath = QStringLiteral("/oauth/revoke");
const QString verifyPath = QStringLiteral("/api/v1/accounts/verify_credentials");

// Every message the code under test logs, to prove no secret ends up there.
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

// One AuthFlow with its signals recorded from the start (some come from begin()).
struct Flow
{
    Flow(QNetworkAccessManager *nam, SecretStore *secrets, AccountStore *accounts)
        : flow(nam, secrets, accounts)
        , ready(&flow, &AuthFlow::authorizationReady)
        , signedIn(&flow, &AuthFlow::signedIn)
        , failed(&flow, &AuthFlow::failed)
        , progressed(&flow, &AuthFlow::progressed)
    {}

    [[nodiscard]] int outcomes() const
    {
        return int(ready.size() + signedIn.size() + failed.size());
    }
    [[nodiscard]] QString lastFailure() const
    {
        return failed.isEmpty() ? QString() : failed.constLast().constFirst().toString();
    }

    AuthFlow flow;
    QSignalSpy ready;
    QSignalSpy signedIn;
    QSignalSpy failed;
    QSignalSpy progressed;
};

QUrlQuery formOf(const QJsonObject &request)
{
    return QUrlQuery(request.value(QLatin1String("body")).toString());
}

QString field(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

enum class BadCallback { TamperedState, MissingState, EarlierAttempt };

} // namespace

class TestAuthFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInRegistersExchangesAndKeepsTheAccount_data();
    void signInRegistersExchangesAndKeepsTheAccount();
    void reusesTheRegisteredClient();
    void registersAgainAfterInvalidClient();
    void registersAgainWhenTheServerDroppedTheClient();
    void wrongStateIsRejected_data();
    void wrongStateIsRejected();
    void deniedAuthorizationFailsWithTheServersWords();
    void replayedCallbackIsRefused();
    void codeUsedTwiceFails();
    void foreignAuthorizationEndpointIsRefused();
    void cancelStopsQuietly();
    void tokenTheKeychainDoesNotKeep_data();
    void tokenTheKeychainDoesNotKeep();
    void signOutRevokesAndForgetsTheAccount_data();
    void signOutRevokesAndForgetsTheAccount();
    // Last: looks at everything the tests above left behind.
    void noSecretInAnyFileOrLog();

    void cleanupTestCase();

private:
    std::optional<AuthServerMetadata> discover();
    void setDiscovery(bool enabled);
    // begin() until authorizationReady; an invalid URL when it failed instead.
    QUrl beginAndWait(Flow &flow, const std::optional<AuthServerMetadata> &metadata,
                      AuthFlow::RedirectKind kind = AuthFlow::RedirectKind::EmbeddedBrowser);
    QUrl approve(const QUrl &authorizeUrl);
    // handleCallback() until signedIn or failed; true for signedIn.
    bool finish(Flow &flow, const QUrl &callback);
    // The whole sign-in, for tests about what comes after it.
    std::optional<AccountRecord> signInOnce(bool discovery = true);

    SecretResult readSecret(const QString &key);
    // Reads both secrets of the sign-in back and remembers them for the final check.
    void rememberSecrets(const AccountRecord &account);
    // POST /oauth/token with an authorization code (not the client checks).
    qsizetype codeExchanges();
    // The status verify_credentials answers for this token, and the account id it names.
    int verifyCredentials(const QString &token, QString *accountId = nullptr);
    QUrl base() const { return m_sandbox.baseUrl(); }

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    const QString m_service =
        QStringLiteral("PosthornTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QTemporaryDir m_settingsDir;
    QStringList m_settingsFiles;
    std::unique_ptr<AccountStore> m_accounts;
    QStringList m_secretsSeen;
};

void TestAuthFlow::initTestCase()
{
    qRegisterMetaType<SecretResult>();
    qRegisterMetaType<AccountRecord>();
    QLoggingCategory::setFilterRules(QStringLiteral("posthorn.*=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(m_settingsDir.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
    m_keychain = std::make_unique<KeychainSecretStore>(m_service);
}

void TestAuthFlow::init()
{
    // A clean server (apps, codes, tokens, rate limits) and a clean account store per
    // test, so registrations never carry over by accident.
    m_sandbox.reset();
    const QString path =
        m_settingsDir.filePath(QStringLiteral("posthorn-%1.ini").arg(m_settingsFiles.size()));
    m_settingsFiles << path;
    m_accounts = std::make_unique<AccountStore>(path);
}

void TestAuthFlow::cleanup()
{
    m_accounts.reset();
}

std::optional<AuthServerMetadata> TestAuthFlow::discover()
{
    InstanceProbe probe(&m_nam);
    QSignalSpy finished(&probe, &InstanceProbe::finished);
    probe.start(base());
    if (!finished.wait(stepTimeoutMs))
        return std::nullopt;
    return finished.constFirst().constFirst().value<InstanceProbeResult>().authServer;
}

void TestAuthFlow::setDiscovery(bool enabled)
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/instance"),
                      QJsonObject{{QStringLiteral("features"),
                                   QJsonObject{{QStringLiteral("oauth_discovery"), enabled}}}});
}

QUrl TestAuthFlow::beginAndWait(Flow &flow, const std::optional<AuthServerMetadata> &metadata,
                                AuthFlow::RedirectKind kind)
{
    const int before = flow.outcomes();
    flow.flow.begin(base(), metadata, kind,
                    kind == AuthFlow::RedirectKind::SystemBrowser ? loopbackPort : 0);
    if (!QTest::qWaitFor([&] { return flow.outcomes() > before; }, stepTimeoutMs) ||
        flow.ready.size() == 0 || flow.outcomes() != before + 1 ||
        flow.ready.constLast().constFirst().toUrl().isEmpty())
        return {};
    return flow.ready.constLast().constFirst().toUrl();
}

QUrl TestAuthFlow::approve(const QUrl &authorizeUrl)
{
    QString error;
    const QUrl callback =
        AuthorizePage::decide(authorizeUrl, AuthorizePage::Decision::Approve, &error);
    if (!callback.isValid())
        qWarning().noquote() << "approval failed:" << error;
    return callback;
}

bool TestAuthFlow::finish(Flow &flow, const QUrl &callback)
{
    const qsizetype signedIn = flow.signedIn.size();
    const qsizetype failed = flow.failed.size();
    flow.flow.handleCallback(callback);
    const bool ended = QTest::qWaitFor(
        [&] { return flow.signedIn.size() > signedIn || flow.failed.size() > failed; },
        stepTimeoutMs);
    return ended && flow.signedIn.size() > signedIn;
}

std::optional<AccountRecord> TestAuthFlow::signInOnce(bool discovery)
{
    setDiscovery(discovery);
    Flow flow(&m_nam, m_keychain.get(), m_accounts.get());
    const QUrl authorizeUrl = beginAndWait(flow, discover());
    if (!authorizeUrl.isValid())
        return std::nullopt;
    if (!finish(flow, approve(authorizeUrl))) {
        qWarning().noquote() << "sign-in failed:" << flow.lastFailure();
        return std::nullopt;
    }
    const auto account = flow.signedIn.constLast().constFirst().value<AccountRecord>();
    rememberSecrets(account);
    return account;
}

SecretResult TestAuthFlow::readSecret(const QString &key)
{
    QSignalSpy finished(m_keychain->read(key), &SecretJob::finished);
    if (!finished.wait(stepTimeoutMs))
        return SecretResult::failure(SecretResult::Status::Failed, QStringLiteral("timeout"));
    return finished.constFirst().constFirst().value<SecretResult>();
}

void TestAuthFlow::rememberSecrets(const AccountRecord &account)
{
    const SecretResult token = readSecret(account.tokenKey());
    if (token.ok())
        m_secretsSeen << token.secret;
    if (const auto client = m_accounts->client(account.instanceUrl)) {
        const SecretResult secret = readSecret(client->secretKey());
        if (secret.ok())
            m_secretsSeen << secret.secret;
    }
}

qsizetype TestAuthFlow::codeExchanges()
{
    const QList<QJsonObject> all = m_sandbox.requestsTo(tokenPath, "POST");
    return std::count_if(all.cbegin(), all.cend(), [](const QJsonObject &request) {
        return field(formOf(request), "grant_type") == QLatin1String("authorization_code");
    });
}

int TestAuthFlow::verifyCredentials(const QString &token, QString *accountId)
{
    QNetworkRequest request(base().resolved(QUrl(verifyPath)));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_nam.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(stepTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (accountId)
        *accountId = QJsonDocument::fromJson(reply->readAll())
                         .object()
                         .value(QLatin1String("id"))
                         .toString();
    reply->deleteLater();
    return status;
}

void TestAuthFlow::signInRegistersExchangesAndKeepsTheAccount_data()
{
    QTest::addColumn<bool>("discovery");
    QTest::addColumn<AuthFlow::RedirectKind>("kind");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("redirectUri");

    const QString embedded = QStringLiteral("posthorn://callback");
    const QString loopback = QStringLiteral("http://127.0.0.1:%1/callback").arg(loopbackPort);
    QTest::newRow("granular scopes, PKCE, embedded browser")
        << true << AuthFlow::RedirectKind::EmbeddedBrowser << OAuthScopes::granular() << embedded;
    QTest::newRow("granular scopes, PKCE, system browser")
        << true << AuthFlow::RedirectKind::SystemBrowser << OAuthScopes::granular() << loopback;
    QTest::newRow("no discovery: classic scopes, no PKCE")
        << false << AuthFlow::RedirectKind::EmbeddedBrowser << OAuthScopes::classic() << embedded;
}

void TestAuthFlow::signInRegistersExchangesAndKeepsTheAccount()
{
    QFETCH(bool, discovery);
    QFETCH(AuthFlow::RedirectKind, kind);
    QFETCH(QStringList, scopes);
    QFETCH(QString, redirectUri);

    setDiscovery(discovery);
    const std::optional<AuthServerMetadata> metadata = discover();
    QCOMPARE(metadata.has_value(), discovery);

    Flow flow(&m_nam, m_keychain.get(), m_accounts.get());
    const QUrl authorizeUrl = beginAndWait(flow, metadata, kind);
    QVERIFY2(authorizeUrl.isValid(), qPrintable(flow.lastFailure()));
    QCOMPARE(flow.flow.redirectUri(), QUrl(redirectUri));

    // Registered once, for both ways back, with the scopes chosen for this server.
    const QList<QJsonObject> apps = m_sandbox.requestsTo(appsPath, "POST");
    QCOMPARE(apps.size(), 1);
    const QUrlQuery registration = formOf(apps.constFirst());
    QCOMPARE(field(registration, "client_name"), QStringLiteral("Posthorn"));
    QVERIFY(!field(registration, "website").isEmpty());
    QCOMPARE(field(registration, "redirect_uris").split(QLatin1Char('\n')),
             QStringList({QStringLiteral("posthorn://callback"),
                          QStringLiteral("http://127.0.0.1/callback")}));
    QCOMPARE(field(registration, "scopes").split(QLatin1Char(' ')), scopes);
    const std::optional<ClientRegistration> client = m_accounts->client(base());
    QVERIFY(client.has_value());

    // The authorization request, on the instance's own origin.
    QCOMPARE(authorizeUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery), base());
    QCOMPARE(authorizeUrl.path(), QStringLiteral("/oauth/authorize"));
    const QUrlQuery authorize(authorizeUrl);
    QCOMPARE(field(authorize, "response_type"), QStringLiteral("code"));
    QCOMPARE(field(authorize, "client_id"), client->clientId);
    QCOMPARE(field(authorize, "redirect_uri"), redirectUri);
    QCOMPARE(field(authorize, "scope").split(QLatin1Char(' ')), scopes);
    QVERIFY(field(authorize, "state").size() >= 32);
    const QString challenge = field(authorize, "code_challenge");
    QCOMPARE(!challenge.isEmpty(), discovery);
    QCOMPARE(field(authorize, "code_challenge_method"),
             discovery ? QStringLiteral("S256") : QString());

    const QUrl callback = approve(authorizeUrl);
    QVERIFY(callback.isValid());
    QCOMPARE(callback.adjusted(QUrl::RemoveQuery), QUrl(redirectUri));
    QVERIFY2(finish(flow, callback), qPrintable(flow.lastFailure()));
    QCOMPARE(flow.failed.size(), 0);
    QCOMPARE(flow.signedIn.size(), 1);

    // The exchange: the code from the callback, the client's credentials and, with
    // PKCE, the verifier whose S256 is the challenge the sandbox saw.
    const QList<QJsonObject> tokenRequests = m_sandbox.requestsTo(tokenPath, "POST");
    QCOMPARE(tokenRequests.size(), 1);
    const QUrlQuery exchange = formOf(tokenRequests.constFirst());
    QCOMPARE(field(exchange, "grant_type"), QStringLiteral("authorization_code"));
    QCOMPARE(field(exchange, "code"), field(QUrlQuery(callback), "code"));
    QCOMPARE(field(exchange, "client_id"), client->clientId);
    QCOMPARE(field(exchange, "redirect_uri"), redirectUri);
    const SecretResult clientSecret = readSecret(client->secretKey());
    QVERIFY2(clientSecret.ok(), qPrintable(clientSecret.message));
    QCOMPARE(field(exchange, "client_secret"), clientSecret.secret);
    const QString verifier = field(exchange, "code_verifier");
    QCOMPARE(!verifier.isEmpty(), discovery);
    if (discovery) {
        QCOMPARE(QString::fromLatin1(Pkce::challengeFor(verifier.toLatin1())), challenge);
        const QList<QJsonObject> decisions =
            m_sandbox.requestsTo(QStringLiteral("/oauth/authorize"), "POST");
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(field(formOf(decisions.constFirst()), "code_challenge"), challenge);
    }

    // The account, saved and current.
    const auto account = flow.signedIn.constFirst().constFirst().value<AccountRecord>();
    QCOMPARE(account.instanceUrl, base());
    QCOMPARE(account.accountId, QStringLiteral("1"));
    QCOMPARE(account.acct, QStringLiteral("demo"));
    QVERIFY(!account.displayName.isEmpty());
    QVERIFY(account.avatarUrl.isValid());
    QCOMPARE(m_accounts->accounts(), QList<AccountRecord>{account});
    QCOMPARE(m_accounts->currentAccountKey(), account.key());

    // The token in the keychain is the one the sandbox issued: it works.
    const SecretResult token = readSecret(account.tokenKey());
    QVERIFY2(token.ok(), qPrintable(token.message));
    QString accountId;
    QCOMPARE(verifyCredentials(token.secret, &accountId), 200);
    QCOMPARE(accountId, QStringLiteral("1"));
    const QList<QJsonObject> verifications = m_sandbox.requestsTo(verifyPath, "GET");
    QVERIFY(!verifications.isEmpty());
    QCOMPARE(verifications.constFirst()
                 .value(QLatin1String("headers"))
                 .toObject()
                 .value(QLatin1String("authorization"))
                 .toString(),
             QStringLiteral("Bearer ") + token.secret);

    QVERIFY(flow.progressed.size() >= 3);
    rememberSecrets(account);
}

void TestAuthFlow::reusesTheRegisteredClient()
{
    const std::optional<AccountRecord> first = signInOnce();
    QVERIFY(first.has_value());
    const std::optional<ClientRegistration> client = m_accounts->client(base());
    QVERIFY(client.has_value());

    // Again, the other way back: the same client serves both.
    Flow flow(&m_nam, m_keychain.get(), m_accounts.get());
    const QUrl authorizeUrl = beginAndWait(flow, discover(), AuthFlow::RedirectKind::SystemBrowser);
    QVERIFY2(authorizeUrl.isValid(), qPrintable(flow.lastFailure()));
    QCOMPARE(field(QUrlQuery(authorizeUrl), "client_id"), client->clientId);
    QVERIFY2(finish(flow, approve(authorizeUrl)), qPrintable(flow.lastFailure()));

    QCOMPARE(m_sandbox.requestsTo(appsPath, "POST").size(), 1);
    // The client was checked with an app token, which was given back at once.
    const QList<QJsonObject> tokenRequests = m_sandbox.requestsTo(tokenPath, "POST");
    QCOMPARE(tokenRequests.size(), 3);
    QCOMPARE(field(formOf(tokenRequests.at(1)), "grant_type"),
             QStringLiteral("client_credentials"));
    QCOMPARE(m_sandbox.requestsTo(revokePath, "POST").size(), 1);
    // Fresh state and challenge for every attempt.
    const QList<QJsonObject> authorizations =
        m_sandbox.requestsTo(QStringLiteral("/oauth/authorize"), "GET");
    QCOMPARE(authorizations.size(), 2);
    const QUrlQuery a(authorizations.at(0).value(QLatin1String("query")).toString());
    const QUrlQuery b(authorizations.at(1).value(QLatin1String("query")).toString());
    QVERIFY(field(a, "state") != field(b, "state"));
    QVERIFY(field(a, "code_challenge") != field(b, "code_challenge"));
}

void TestAuthFlow::registersAgainAfterInvalidClient()
{
    QVERIFY(signInOnce().has_value());
    const std::optional<ClientRegistration> stale = m_accounts->client(base());
    QVERIFY(stale.has_value());

    Flow flow(&m_nam, m_keychain.get(), m_accounts.get());
    const QUrl authorizeUrl = beginAndWait(flow, discover());
    QVERIFY(authorizeUrl.isValid());
    const QUrl callback = approve(authorizeUrl);
    QVERIFY(callback.isValid());
    // The server forgets every app (as Mastodon before 4.3 did with unused ones)
    // while the user is on the authorization page.
    m_sandbox.reset();

    QVERIFY(!finish(flow, callback));
    QVERIFY2(flow.lastFailure().contains(QLatin1String("no longer knows Posthorn's registration")),
             qPrintable(flow.lastFailure()));
    QVERIFY(!m_accounts->client(base()).has_value());
    QCOMPARE(readSecret(stale->secretKey()).status, SecretResult::Status::NotFound);

    // The wizard starts over with the same flow: a new registration, and it works.
    const QUrl again = beginAndWait(flow, discover());
    QVERIFY2(again.isValid(), qPrintable(flow.lastFailure()));
    QCOMPARE(m_sandbox.requestsTo(appsPath, "POST").size(), 1);
    const std::optional<ClientRegistration> fresh = m_accounts->client(base());
    QVERIFY(fresh.has_value());
    QVERIFY(fresh->clientId != stale->clientId);
    QVERIFY2(finish(flow, approve(again)), qPrintable(flow.lastFailure()));
    rememberSecrets(flow.signedIn.constLast().constFirst().value<AccountRecord>());
}

void TestAuthFlow::registersAgainWhenTheServerDroppedTheClient()
{
    QVERIFY(signInOnce().has_value());
    const std::optional<ClientRegistration> stale = m_accounts->client(base());
    QVERIFY(stale.has_value());
    // Gone before the next sign-in starts: found out before the user sees the
    // server's error page, and replaced without bothering them.
    m_sandbox.reset();

    Flow flow(&m_nam, m_keychain.get(), m_accounts.get());
    const QUrl authorizeUrl = beginAndWait(flow, discover());
    QVERIFY2(authorizeUrl.isValid(), qPrintable(flow.lastFailure()));
    QCOMPARE(flow.failed.size(), 0);
    const QList<QJsonObject> checks = m_sandbox.requestsTo(tokenPath, "POST");
    QCOMPARE(checks.size(), 1);
    QCOMPARE(field(formOf(checks.constFirst()), "grant_type"),
             QStringLiteral("client_credentials"));
    QCOMPARE(field(formOf(checks.constFirst()), "client_id"), stale->clientId);
    QCOMPARE(m_sandbox.requestsTo(appsPath, "POST").size(), 1);
    const std::optional<ClientRegistration> fresh = m_accounts->client(base());
    QVERIFY(fresh.has_value());
    QVERIFY(fresh->clientId != stale->clientId);
    QCOMPARE(field(QUrlQuery(authorizeUrl), "client_id"), fresh->clientId);
    QVERIFY2(finish(flow, approve(authorizeUrl)), qPrintable(flow.lastFailure()));
    rememberSecrets(flow.signedIn.constLast().constFirst().value<AccountRecord>());
}

void TestAuthFlow::wrongStateIsRejected_data()
{
    QTest::addColumn<BadCallback>("bad");
    QTest::newRow("tampered state") << BadCallback::TamperedState;
    QTest::newRow("no state") << BadCallback::MissingState;
    QTest::newRow("state of an earlier attempt") << BadCallback::EarlierAttempt;
}

void TestAuthFlow::wrongStateIsRejected()
{
    QFETCH(BadCallback, bad);

    Flow flow(&m_nam, m_keychain.get(), m_accounts.get());
    const std::optional<AuthServerMetadata> metadata = discover();
    QUrl earlier;
    if (bad == BadCallback::EarlierAttempt)
        earlier = beginAndWait(flow, metadata);
    const QUrl authorizeUrl = beginAndWait(flow, metadata);
    QVERIFY(authorizeUrl.isValid());
    const QUrl callback = approve(authorizeUrl);
    QVERIFY(callback.isValid());

    QUrl forged = callback;
    QUrlQuery query(callback);
    const QString state = field(query, "state");
    switch (bad) {
    case BadCallback::TamperedState:
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"),
                           state.left(state.size() - 1) + (state.endsWith(QLatin1Char('A'))
                                                               ? QLatin1Char('B')
                                                               : QLatin1Char('A')));
        break;
    case BadCallback::MissingState:
        query.removeAllQueryItems(QStringLiteral("state"));
        break;
    case BadCallback::EarlierAttempt:
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), field(QUrlQuery(earlier), "state"));
        break;
    }
    forged.setQuery(query);

    QVERIFY(!finish(flow, forged));
    QVERIFY2(flow.lastFailure().contains(QLatin1String("did not match this sign-in attempt")),
             qPrintable(flow.lastFailure()));
    // Fixed wait: checks that nothing happens, no code exchange after the refusal.
    QTest::qWait(200);
    QCOMPARE(codeExchanges(), 0);
    QVERIFY(m_accounts->accounts().isEmpty());

    // A forged answer does not spoil the real one, which may still arrive.
    QVERIFY2(finish(flow, callback), qPrintable(flow.lastFailure()));
    QCOMPARE(codeExchanges(), 1);
    rememberSecrets(flow.signedIn.constLast().constFirst().value<AccountRecord>());
}

void TestAuthFlow::deniedAuthorizationFailsWithTheServersWords()
{
    Flow flow(&m_nam, m_keychain.get(), m_accounts.get());
    const QUrl authorizeUrl = beginAndWait(flow, discover());
    QVERIFY(authorizeUrl.isValid());
    QString error;
    const QUrl callback =
        AuthorizePage::decide(authorizeUrl, AuthorizePage::Decision::Deny, &error);
    QVERIFY2(callback.isValid(), qPrintable(error));
    QCOMPARE(field(QUrlQuery(callback), "error"), QStringLiteral("access_denied"));

    QVERIFY(!finish(flow, callback));
    QVERIFY2(flow.lastFailure().contains(QLatin1String("Access was denied")),
             qPrintable(flow.lastFailure()));
    QCOMPARE(codeExchanges(), 0);
    QVERIFY(m_accounts->accounts().isEmpty());
    QVERIFY(m_accounts->currentAccountKey().isEmpty());
}

void TestAuthFlow::replayedCallbackIsRefused()
{
    Flow flow(&m_nam, m_keychain.get(), m_accounts.get());
    const QUrl authorizeUrl = beginAndWait(flow, discover());
    QVERIFY(authorizeUrl.isValid());
    const QUrl callback = approve(authorizeUrl);
    QVERIFY2(finish(flow, callback), qPrintable(flow.lastFailure()));
    rememberSecrets(flow.signedIn.constLast().constFirst().value<AccountRecord>());

    // The same answer once more: its state was used up, nothing goes to the server.
    QVERIFY(!finish(flow, callback));
    QVERIFY(!flow.lastFailure().isEmpty());
    QCOMPARE(flow.signedIn.size(), 1);
    // Fixed wait: checks that nothing happens, no second code exchange.
    QTest::qWait(200);
    QCOMPARE(codeExchanges(), 1);
}

void TestAuthFlow::codeUsedTwiceFails()
{
    // Without PKCE the code alone (with the client's credentials) is enough, so the
    // test can redeem it first, as an eavesdropper on the redirect would try to.
    setDiscovery(false);
    Flow flow(&m_nam, m_keychain.get(), m_accounts.get());
    const QUrl authorizeUrl = beginAndWait(flow, discover());
    QVERIFY(authorizeUrl.isValid());
    const QUrl callback = approve(authorizeUrl);
    QVERIFY(callback.isValid());

    const std::optional<ClientRegistration> client = m_accounts->client(base());
    QVERIFY(client.has_value());
    const SecretResult secret = readSecret(client->secretKey());
    QVERIFY(secret.ok());
    m_secretsSeen << secret.secret;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), field(QUrlQuery(callback), "code"));
    form.addQueryItem(QStringLiteral("client_id"), client->clientId);
    form.addQueryItem(QStringLiteral("client_secret"), secret.secret);
    form.addQueryItem(QStringLiteral("redirect_uri"), flow.flow.redirectUri().toString());
    QNetworkRequest request(base().resolved(QUrl(tokenPath)));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, stepTimeoutMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    QVERIFY(!finish(flow, callback));
    QVERIFY2(flow.lastFailure().contains(QLatin1String("did not accept the sign-in")),
             qPrintable(flow.lastFailure()));
    QVERIFY2(flow.lastFailure().contains(QLatin1String("invalid_grant")),
             qPrintable(flow.lastFailure()));
    QCOMPARE(codeExchanges(), 2);
    QVERIFY(m_accounts->accounts().isEmpty());
}

void TestAuthFlow::foreignAuthorizationEndpointIsRefused()
{
    std::optional<AuthServerMetadata> metadata = discover();
    QVERIFY(metadata.has_value());
    QUrl elsewhere = metadata->authorizationEndpoint;
    elsewhere.setHost(QStringLiteral("127.0.0.2"));
    metadata->authorizationEndpoint = elsewhere;

    Flow flow(&m_nam, m_keychain.get(), m_accounts.get());
    QVERIFY(!beginAndWait(flow, metadata).isValid());
    QCOMPARE(flow.failed.size(), 1);
    QVERIFY2(flow.lastFailure().contains(QLatin1String("127.0.0.2")),
             qPrintable(flow.lastFailure()));
    QCOMPARE(m_sandbox.requestsTo(appsPath, "POST").size(), 0);
}

void TestAuthFlow::cancelStopsQuietly()
{
    Flow flow(&m_nam, m_keychain.get(), m_accounts.get());
    const std::optional<AuthServerMetadata> metadata = discover();

    // While registering.
    m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), appsPath},
                        {QStringLiteral("kind"), QStringLiteral("delay")},
                        {QStringLiteral("delayMs"), 800}});
    flow.flow.begin(base(), metadata, AuthFlow::RedirectKind::EmbeddedBrowser);
    QTRY_VERIFY(!m_sandbox.requestsTo(appsPath, "POST").isEmpty());
    flow.flow.cancel();
    // Fixed wait: checks that nothing happens past the server's 800 ms delay.
    QTest::qWait(1200);
    QCOMPARE(flow.outcomes(), 0);

    // While exchanging the code.
    const QUrl authorizeUrl = beginAndWait(flow, metadata);
    QVERIFY2(authorizeUrl.isValid(), qPrintable(flow.lastFailure()));
    const QUrl callback = approve(authorizeUrl);
    m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), tokenPath},
                        {QStringLiteral("kind"), QStringLiteral("delay")},
                        {QStringLiteral("delayMs"), 800}});
    const qsizetype exchanges = codeExchanges();
    flow.flow.handleCallback(callback);
    QTRY_VERIFY(codeExchanges() > exchanges);
    flow.flow.cancel();
    // Fixed wait: checks that nothing happens past the server's 800 ms delay.
    QTest::qWait(1200);
    QCOMPARE(flow.signedIn.size(), 0);
    QCOMPARE(flow.failed.size(), 0);
    QVERIFY(m_accounts->accounts().isEmpty());
}

void TestAuthFlow::tokenTheKeychainDoesNotKeep_data()
{
    QTest::addColumn<FaultySecretStore::Fault>("fault");
    QTest::addColumn<QString>("says");
    QTest::newRow("write refused")
        << FaultySecretStore::Fault::RefusesWrite << QStringLiteral("test keychain is locked");
    QTest::newRow("write kept nothing") << FaultySecretStore::Fault::KeepsNothing
                                        << QStringLiteral("Nothing is stored in the keychain");
    QTest::newRow("reads back something else")
        << FaultySecretStore::Fault::ReadsBackOther << QStringLiteral("did not keep the token");
}

void TestAuthFlow::tokenTheKeychainDoesNotKeep()
{
    QFETCH(FaultySecretStore::Fault, fault);
    QFETCH(QString, says);

    FaultySecretStore secrets(fault);
    Flow flow(&m_nam, &secrets, m_accounts.get());
    const QUrl authorizeUrl = beginAndWait(flow, discover());
    QVERIFY2(authorizeUrl.isValid(), qPrintable(flow.lastFailure()));
    QVERIFY(!finish(flow, approve(authorizeUrl)));
    QVERIFY2(flow.lastFailure().contains(says), qPrintable(flow.lastFailure()));
    QVERIFY(m_accounts->accounts().isEmpty());
    QVERIFY(m_accounts->currentAccountKey().isEmpty());

    // The token that could not be kept is handed back to the server.
    QVERIFY(QTest::qWaitFor([&] { return !m_sandbox.requestsTo(revokePath, "POST").isEmpty(); },
                            stepTimeoutMs));
    const QString token =
        field(formOf(m_sandbox.requestsTo(revokePath, "POST").constFirst()), "token");
    QVERIFY(!token.isEmpty());
    m_secretsSeen << token;
    QCOMPARE(verifyCredentials(token), 401);
}

void TestAuthFlow::signOutRevokesAndForgetsTheAccount_data()
{
    QTest::addColumn<bool>("serverAnswers");
    QTest::newRow("revoked on the server") << true;
    QTest::newRow("server fails to revoke") << false;
}

void TestAuthFlow::signOutRevokesAndForgetsTheAccount()
{
    QFETCH(bool, serverAnswers);

    const std::optional<AccountRecord> account = signInOnce();
    QVERIFY(account.has_value());
    const SecretResult token = readSecret(account->tokenKey());
    QVERIFY(token.ok());
    QCOMPARE(verifyCredentials(token.secret), 200);
    if (!serverAnswers)
        m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), revokePath},
                            {QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), 503}});

    AccountSignOut signOut(&m_nam, m_keychain.get(), m_accounts.get());
    QSignalSpy finished(&signOut, &AccountSignOut::finished);
    signOut.start(*account);
    QVERIFY(finished.wait(stepTimeoutMs));
    QCOMPARE(finished.size(), 1);
    const bool revoked = finished.constFirst().at(0).toBool();
    const QString message = finished.constFirst().at(1).toString();
    QCOMPARE(revoked, serverAnswers);
    QCOMPARE(message.isEmpty(), serverAnswers);

    const QList<QJsonObject> revocations = m_sandbox.requestsTo(revokePath, "POST");
    QCOMPARE(revocations.size(), 1);
    const QUrlQuery form = formOf(revocations.constFirst());
    QCOMPARE(field(form, "token"), token.secret);
    QCOMPARE(field(form, "client_id"), m_accounts->client(base())->clientId);

    // The sandbox now refuses the token (when it was told), and nothing is left here.
    QCOMPARE(verifyCredentials(token.secret), serverAnswers ? 401 : 200);
    QCOMPARE(readSecret(account->tokenKey()).status, SecretResult::Status::NotFound);
    QVERIFY(m_accounts->accounts().isEmpty());
    QVERIFY(m_accounts->currentAccountKey().isEmpty());
    // The client stays registered for the next sign-in on this instance.
    QVERIFY(m_accounts->client(base()).has_value());
}

void TestAuthFlow::noSecretInAnyFileOrLog()
{
    m_secretsSeen.removeDuplicates();
    m_secretsSeen.removeAll(QString());
    // Tokens and client secrets of every sign-in above.
    QVERIFY2(m_secretsSeen.size() >= 10, qPrintable(QString::number(m_secretsSeen.size())));

    QStringList roots = {
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
        QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation),
        m_settingsDir.path(),
    };
    roots.removeAll(QString());
    int filesRead = 0;
    bool sawClientId = false;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!QFileInfo(file).isFile() || file.size() > 64 * 1024 * 1024 ||
                !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = file.readAll();
            ++filesRead;
            sawClientId = sawClientId || data.contains("clientId=");
            for (const QString &secret : std::as_const(m_secretsSeen)) {
                QVERIFY2(!data.contains(secret.toUtf8()) &&
                             !data.contains(QUrl::toPercentEncoding(secret)),
                         qPrintable(QStringLiteral("a secret is in %1").arg(file.fileName())));
            }
        }
    }
    qInfo().noquote() << "looked for" << m_secretsSeen.size() << "secrets in" << filesRead
                      << "files under" << roots.join(QStringLiteral(", "));
    // The scan did read the settings the sign-ins wrote.
    QVERIFY(filesRead >= m_settingsFiles.size());
    QVERIFY(sawClientId);

    const QMutexLocker lock(&logMutex);
    QVERIFY(loggedMessages().size() > 20);
    for (const QString &message : std::as_const(loggedMessages())) {
        for (const QString &secret : std::as_const(m_secretsSeen))
            QVERIFY2(!message.contains(secret), "a secret was logged");
    }
}

void TestAuthFlow::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    // This run's keychain entries: the last token (signed out already) and client secret.
    if (m_keychain) {
        const QString authority = base().authority();
        const QStringList keys = {QStringLiteral("client-secret/") + authority,
                                  QStringLiteral("token/") + authority + QStringLiteral("/1")};
        for (const QString &key : keys) {
            QSignalSpy removed(m_keychain->remove(key), &SecretJob::finished);
            removed.wait(stepTimeoutMs);
        }
    }
}

QTEST_GUILESS_MAIN(TestAuthFlow)
#include "tst_authflow.moc"
