// The real ApiClient over real HTTP against the sandbox server: every error kind is
// produced by the server (or the network) and recognised by the client.
#include "api/apiclient.h"
#include "api/application.h"
#include "api/credentialaccount.h"
#include "api/instance.h"
#include "api/iso8601.h"
#include "api/mediaattachment.h"
#include "api/relationship.h"
#include "api/status.h"

#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int finishTimeoutMs = 20000;

// Counts what reaches the network layer, to prove that refused calls send nothing.
class CountingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

// One finished reply: the result, how many times finished() came, and how long it took.
struct Outcome
{
    ApiResult result;
    int finishedCount = 0;
    qint64 elapsedMs = 0;
};

// Connects at once, so replies running side by side are all caught.
std::shared_ptr<Outcome> watch(ApiReply *reply)
{
    auto outcome = std::make_shared<Outcome>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QObject::connect(reply, &ApiReply::finished, reply, [outcome, timer](const ApiResult &result) {
        outcome->result = result;
        outcome->elapsedMs = timer->elapsed();
        ++outcome->finishedCount;
    });
    return outcome;
}

Outcome wait(const std::shared_ptr<Outcome> &outcome)
{
    if (!QTest::qWaitFor([&] { return outcome->finishedCount > 0; }, finishTimeoutMs))
        QTest::qFail("the reply never finished", __FILE__, __LINE__);
    return *outcome;
}

Outcome waitFor(ApiReply *reply)
{
    return wait(watch(reply));
}

QString kind(const ApiResult &result)
{
    return ApiError::kindName(result.error.kind);
}

QString kindOf(ApiError::Kind kind)
{
    return ApiError::kindName(kind);
}

QString headerOf(const QJsonObject &request, const char *name)
{
    return request.value(QLatin1String("headers")).toObject().value(QLatin1String(name)).toString();
}

QJsonObject fault(const char *method, const char *path, const char *kind)
{
    return {{QStringLiteral("method"), QLatin1String(method)},
            {QStringLiteral("path"), QLatin1String(path)},
            {QStringLiteral("kind"), QLatin1String(kind)},
            {QStringLiteral("count"), 1}};
}

const QString verifyCredentials = QStringLiteral("/api/v1/accounts/verify_credentials");
const QString statuses = QStringLiteral("/api/v1/statuses");

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sendsIdentityAndToken();
    void noTokenNoAuthorization();
    void idempotencyKeyIsSent();
    void dropAfterPostIsRetriedSafely();
    void queryIsEncodedExactly();
    void formBodyAndOAuthError();
    void multipartUploadReportsProgress();
    void editAndDelete();
    void clientsSharingTheManagerKeepTheirTokens();
    void arrayReplyParsesAsList();

    void networkConnectionRefused();
    void droppedConnectionIsARetryableNetworkError();
    void slowAnswerTimesOutAndIsRetryable();
    void failedTlsHandshakeIsNotRetried();
    void unknownTokenIsUnauthorizedWithTheServersMessage();
    void missingScopeIsForbidden();
    void missingRecordIsNotFoundWithTheServersMessage();
    void validationErrorCarriesTheServersMessage();
    void rateLimitSaysWhenToRetry();
    void serverErrorIsRetryableAndNamesTheStatus_data();
    void serverErrorIsRetryableAndNamesTheStatus();
    void malformedJsonIsNotRetried();
    void truncatedBodyIsReportedAsCutOff();
    void oversizedBodyIsRefusedWithinTheCap_data();
    void oversizedBodyIsRefusedWithinTheCap();
    void oversizedBodyWithoutLength();
    void abortedRequestFinishesOnceAsCancelled();
    void abortAfterFinishIsHarmless();
    void destroyingTheClientStopsItsReplies();
    void insecureBaseUrlSendsNothing();
    void crossOriginRedirectIsRefused_data();
    void crossOriginRedirectIsRefused();
    void sameOriginRedirectIsFollowed();

private:
    std::unique_ptr<ApiClient> makeClient(const QString &token = {});

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestApiClient::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
}

void TestApiClient::init()
{
    m_sandbox.reset();
}

std::unique_ptr<ApiClient> TestApiClient::makeClient(const QString &token)
{
    auto client = std::make_unique<ApiClient>(&m_nam, m_sandbox.baseUrl());
    if (!token.isEmpty())
        client->setAccessToken(token);
    return client;
}

void TestApiClient::sendsIdentityAndToken()
{
    const QString token = m_sandbox.mintToken();
    QVERIFY(!token.isEmpty());
    auto client = makeClient(token);
    const Outcome outcome = waitFor(client->get(verifyCredentials));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::None));
    QCOMPARE(outcome.result.httpStatus, 200);
    QCOMPARE(outcome.finishedCount, 1);

    ApiError error;
    const auto account = outcome.result.parseAs<CredentialAccount>(&error);
    QVERIFY2(account, qPrintable(error.message));
    QCOMPARE(account->account.username, QStringLiteral("demo"));
    QVERIFY(outcome.result.rateLimit.limit.has_value());
    QVERIFY(outcome.result.rateLimit.reset.isValid());

    const QList<QJsonObject> seen = m_sandbox.requestsTo(verifyCredentials);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(headerOf(seen.first(), "user-agent"), QStringLiteral("Posthorn/0.1.0"));
    QCOMPARE(headerOf(seen.first(), "authorization"), QStringLiteral("Bearer ") + token);
    QCOMPARE(headerOf(seen.first(), "accept"), QStringLiteral("application/json"));
    QCOMPARE(headerOf(seen.first(), "cookie"), QString());
}

void TestApiClient::noTokenNoAuthorization()
{
    auto client = makeClient();
    const Outcome outcome = waitFor(client->get(QStringLiteral("/api/v2/instance")));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::None));
    ApiError error;
    const auto instance = outcome.result.parseAs<Instance>(&error);
    QVERIFY2(instance, qPrintable(error.message));
    QVERIFY(!instance->domain.isEmpty());
    QVERIFY(instance->configuration.maxCharacters > 0);

    const QList<QJsonObject> seen = m_sandbox.requestsTo(QStringLiteral("/api/v2/instance"));
    QCOMPARE(seen.size(), 1);
    QVERIFY(!seen.first()
                 .value(QLatin1String("headers"))
                 .toObject()
                 .contains(QLatin1String("authorization")));
}

void TestApiClient::idempotencyKeyIsSent()
{
    auto client = makeClient(m_sandbox.mintToken());
    const QJsonObject body{{QStringLiteral("status"), QStringLiteral("Hello from Posthorn")}};
    const ApiRequest::Headers key{
        {QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("posthorn-test-7f3a")}};
    const Outcome first = waitFor(client->postJson(statuses, body, key));
    QCOMPARE(kind(first.result), kindOf(ApiError::Kind::None));
    const Outcome second = waitFor(client->postJson(statuses, body, key));
    QCOMPARE(kind(second.result), kindOf(ApiError::Kind::None));

    const auto a = first.result.parseAs<Status>();
    const auto b = second.result.parseAs<Status>();
    QVERIFY(a && b);
    QCOMPARE(b->id, a->id);
    QCOMPARE(a->account.username, QStringLiteral("demo"));

    const QList<QJsonObject> seen = m_sandbox.requestsTo(statuses);
    QCOMPARE(seen.size(), 2);
    for (const QJsonObject &request : seen) {
        QCOMPARE(headerOf(request, "idempotency-key"), QStringLiteral("posthorn-test-7f3a"));
        QVERIFY(headerOf(request, "content-type").startsWith(QLatin1String("application/json")));
    }
}

void TestApiClient::dropAfterPostIsRetriedSafely()
{
    // The server creates the status and drops the connection. Qt itself resends a
    // request whose connection closed before any reply byte (twice, POST included), so
    // the fault must outlast those resends to reach the client as a retryable Network
    // error. Every attempt carries the same key, so the server creates one status.
    auto client = makeClient(m_sandbox.mintToken());
    QJsonObject drop = fault("POST", "/api/v1/statuses", "drop_after");
    drop.insert(QStringLiteral("count"), 10);
    m_sandbox.addFault(drop);
    const QJsonObject body{{QStringLiteral("status"), QStringLiteral("Posted once")}};
    const ApiRequest::Headers key{
        {QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("posthorn-retry-1")}};
    const Outcome dropped = waitFor(client->postJson(statuses, body, key));
    QCOMPARE(kind(dropped.result), kindOf(ApiError::Kind::Network));
    QVERIFY(dropped.result.error.isRetryable());
    QCOMPARE(dropped.result.httpStatus, 0);
    const QList<QJsonObject> attempts = m_sandbox.requestsTo(statuses);
    QVERIFY(!attempts.isEmpty());
    for (const QJsonObject &attempt : attempts)
        QCOMPARE(headerOf(attempt, "idempotency-key"), QStringLiteral("posthorn-retry-1"));

    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
    const Outcome retried = waitFor(client->postJson(statuses, body, key));
    QCOMPARE(kind(retried.result), kindOf(ApiError::Kind::None));
    const QJsonArray stored = m_sandbox.control("GET", QStringLiteral("/_sandbox/statuses"))
                                  .object()
                                  .value(QLatin1String("statuses"))
                                  .toArray();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(retried.result.parseAs<Status>()->id,
             stored.first().toObject().value(QLatin1String("id")).toString());
    qInfo("Qt sent the dropped POST %d times", int(attempts.size()));
}

void TestApiClient::queryIsEncodedExactly()
{
    auto client = makeClient(m_sandbox.mintToken());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QStringLiteral("c++ & friends=ü"));
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("accounts"));
    const Outcome outcome = waitFor(client->get(QStringLiteral("/api/v2/search"), query));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::None));
    const QList<QJsonObject> seen = m_sandbox.requestsTo(QStringLiteral("/api/v2/search"));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().value(QLatin1String("query")).toString(),
             QStringLiteral("q=c%2B%2B%20%26%20friends%3D%C3%BC&type=accounts"));
}

void TestApiClient::formBodyAndOAuthError()
{
    auto client = makeClient();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_name"), QStringLiteral("Posthorn + tests"));
    form.addQueryItem(QStringLiteral("redirect_uris"), QStringLiteral("urn:ietf:wg:oauth:2.0:oob"));
    form.addQueryItem(QStringLiteral("scopes"), QStringLiteral("read write"));
    const Outcome registered = waitFor(client->postForm(QStringLiteral("/api/v1/apps"), form));
    QCOMPARE(kind(registered.result), kindOf(ApiError::Kind::None));
    ApiError error;
    const auto app = registered.result.parseAs<Application>(&error);
    QVERIFY2(app, qPrintable(error.message));
    QCOMPARE(app->name, QStringLiteral("Posthorn + tests"));
    QVERIFY(app->hasClientCredentials());

    QUrlQuery exchange;
    exchange.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    exchange.addQueryItem(QStringLiteral("code"), QStringLiteral("not-a-real-code"));
    exchange.addQueryItem(QStringLiteral("client_id"), app->clientId);
    exchange.addQueryItem(QStringLiteral("client_secret"), app->clientSecret);
    exchange.addQueryItem(QStringLiteral("redirect_uri"),
                          QStringLiteral("urn:ietf:wg:oauth:2.0:oob"));
    const Outcome refused = waitFor(client->postForm(QStringLiteral("/oauth/token"), exchange));
    QCOMPARE(kind(refused.result), kindOf(ApiError::Kind::Validation));
    QCOMPARE(refused.result.httpStatus, 400);
    const QJsonObject body = refused.result.json.object();
    QCOMPARE(refused.result.error.message,
             body.value(QLatin1String("error")).toString() + QStringLiteral(": ") +
                 body.value(QLatin1String("error_description")).toString());
    QVERIFY(refused.result.error.message.startsWith(QLatin1String("invalid_grant: ")));
}

void TestApiClient::multipartUploadReportsProgress()
{
    auto client = makeClient(m_sandbox.mintToken());
    // A 1×1 PNG; the padding after it makes the upload long enough to report progress.
    QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQV"
                                            "R42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    png.append(QByteArray(512 * 1024, '\0'));

    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/png"));
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArrayLiteral("form-data; name=\"file\"; filename=\"dot.png\""));
    file.setBody(png);
    multiPart->append(file);
    QHttpPart description;
    description.setHeader(QNetworkRequest::ContentDispositionHeader,
                          QByteArrayLiteral("form-data; name=\"description\""));
    description.setBody(QByteArrayLiteral("A single dot"));
    multiPart->append(description);
    QPointer<QHttpMultiPart> guard(multiPart);

    ApiReply *reply = client->postMultipart(QStringLiteral("/api/v2/media"), multiPart);
    qint64 lastSent = 0;
    qint64 lastTotal = 0;
    connect(reply, &ApiReply::uploadProgress, this, [&](qint64 sent, qint64 total) {
        lastSent = sent;
        lastTotal = total;
    });
    const Outcome outcome = waitFor(reply);
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::None));
    QVERIFY2(lastTotal > png.size(),
             qPrintable(QStringLiteral("%1/%2").arg(lastSent).arg(lastTotal)));
    QCOMPARE(lastSent, lastTotal);
    const auto media = outcome.result.parseAs<MediaAttachment>();
    QVERIFY(media);
    QCOMPARE(media->type, QStringLiteral("image"));
    QCOMPARE(media->description, QStringLiteral("A single dot"));
    // The reply owned the multipart and took it along.
    QTRY_VERIFY(guard.isNull());
}

void TestApiClient::editAndDelete()
{
    auto client = makeClient(m_sandbox.mintToken());
    const Outcome posted =
        waitFor(client->postJson(statuses, {{QStringLiteral("status"), QStringLiteral("frist")}}));
    const auto status = posted.result.parseAs<Status>();
    QVERIFY(status);
    const QString path = statuses + QLatin1Char('/') + status->id;

    const Outcome edited =
        waitFor(client->putJson(path, {{QStringLiteral("status"), QStringLiteral("first")}}));
    QCOMPARE(kind(edited.result), kindOf(ApiError::Kind::None));
    QVERIFY(edited.result.parseAs<Status>()->content.contains(QLatin1String("first")));

    const Outcome deleted = waitFor(client->deleteResource(path));
    QCOMPARE(kind(deleted.result), kindOf(ApiError::Kind::None));
    QCOMPARE(deleted.result.parseAs<Status>()->text, QStringLiteral("first"));

    const Outcome gone = waitFor(client->get(path));
    QCOMPARE(kind(gone.result), kindOf(ApiError::Kind::NotFound));
}

void TestApiClient::clientsSharingTheManagerKeepTheirTokens()
{
    const QString aliceToken = m_sandbox.mintToken(QStringLiteral("read"), QStringLiteral("alice"));
    const QString annaToken = m_sandbox.mintToken(QStringLiteral("read"), QStringLiteral("anna"));
    auto alice = makeClient(aliceToken);
    auto anna = makeClient(annaToken);
    const auto aliceWatch = watch(alice->get(verifyCredentials));
    const Outcome forAnna = waitFor(anna->get(verifyCredentials));
    const Outcome forAlice = wait(aliceWatch);
    const auto aliceAccount = forAlice.result.parseAs<CredentialAccount>();
    const auto annaAccount = forAnna.result.parseAs<CredentialAccount>();
    QVERIFY(aliceAccount && annaAccount);
    QCOMPARE(aliceAccount->account.username, QStringLiteral("alice"));
    QCOMPARE(annaAccount->account.username, QStringLiteral("anna"));
}

void TestApiClient::arrayReplyParsesAsList()
{
    auto alice = makeClient(m_sandbox.mintToken(QStringLiteral("read"), QStringLiteral("alice")));
    const auto aliceAccount = waitFor(alice->get(verifyCredentials)).result.parseAs<Account>();
    QVERIFY(aliceAccount);

    auto client = makeClient(m_sandbox.mintToken());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id[]"), aliceAccount->id);
    const Outcome outcome =
        waitFor(client->get(QStringLiteral("/api/v1/accounts/relationships"), query));
    ApiError error;
    const auto relationships =
        outcome.result.parseListAs<Relationship>(QStringLiteral("Relationship"), &error);
    QVERIFY2(relationships, qPrintable(error.message));
    QCOMPARE(relationships->size(), 1);
    QCOMPARE(relationships->first().id, aliceAccount->id);

    // The same reply read as a single entity is Malformed, naming what was wrong.
    QVERIFY(!outcome.result.parseAs<Relationship>(&error));
    QCOMPARE(kindOf(error.kind), kindOf(ApiError::Kind::Malformed));
    QVERIFY2(error.message.contains(QLatin1String("got an array")), qPrintable(error.message));
}

void TestApiClient::networkConnectionRefused()
{
    // A port that was free a moment ago: nothing listens there now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    ApiClient client(&m_nam, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const Outcome outcome = waitFor(client.get(verifyCredentials));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Network));
    QVERIFY(outcome.result.error.isRetryable());
    QVERIFY(!outcome.result.error.message.isEmpty());
}

void TestApiClient::droppedConnectionIsARetryableNetworkError()
{
    auto client = makeClient(m_sandbox.mintToken());
    // More uses than Qt's own silent resends (see dropAfterPostIsRetriedSafely).
    QJsonObject drop = fault("GET", "/api/v1/accounts/verify_credentials", "drop");
    drop.insert(QStringLiteral("count"), 10);
    m_sandbox.addFault(drop);
    const Outcome outcome = waitFor(client->get(verifyCredentials));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Network));
    QVERIFY(outcome.result.error.isRetryable());
}

void TestApiClient::slowAnswerTimesOutAndIsRetryable()
{
    auto client = makeClient(m_sandbox.mintToken());
    client->setTransferTimeout(400ms);
    QJsonObject slow = fault("GET", "/api/v1/accounts/verify_credentials", "delay");
    slow.insert(QStringLiteral("delayMs"), 4000);
    m_sandbox.addFault(slow);
    const Outcome outcome = waitFor(client->get(verifyCredentials));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Timeout));
    QVERIFY(outcome.result.error.isRetryable());
    QVERIFY2(outcome.elapsedMs < 3000, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestApiClient::failedTlsHandshakeIsNotRetried()
{
    // The sandbox speaks plain HTTP, so the TLS handshake cannot succeed.
    QUrl url = m_sandbox.baseUrl();
    url.setScheme(QStringLiteral("https"));
    ApiClient client(&m_nam, url);
    client.setAccessToken(m_sandbox.mintToken());
    const Outcome outcome = waitFor(client.get(verifyCredentials));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Tls));
    QVERIFY(outcome.result.error.message.contains(QLatin1String("handshake")));
    QVERIFY(!outcome.result.error.isRetryable());
    QCOMPARE(outcome.result.httpStatus, 0);
}

void TestApiClient::unknownTokenIsUnauthorizedWithTheServersMessage()
{
    auto client = makeClient(QStringLiteral("not-a-token-the-server-knows"));
    const Outcome outcome = waitFor(client->get(verifyCredentials));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Unauthorized));
    QCOMPARE(outcome.result.httpStatus, 401);
    QCOMPARE(outcome.result.error.serverMessage, QStringLiteral("The access token is invalid"));
    QVERIFY(outcome.result.error.message.contains(QLatin1String("The access token is invalid")));
    QVERIFY(!outcome.result.error.isRetryable());
}

void TestApiClient::missingScopeIsForbidden()
{
    auto client = makeClient(m_sandbox.mintToken(QStringLiteral("read:accounts")));
    const Outcome outcome =
        waitFor(client->postJson(statuses, {{QStringLiteral("status"), QStringLiteral("hi")}}));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Forbidden));
    QCOMPARE(outcome.result.httpStatus, 403);
    QVERIFY(!outcome.result.error.serverMessage.isEmpty());
}

void TestApiClient::missingRecordIsNotFoundWithTheServersMessage()
{
    auto client = makeClient(m_sandbox.mintToken());
    const Outcome outcome = waitFor(client->get(QStringLiteral("/api/v1/accounts/99999999")));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::NotFound));
    QCOMPARE(outcome.result.httpStatus, 404);
    QCOMPARE(outcome.result.error.serverMessage, QStringLiteral("Record not found"));
}

void TestApiClient::validationErrorCarriesTheServersMessage()
{
    auto client = makeClient(m_sandbox.mintToken());
    const Outcome outcome = waitFor(
        client->postJson(statuses, {{QStringLiteral("status"), QString(501, QLatin1Char('a'))}}));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Validation));
    QCOMPARE(outcome.result.httpStatus, 422);
    QCOMPARE(outcome.result.error.message,
             outcome.result.json.object().value(QLatin1String("error")).toString());
    QCOMPARE(outcome.result.error.message,
             QStringLiteral("Validation failed: Text character limit of 500 exceeded"));
    QVERIFY(!outcome.result.error.isRetryable());
}

void TestApiClient::rateLimitSaysWhenToRetry()
{
    auto client = makeClient(m_sandbox.mintToken());
    QJsonObject limit = fault("POST", "/api/v1/statuses", "rate_limit");
    limit.insert(QStringLiteral("resetInSeconds"), 120);
    m_sandbox.addFault(limit);
    const Outcome outcome =
        waitFor(client->postJson(statuses, {{QStringLiteral("status"), QStringLiteral("hi")}}));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::RateLimited));
    QCOMPARE(outcome.result.httpStatus, 429);
    QVERIFY(outcome.result.error.isRetryable());
    const QDateTime reset = Iso8601::parse(
        QString::fromLatin1(outcome.result.header(QByteArrayLiteral("X-RateLimit-Reset"))));
    QVERIFY(reset.isValid());
    QCOMPARE(outcome.result.error.retryAt, reset);
    QCOMPARE(outcome.result.rateLimit.remaining, std::optional<qint64>(0));
}

void TestApiClient::serverErrorIsRetryableAndNamesTheStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502 html from the proxy") << 502;
    QTest::newRow("503") << 503;
}

void TestApiClient::serverErrorIsRetryableAndNamesTheStatus()
{
    QFETCH(int, status);
    auto client = makeClient(m_sandbox.mintToken());
    QJsonObject broken = fault("GET", "/api/v1/accounts/verify_credentials", "status");
    broken.insert(QStringLiteral("status"), status);
    m_sandbox.addFault(broken);
    const Outcome outcome = waitFor(client->get(verifyCredentials));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::ServerError));
    QCOMPARE(outcome.result.httpStatus, status);
    QVERIFY(outcome.result.error.isRetryable());
    QVERIFY(outcome.result.error.message.contains(QString::number(status)));

    // The fault was used up: the next call works.
    const Outcome next = waitFor(client->get(verifyCredentials));
    QCOMPARE(kind(next.result), kindOf(ApiError::Kind::None));
}

void TestApiClient::malformedJsonIsNotRetried()
{
    auto client = makeClient(m_sandbox.mintToken());
    m_sandbox.addFault(fault("POST", "/api/v1/statuses", "malformed"));
    const Outcome outcome =
        waitFor(client->postJson(statuses, {{QStringLiteral("status"), QStringLiteral("hi")}}));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Malformed));
    QCOMPARE(outcome.result.httpStatus, 200);
    QVERIFY(!outcome.result.error.isRetryable());
    ApiError error;
    QVERIFY(!outcome.result.parseAs<Status>(&error));
    QCOMPARE(kindOf(error.kind), kindOf(ApiError::Kind::Malformed));
}

void TestApiClient::truncatedBodyIsReportedAsCutOff()
{
    auto client = makeClient(m_sandbox.mintToken());
    m_sandbox.addFault(fault("GET", "/api/v1/accounts/verify_credentials", "truncate"));
    const Outcome outcome = waitFor(client->get(verifyCredentials));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Malformed));
    QCOMPARE(outcome.result.httpStatus, 200);
    QVERIFY(outcome.result.error.message.contains(QLatin1String("cut off")));
}

void TestApiClient::oversizedBodyIsRefusedWithinTheCap_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("cap");
    QTest::newRow("20 MiB against the default cap")
        << qint64(20 * 1024 * 1024) << ApiClient::defaultMaxReplySize;
    QTest::newRow("just over a small cap") << qint64(64 * 1024 + 1) << qint64(64 * 1024);
}

void TestApiClient::oversizedBodyIsRefusedWithinTheCap()
{
    QFETCH(qint64, bytes);
    QFETCH(qint64, cap);
    auto client = makeClient(m_sandbox.mintToken());
    client->setMaxReplySize(cap);
    QJsonObject huge = fault("GET", "/api/v1/accounts/verify_credentials", "huge");
    huge.insert(QStringLiteral("bytes"), double(bytes));
    m_sandbox.addFault(huge);
    const Outcome outcome = waitFor(client->get(verifyCredentials));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Malformed));
    QVERIFY(outcome.result.body.size() <= cap);
    QVERIFY2(outcome.elapsedMs < 3000, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestApiClient::oversizedBodyWithoutLength()
{
    // No Content-Length to refuse up front: a chunked reply that never ends, from a
    // bare socket because the sandbox always announces its length. The cap must hold
    // while reading.
    QTcpServer flood;
    QVERIFY(flood.listen(QHostAddress::LocalHost));
    auto written = std::make_shared<qint64>(0);
    connect(&flood, &QTcpServer::newConnection, this, [&flood, written] {
        QTcpSocket *socket = flood.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, written] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n1\r\n[\r\n");
            const QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" +
                                     QByteArray(64 * 1024, '0').replace(1, 1, ",") + "\r\n";
            // Feed more whenever the client has taken the last lot, up to 64 MiB.
            auto feed = [socket, chunk, written] {
                while (socket->bytesToWrite() < 1024 * 1024 && *written < 64 * 1024 * 1024) {
                    socket->write(chunk);
                    *written += chunk.size();
                }
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, feed);
            feed();
        });
    });

    ApiClient client(&m_nam, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(flood.serverPort())));
    const qint64 cap = 256 * 1024;
    client.setMaxReplySize(cap);
    const Outcome outcome = waitFor(client.get(QStringLiteral("/api/v1/timelines/home")));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Malformed));
    QCOMPARE(outcome.result.httpStatus, 200);
    QVERIFY(outcome.result.body.size() <= cap);
    QVERIFY2(outcome.elapsedMs < 3000, qPrintable(QString::number(outcome.elapsedMs)));
    // The client gave up long before the server ran out of data.
    QVERIFY2(*written < 64 * 1024 * 1024, qPrintable(QString::number(*written)));
    qInfo("the server had sent %lld bytes when the client gave up", *written);
}

void TestApiClient::abortedRequestFinishesOnceAsCancelled()
{
    auto client = makeClient(m_sandbox.mintToken());
    QJsonObject slow = fault("GET", "/api/v1/accounts/verify_credentials", "delay");
    slow.insert(QStringLiteral("delayMs"), 4000);
    m_sandbox.addFault(slow);
    ApiReply *reply = client->get(verifyCredentials);
    auto count = std::make_shared<int>(0);
    auto result = std::make_shared<ApiResult>();
    connect(reply, &ApiReply::finished, this, [count, result](const ApiResult &r) {
        ++*count;
        *result = r;
    });
    QPointer<ApiReply> guard(reply);
    // Aborted while the server holds the request.
    QTRY_COMPARE(m_sandbox.requestsTo(verifyCredentials).size(), 1);
    QCOMPARE(*count, 0);
    QElapsedTimer timer;
    timer.start();
    reply->abort();
    QCOMPARE(*count, 1);
    QVERIFY(timer.elapsed() < 500);
    QCOMPARE(kindOf(result->error.kind), kindOf(ApiError::Kind::Cancelled));
    QVERIFY(!result->error.isRetryable());
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(*count, 1);
}

void TestApiClient::abortAfterFinishIsHarmless()
{
    auto client = makeClient(m_sandbox.mintToken());
    ApiReply *reply = client->get(verifyCredentials);
    QPointer<ApiReply> guard(reply);
    auto count = std::make_shared<int>(0);
    connect(reply, &ApiReply::finished, reply, [count, reply](const ApiResult &) {
        ++*count;
        reply->abort(); // inside the slot, before the deferred delete
    });
    QTRY_COMPARE(*count, 1);
    // Once the reply is gone nothing more can come from it.
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(*count, 1);
}

void TestApiClient::destroyingTheClientStopsItsReplies()
{
    auto client = makeClient(m_sandbox.mintToken());
    QJsonObject slow = fault("GET", "/api/v1/accounts/verify_credentials", "delay");
    slow.insert(QStringLiteral("delayMs"), 2000);
    m_sandbox.addFault(slow);
    QPointer<ApiReply> reply = client->get(verifyCredentials);
    auto count = std::make_shared<int>(0);
    connect(reply, &ApiReply::finished, this, [count](const ApiResult &) { ++*count; });
    // Destroyed while the server holds the request.
    QTRY_COMPARE(m_sandbox.requestsTo(verifyCredentials).size(), 1);
    client.reset();
    QVERIFY(reply.isNull());
    // Fixed wait: checks that no finished() comes late, from the event loop.
    QTest::qWait(100);
    QCOMPARE(*count, 0);
}

void TestApiClient::insecureBaseUrlSendsNothing()
{
    CountingNetworkAccessManager nam;
    ApiClient client(&nam, QUrl(QStringLiteral("http://posthorn.invalid")));
    client.setAccessToken(QStringLiteral("secret-token-that-must-stay-home"));
    QVERIFY(!client.isBaseUrlAllowed());
    ApiReply *reply = client.postJson(statuses, {{QStringLiteral("status"), QStringLiteral("x")}});
    QVERIFY(reply);
    auto count = std::make_shared<int>(0);
    auto result = std::make_shared<ApiResult>();
    connect(reply, &ApiReply::finished, this, [count, result](const ApiResult &r) {
        ++*count;
        *result = r;
    });
    // Finished comes from the event loop, so a caller connecting late still gets it.
    QCOMPARE(*count, 0);
    QTRY_COMPARE(*count, 1);
    QCOMPARE(kindOf(result->error.kind), kindOf(ApiError::Kind::Insecure));
    QVERIFY(result->error.message.contains(QLatin1String("http://posthorn.invalid")));
    QCOMPARE(nam.created, 0);
}

void TestApiClient::crossOriginRedirectIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::newRow("GET 302") << QByteArrayLiteral("GET") << 302;
    QTest::newRow("POST 307") << QByteArrayLiteral("POST") << 307;
}

void TestApiClient::crossOriginRedirectIsRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    SandboxProcess other;
    QVERIFY2(other.start(), qPrintable(other.output()));
    QVERIFY(other.baseUrl() != m_sandbox.baseUrl()); // another port is another origin

    auto client = makeClient(m_sandbox.mintToken());
    QUrl target = other.baseUrl();
    target.setPath(verifyCredentials);
    ApiRequest request;
    request.method = method;
    request.path = QStringLiteral("/_sandbox/redirect");
    request.query.addQueryItem(QStringLiteral("to"), target.toString());
    request.query.addQueryItem(QStringLiteral("status"), QString::number(status));
    const Outcome outcome = waitFor(client->send(request));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::Insecure));
    QVERIFY(outcome.result.error.message.contains(
        QStringLiteral("127.0.0.1:%1").arg(other.baseUrl().port())));

    // Nothing reached the other origin, so no Authorization either. Fixed wait: checks
    // that no request arrives there late.
    QTest::qWait(100);
    const QJsonArray seen = other.requests();
    for (const QJsonValue &entry : seen)
        QVERIFY(headerOf(entry.toObject(), "authorization").isEmpty());
    QCOMPARE(seen.size(), 0);
}

void TestApiClient::sameOriginRedirectIsFollowed()
{
    const QString token = m_sandbox.mintToken();
    auto client = makeClient(token);
    QUrl target = m_sandbox.baseUrl();
    target.setPath(verifyCredentials);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("to"), target.toString());
    const Outcome outcome = waitFor(client->get(QStringLiteral("/_sandbox/redirect"), query));
    QCOMPARE(kind(outcome.result), kindOf(ApiError::Kind::None));
    QCOMPARE(outcome.result.url.path(), verifyCredentials);
    QCOMPARE(outcome.result.parseAs<CredentialAccount>()->account.username, QStringLiteral("demo"));
    const QList<QJsonObject> seen = m_sandbox.requestsTo(verifyCredentials);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(headerOf(seen.first(), "authorization"), QStringLiteral("Bearer ") + token);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
