// Drives a real posthorn-sandbox process over HTTP with a plain QNetworkAccessManager and
// checks that it enforces what a Mastodon server enforces, so that tests built on it mean
// something.

#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QtTest>
#include <QUrlQuery>

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    [[nodiscard]] QString errorText() const
    {
        return object().value(QStringLiteral("error")).toString();
    }
    [[nodiscard]] QString text() const { return QString::fromUtf8(body); }
};

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return out;
}

QString randomVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery queryOf(const QByteArray &location)
{
    return QUrlQuery(QUrl::fromEncoded(location).query(QUrl::FullyEncoded));
}

// A one-pixel GIF with a single frame: a still picture.
QByteArray stillGif()
{
    return QByteArray::fromHex("474946383961010001008000000000ffffff21f90401000000002c000000000100"
                               "01000002024401003b");
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void discoveryAndInstance();
    void instanceFeaturesCanBeSwitchedOff();
    void fullOAuthCodeFlow();
    void denyRedirectsWithAccessDenied();
    void outOfBandShowsTheCode();
    void tokenExchangeErrors_data();
    void tokenExchangeErrors();
    void badAuthorizeRequestIsRefusedLikeMastodon_data();
    void badAuthorizeRequestIsRefusedLikeMastodon();
    void appRegistrationAnswersLikeMastodon_data();
    void appRegistrationAnswersLikeMastodon();
    void appRegistrationIsThrottled();
    void scopesAndTokens();
    void statusLengthIsCountedLikeMastodon_data();
    void statusLengthIsCountedLikeMastodon();
    void formBodiesWithBrackets();
    void badPollIsRefusedWithMastodonsMessage_data();
    void badPollIsRefusedWithMastodonsMessage();
    void repeatedIdempotencyKeyMakesOneStatus();
    void scheduledStatusesFollowMastodonsRules();
    void scheduledStatusesAreLimitedPerDayAndInAll();
    void scheduledParamsShowNeitherAppNorIdempotencyKey();
    void contentLinksUrlsMentionsAndHashtags();
    void contentStaysEscapedAroundLinks();
    void statusNamesTheAppThatPostedIt();
    void accountStatusesListOnlyThatAccountNewestFirst();
    void videoIsProcessedBeforeItCanBePosted();
    void deletedStatusMediaCanBeAttachedAgainForARedraft();
    void badUploadIsRefusedByTypeLengthOrScope();
    void unusableMediaIdsAreRefusedNotDropped_data();
    void unusableMediaIdsAreRefusedNotDropped();
    void stillGifIsAnImageAndCanJoinPictures();
    void v1UploadProcessesAudioAtOnce();
    void searchPagingAndResolve();
    void followAndRelationships();
    void followHonoursNotifyReblogsAndLanguages();
    void avatarsAreRealImages();
    void tokenRateLimit();
    void faultDropAfter();
    void faultDelayDoesNotBlockOthers();
    void faultsSeenByTheClient();
    void controlApiLogsRequestsButNotItself();
    void garbageDoesNotCrash();

    // Differences from Mastodon that Mastodon.py and toot ran into (issue 16).
    void trailingSlashIsIgnoredLikeRails();
    void passwordGrantSignsInTheDemoAccount();
    void accessTokenParameterIsTakenAsBearerToken();
    void appVerifyCredentialsDescribesTheTokensApp();
    void nodeInfoIsServedWhereMastodonServesIt();
    void threadContextListsAncestorsAndReplies();
    void statusSourceAndEditHistoryFollowEdits();
    void editReplacesMediaAndPollLikeMastodon();
    void editChangesDescriptionsThroughMediaAttributes();
    void editThatChangesNothingAddsNoVersion();
    void statusListsPageWithSinceAndMinIdAndLinkBothWays();
    void timelinesShowWhatMastodonShows();
    void accountLookupAndFollowListsFindAccounts();
    void allowedMentionsRefuseAPostToOtherAccountsNamingThem();
    void missingScopeIsForbiddenOnTheNewRoutes_data();
    void missingScopeIsForbiddenOnTheNewRoutes();

    // Replying to and quoting a post by its link (issue 18).
    void statusSearchResolvesALinkToAPostTheAccountMaySee();
    void quoteIsMadeWithItsPolicyOnlyWhereTheServerQuotes();
    void quoteOfAPrivatePostIsRefusedWithMastodonsWords();
    void olderServerSaysItsApiVersionAndIgnoresQuotes();

private:
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QByteArray &contentType = {}, const QString &token = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply postJson(const QString &path, const QJsonObject &body, const QString &token = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply postForm(const QString &path, const QList<QPair<QString, QString>> &fields,
                   const QString &token = {});
    Reply uploadMedia(const QString &token, const QByteArray &data, const QByteArray &type,
                      const QString &description = {},
                      const QString &path = QStringLiteral("/api/v2/media"));
    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery,
                         const QByteArray &body = {}, const QByteArray &contentType = {},
                         const QString &token = {},
                         const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static Reply finish(QNetworkReply *reply, const QElapsedTimer &timer);

    struct App
    {
        QString clientId;
        QString clientSecret;
        QString redirectUri;
    };
    App registerApp(const QString &redirectUri = QStringLiteral("http://127.0.0.1:8123/callback"),
                    const QString &scopes = QStringLiteral("read write follow profile"));
    // Approves the authorization page; returns the code (empty on failure).
    QString authorize(const App &app, const QString &verifier,
                      const QString &scope = QStringLiteral("read write"),
                      const QString &redirectUri = {});
    Reply exchange(const App &app, const QString &code, const QString &verifier,
                   const QString &redirectUri = {});
    QJsonArray createdStatuses();

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
    QCOMPARE(m_sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_sandbox.baseUrl().port() > 0);
}

void TestSandbox::init()
{
    m_sandbox.reset();
}

QNetworkReply *TestSandbox::start(const QByteArray &method, const QString &pathAndQuery,
                                  const QByteArray &body, const QByteArray &contentType,
                                  const QString &token,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_sandbox.baseUrl();
    const qsizetype queryAt = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(queryAt < 0 ? pathAndQuery : pathAndQuery.left(queryAt));
    if (queryAt >= 0)
        url.setQuery(pathAndQuery.mid(queryAt + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(20000);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    return m_nam.sendCustomRequest(request, method, body);
}

Reply TestSandbox::finish(QNetworkReply *reply, const QElapsedTimer &timer)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Reply result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

Reply TestSandbox::send(const QByteArray &method, const QString &pathAndQuery,
                        const QByteArray &body, const QByteArray &contentType, const QString &token,
                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QElapsedTimer timer;
    timer.start();
    return finish(start(method, pathAndQuery, body, contentType, token, headers), timer);
}

Reply TestSandbox::postJson(const QString &path, const QJsonObject &body, const QString &token,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", token, headers);
}

Reply TestSandbox::postForm(const QString &path, const QList<QPair<QString, QString>> &fields,
                            const QString &token)
{
    return send("POST", path, formEncode(fields), "application/x-www-form-urlencoded", token);
}

Reply TestSandbox::uploadMedia(const QString &token, const QByteArray &data, const QByteArray &type,
                               const QString &description, const QString &path)
{
    const QByteArray boundary = "----posthorn-test-boundary-7d1f";
    QByteArray body;
    if (!description.isEmpty()) {
        body += "--" + boundary +
                "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n" +
                description.toUtf8() + "\r\n";
    }
    body += "--" + boundary +
            "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload.bin\"\r\n"
            "Content-Type: " +
            type + "\r\n\r\n" + data + "\r\n--" + boundary + "--\r\n";
    return send("POST", path, body, "multipart/form-data; boundary=" + boundary, token);
}

TestSandbox::App TestSandbox::registerApp(const QString &redirectUri, const QString &scopes)
{
    const Reply reply = postForm(QStringLiteral("/api/v1/apps"),
                                 {{QStringLiteral("client_name"), QStringLiteral("Posthorn tests")},
                                  {QStringLiteral("redirect_uris"), redirectUri},
                                  {QStringLiteral("scopes"), scopes}});
    const QJsonObject app = reply.object();
    return App{app.value(QStringLiteral("client_id")).toString(),
               app.value(QStringLiteral("client_secret")).toString(), redirectUri};
}

QString TestSandbox::authorize(const App &app, const QString &verifier, const QString &scope,
                               const QString &redirectUri)
{
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), app.clientId},
        {QStringLiteral("redirect_uri"), redirectUri.isEmpty() ? app.redirectUri : redirectUri},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("state"), QStringLiteral("s1")},
    };
    if (!verifier.isEmpty()) {
        fields << qMakePair(QStringLiteral("code_challenge"), challengeFor(verifier))
               << qMakePair(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    fields << qMakePair(QStringLiteral("decision"), QStringLiteral("approve"));
    const Reply reply = postForm(QStringLiteral("/oauth/authorize"), fields);
    if (reply.status != 302)
        return {};
    return queryOf(reply.headers.value("location"))
        .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

Reply TestSandbox::exchange(const App &app, const QString &code, const QString &verifier,
                            const QString &redirectUri)
{
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("client_id"), app.clientId},
        {QStringLiteral("client_secret"), app.clientSecret},
        {QStringLiteral("redirect_uri"), redirectUri.isEmpty() ? app.redirectUri : redirectUri},
    };
    if (!verifier.isEmpty())
        fields << qMakePair(QStringLiteral("code_verifier"), verifier);
    return postForm(QStringLiteral("/oauth/token"), fields);
}

QJsonArray TestSandbox::createdStatuses()
{
    return m_sandbox.control("GET", QStringLiteral("/_sandbox/statuses"))
        .object()
        .value(QStringLiteral("statuses"))
        .toArray();
}

void TestSandbox::discoveryAndInstance()
{
    const Reply discovery = send("GET", QStringLiteral("/.well-known/oauth-authorization-server"));
    QCOMPARE(discovery.status, 200);
    const QJsonObject meta = discovery.object();
    QCOMPARE(meta.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
             QJsonArray{QStringLiteral("S256")});
    const QJsonArray scopes = meta.value(QStringLiteral("scopes_supported")).toArray();
    for (const char *scope : {"read:accounts", "read:search", "write:statuses", "write:media",
                              "write:follows", "profile", "read", "write", "follow", "push"})
        QVERIFY2(scopes.contains(QString::fromLatin1(scope)), scope);
    QCOMPARE(meta.value(QStringLiteral("token_endpoint")).toString(),
             m_sandbox.baseUrl().toString() + QStringLiteral("/oauth/token"));

    const Reply v2 = send("GET", QStringLiteral("/api/v2/instance"));
    QCOMPARE(v2.status, 200);
    const QJsonObject instance = v2.object();
    QCOMPARE(instance.value(QStringLiteral("domain")).toString(), m_sandbox.baseUrl().authority());
    const QJsonObject configuration = instance.value(QStringLiteral("configuration")).toObject();
    const QJsonObject statuses = configuration.value(QStringLiteral("statuses")).toObject();
    QCOMPARE(statuses.value(QStringLiteral("max_characters")).toInt(), 500);
    QCOMPARE(statuses.value(QStringLiteral("characters_reserved_per_url")).toInt(), 23);
    QCOMPARE(configuration.value(QStringLiteral("polls"))
                 .toObject()
                 .value(QStringLiteral("max_expiration"))
                 .toInt(),
             2629746);
    QCOMPARE(instance.value(QStringLiteral("api_versions"))
                 .toObject()
                 .value(QStringLiteral("mastodon"))
                 .toInt(),
             7);

    const Reply v1 = send("GET", QStringLiteral("/api/v1/instance"));
    QCOMPARE(v1.status, 200);
    QVERIFY(v1.object().value(QStringLiteral("stats")).isObject());
    QCOMPARE(v1.object()
                 .value(QStringLiteral("configuration"))
                 .toObject()
                 .value(QStringLiteral("statuses")),
             statuses);

    const Reply languages = send("GET", QStringLiteral("/api/v1/instance/languages"));
    QCOMPARE(languages.status, 200);
    QVERIFY(languages.array().size() >= 20);
    QVERIFY(languages.array().contains(
        QJsonObject{{QStringLiteral("code"), QStringLiteral("en")},
                    {QStringLiteral("name"), QStringLiteral("English")}}));
}

void TestSandbox::instanceFeaturesCanBeSwitchedOff()
{
    m_sandbox.control(
        "POST", QStringLiteral("/_sandbox/instance"),
        QJsonObject{
            {QStringLiteral("version"), QStringLiteral("3.5.3")},
            {QStringLiteral("configuration"),
             QJsonObject{{QStringLiteral("statuses"),
                          QJsonObject{{QStringLiteral("max_characters"), 1000}}}}},
            {QStringLiteral("features"), QJsonObject{{QStringLiteral("v2_instance"), false},
                                                     {QStringLiteral("oauth_discovery"), false},
                                                     {QStringLiteral("languages"), false}}}});
    QCOMPARE(send("GET", QStringLiteral("/api/v2/instance")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/.well-known/oauth-authorization-server")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/instance/languages")).status, 404);
    const QJsonObject v1 = send("GET", QStringLiteral("/api/v1/instance")).object();
    QCOMPARE(v1.value(QStringLiteral("version")).toString(), QStringLiteral("3.5.3"));
    const QJsonObject statuses = v1.value(QStringLiteral("configuration"))
                                     .toObject()
                                     .value(QStringLiteral("statuses"))
                                     .toObject();
    QCOMPARE(statuses.value(QStringLiteral("max_characters")).toInt(), 1000);
    // Deep merge: the sibling keys survive.
    QCOMPARE(statuses.value(QStringLiteral("max_media_attachments")).toInt(), 4);
}

void TestSandbox::fullOAuthCodeFlow()
{
    const App app = registerApp();
    QVERIFY(!app.clientId.isEmpty());
    const QString verifier = randomVerifier();
    const QString state = QStringLiteral("a+b c/=&%x\xe2\x82\xac");
    QUrlQuery query;
    for (const auto &item : QList<QPair<QString, QString>>{
             {QStringLiteral("response_type"), QStringLiteral("code")},
             {QStringLiteral("client_id"), app.clientId},
             {QStringLiteral("redirect_uri"), app.redirectUri},
             {QStringLiteral("scope"), QStringLiteral("read write profile")},
             {QStringLiteral("state"), state},
             {QStringLiteral("code_challenge"), challengeFor(verifier)},
             {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}}) {
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                           QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    }
    const Reply page =
        send("GET", QStringLiteral("/oauth/authorize?") + query.query(QUrl::FullyEncoded));
    QCOMPARE(page.status, 200);
    QVERIFY(page.headers.value("content-type").startsWith("text/html"));
    QVERIFY(page.text().contains(QStringLiteral("id=\"authorize\"")));
    QVERIFY(page.text().contains(QStringLiteral("autofocus>Authorize</button>")));
    QVERIFY(page.text().contains(QStringLiteral("id=\"deny\"")));
    QVERIFY(page.text().contains(QStringLiteral("Signed in as <strong>@demo</strong>")));
    QVERIFY(page.text().contains(QStringLiteral("Posthorn tests")));
    QVERIFY(page.text().contains(QStringLiteral("Publish posts")) ||
            page.text().contains(QStringLiteral("Modify all your account")));

    const Reply approved =
        postForm(QStringLiteral("/oauth/authorize"),
                 {{QStringLiteral("response_type"), QStringLiteral("code")},
                  {QStringLiteral("client_id"), app.clientId},
                  {QStringLiteral("redirect_uri"), app.redirectUri},
                  {QStringLiteral("scope"), QStringLiteral("read write profile")},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("code_challenge"), challengeFor(verifier)},
                  {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                  {QStringLiteral("decision"), QStringLiteral("approve")}});
    QCOMPARE(approved.status, 302);
    const QByteArray location = approved.headers.value("location");
    QVERIFY(location.startsWith(QByteArray(app.redirectUri.toLatin1() + "?")));
    const QUrlQuery callback = queryOf(location);
    QCOMPARE(callback.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
    const QString code = callback.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(code.size() >= 32);

    const Reply token = exchange(app, code, verifier);
    QCOMPARE(token.status, 200);
    const QJsonObject tokenJson = token.object();
    QCOMPARE(tokenJson.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(tokenJson.value(QStringLiteral("scope")).toString(),
             QStringLiteral("read write profile"));
    QVERIFY(tokenJson.value(QStringLiteral("created_at")).toDouble() > 1.6e9);
    const QString accessToken = tokenJson.value(QStringLiteral("access_token")).toString();

    const Reply me =
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, accessToken);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.object().value(QStringLiteral("username")).toString(), QStringLiteral("demo"));
    const QJsonObject source = me.object().value(QStringLiteral("source")).toObject();
    QCOMPARE(source.value(QStringLiteral("privacy")).toString(), QStringLiteral("unlisted"));
    QCOMPARE(source.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QVERIFY(!me.object().value(QStringLiteral("emojis")).toArray().isEmpty());

    // Codes are single use.
    const Reply again = exchange(app, code, verifier);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorText(), QStringLiteral("invalid_grant"));

    // Revocation is idempotent and the token stops working.
    const QList<QPair<QString, QString>> revoke{{QStringLiteral("client_id"), app.clientId},
                                                {QStringLiteral("client_secret"), app.clientSecret},
                                                {QStringLiteral("token"), accessToken}};
    const Reply revoked = postForm(QStringLiteral("/oauth/revoke"), revoke);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.object(), QJsonObject{});
    QCOMPARE(postForm(QStringLiteral("/oauth/revoke"), revoke).status, 200);
    const Reply after =
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, accessToken);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.body, QByteArray(R"({"error":"The access token was revoked"})"));
}

void TestSandbox::denyRedirectsWithAccessDenied()
{
    const App app = registerApp();
    const Reply denied = postForm(QStringLiteral("/oauth/authorize"),
                                  {{QStringLiteral("response_type"), QStringLiteral("code")},
                                   {QStringLiteral("client_id"), app.clientId},
                                   {QStringLiteral("redirect_uri"), app.redirectUri},
                                   {QStringLiteral("scope"), QStringLiteral("read")},
                                   {QStringLiteral("state"), QStringLiteral("xyz")},
                                   {QStringLiteral("decision"), QStringLiteral("deny")}});
    QCOMPARE(denied.status, 302);
    const QUrlQuery query = queryOf(denied.headers.value("location"));
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(query.hasQueryItem(QStringLiteral("error_description")));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
}

void TestSandbox::outOfBandShowsTheCode()
{
    const App app = registerApp(QStringLiteral("urn:ietf:wg:oauth:2.0:oob"));
    const Reply approved = postForm(QStringLiteral("/oauth/authorize"),
                                    {{QStringLiteral("response_type"), QStringLiteral("code")},
                                     {QStringLiteral("client_id"), app.clientId},
                                     {QStringLiteral("redirect_uri"), app.redirectUri},
                                     {QStringLiteral("scope"), QStringLiteral("read")},
                                     {QStringLiteral("decision"), QStringLiteral("approve")}});
    QCOMPARE(approved.status, 302);
    const QUrl location = QUrl::fromEncoded(approved.headers.value("location"));
    QCOMPARE(location.path(), QStringLiteral("/oauth/authorize/native"));
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
    const Reply page = send("GET", location.path() + QLatin1Char('?') + location.query());
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(code));
    QCOMPARE(exchange(app, code, {}).status, 200);
}

void TestSandbox::tokenExchangeErrors_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong verifier") << "wrong-verifier" << 400 << "invalid_grant";
    QTest::newRow("missing verifier") << "missing-verifier" << 400 << "invalid_grant";
    QTest::newRow("verifier without challenge") << "unexpected-verifier" << 400 << "invalid_grant";
    QTest::newRow("expired code") << "expired" << 400 << "invalid_grant";
    QTest::newRow("just before expiry") << "almost-expired" << 200 << "";
    QTest::newRow("redirect_uri mismatch") << "redirect-mismatch" << 400 << "invalid_grant";
    QTest::newRow("unknown code") << "unknown-code" << 400 << "invalid_grant";
    QTest::newRow("wrong client secret") << "wrong-secret" << 401 << "invalid_client";
    QTest::newRow("unknown client") << "unknown-client" << 401 << "invalid_client";
    QTest::newRow("code of another client") << "other-client" << 400 << "invalid_grant";
    QTest::newRow("loopback with another port") << "loopback-port" << 200 << "";
}

void TestSandbox::tokenExchangeErrors()
{
    QFETCH(QString, variant);
    QFETCH(int, status);
    QFETCH(QString, error);

    App app = registerApp();
    const QString verifier = randomVerifier();
    const bool withChallenge = variant != QLatin1String("unexpected-verifier");
    QString redirect;
    if (variant == QLatin1String("loopback-port"))
        redirect = QStringLiteral("http://127.0.0.1:40999/callback");
    QString code =
        authorize(app, withChallenge ? verifier : QString(), QStringLiteral("read"), redirect);
    QVERIFY(!code.isEmpty());
    QString sentVerifier = verifier;
    if (variant == QLatin1String("wrong-verifier"))
        sentVerifier = randomVerifier();
    else if (variant == QLatin1String("missing-verifier"))
        sentVerifier.clear();
    else if (variant == QLatin1String("expired"))
        m_sandbox.control("POST", QStringLiteral("/_sandbox/clock"),
                          {{QStringLiteral("advanceSeconds"), 601}});
    else if (variant == QLatin1String("almost-expired"))
        m_sandbox.control("POST", QStringLiteral("/_sandbox/clock"),
                          {{QStringLiteral("advanceSeconds"), 590}});
    else if (variant == QLatin1String("redirect-mismatch"))
        redirect = QStringLiteral("http://127.0.0.1:8123/other");
    else if (variant == QLatin1String("unknown-code"))
        code = QStringLiteral("not-a-code");
    else if (variant == QLatin1String("wrong-secret"))
        app.clientSecret = QStringLiteral("nope");
    else if (variant == QLatin1String("unknown-client"))
        app.clientId = QStringLiteral("nobody");
    else if (variant == QLatin1String("other-client"))
        app = registerApp();

    const Reply reply = exchange(app, code, sentVerifier, redirect);
    QCOMPARE(reply.status, status);
    if (!error.isEmpty()) {
        QCOMPARE(reply.errorText(), error);
        QVERIFY(!reply.object().value(QStringLiteral("error_description")).toString().isEmpty());
    } else {
        QVERIFY(!reply.object().value(QStringLiteral("access_token")).toString().isEmpty());
    }
}

void TestSandbox::badAuthorizeRequestIsRefusedLikeMastodon_data()
{
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("clientId"); // "" = the registered app's
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("status");

    const QString loopback = QStringLiteral("http://127.0.0.1:8123/callback");
    QTest::newRow("ok") << loopback << loopback << ""
                        << "read"
                        << "S256" << 200;
    QTest::newRow("loopback port may differ") << loopback << "http://127.0.0.1:55555/callback"
                                              << ""
                                              << "read"
                                              << "S256" << 200;
    QTest::newRow("ipv6 loopback port may differ") << "http://[::1]:8123/cb"
                                                   << "http://[::1]:9/cb"
                                                   << ""
                                                   << "read"
                                                   << "S256" << 200;
    QTest::newRow("loopback path must match") << loopback << "http://127.0.0.1:8123/other"
                                              << ""
                                              << "read"
                                              << "S256" << 400;
    QTest::newRow("localhost port must match") << "http://localhost:8123/callback"
                                               << "http://localhost:9999/callback"
                                               << ""
                                               << "read"
                                               << "S256" << 400;
    QTest::newRow("https must match exactly") << "https://app.example/cb"
                                              << "https://app.example/cb2"
                                              << ""
                                              << "read"
                                              << "S256" << 400;
    QTest::newRow("custom scheme") << "posthorn://callback"
                                   << "posthorn://callback"
                                   << ""
                                   << "read"
                                   << "S256" << 200;
    QTest::newRow("unknown client") << loopback << loopback << "nobody"
                                    << "read"
                                    << "S256" << 400;
    QTest::newRow("scope beyond the app's") << loopback << loopback << ""
                                            << "read admin:read"
                                            << "S256" << 400;
    QTest::newRow("plain PKCE") << loopback << loopback << ""
                                << "read"
                                << "plain" << 400;
}

void TestSandbox::badAuthorizeRequestIsRefusedLikeMastodon()
{
    QFETCH(QString, registered);
    QFETCH(QString, requested);
    QFETCH(QString, clientId);
    QFETCH(QString, scope);
    QFETCH(QString, method);
    QFETCH(int, status);

    const App app = registerApp(registered, QStringLiteral("read write"));
    QVERIFY(!app.clientId.isEmpty());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), clientId.isEmpty() ? app.clientId : clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(requested)));
    query.addQueryItem(QStringLiteral("scope"),
                       QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    query.addQueryItem(QStringLiteral("code_challenge"), challengeFor(randomVerifier()));
    query.addQueryItem(QStringLiteral("code_challenge_method"), method);
    const Reply page =
        send("GET", QStringLiteral("/oauth/authorize?") + query.query(QUrl::FullyEncoded));
    QCOMPARE(page.status, status);
    // Never a redirect to a URI that was not registered.
    QVERIFY(!page.headers.contains("location"));
    QVERIFY(page.headers.value("content-type").startsWith("text/html"));
}

void TestSandbox::appRegistrationAnswersLikeMastodon_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("form") << QByteArray("client_name=P&redirect_uris=http%3A%2F%2F127.0.0.1%2Fcb")
                          << QByteArray("application/x-www-form-urlencoded") << 200 << "";
    QTest::newRow("json array")
        << QByteArray(
               R"({"client_name":"P","redirect_uris":["posthorn://cb","http://127.0.0.1/cb"],"scopes":"read write:statuses"})")
        << QByteArray("application/json") << 200 << "";
    QTest::newRow("relative uri") << QByteArray(
                                         R"({"client_name":"P","redirect_uris":"/callback"})")
                                  << QByteArray("application/json") << 422
                                  << "Validation failed: Redirect URI must be an absolute URI.";
    QTest::newRow("javascript uri")
        << QByteArray(R"j({"client_name":"P","redirect_uris":"javascript:alert(1)"})j")
        << QByteArray("application/json") << 422
        << "Validation failed: Redirect URI is forbidden by the server.";
    QTest::newRow("unknown scope")
        << QByteArray(
               R"({"client_name":"P","redirect_uris":"posthorn://cb","scopes":"read nonsense"})")
        << QByteArray("application/json") << 422
        << "Validation failed: Scopes doesn't match configured on the server.";
    QTest::newRow("missing name") << QByteArray(R"({"redirect_uris":"posthorn://cb"})")
                                  << QByteArray("application/json") << 422
                                  << "Validation failed: Application name can't be blank";
    QTest::newRow("long name")
        << QByteArray(R"({"client_name":")" + QByteArray(61, 'n') +
                      R"(","redirect_uris":"posthorn://cb"})")
        << QByteArray("application/json") << 422
        << "Validation failed: Application name is too long (maximum is 60 characters)";
    QTest::newRow("broken json") << QByteArray("{\"client_name\":")
                                 << QByteArray("application/json") << 400 << "";
}

void TestSandbox::appRegistrationAnswersLikeMastodon()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);
    const Reply reply = send("POST", QStringLiteral("/api/v1/apps"), body, contentType);
    QCOMPARE(reply.status, status);
    if (!error.isEmpty())
        QCOMPARE(reply.errorText(), error);
    if (status == 200) {
        const QJsonObject app = reply.object();
        for (const char *key :
             {"id", "name", "scopes", "redirect_uris", "redirect_uri", "client_id", "client_secret",
              "client_secret_expires_at", "vapid_key"})
            QVERIFY2(app.contains(QString::fromLatin1(key)), key);
        QVERIFY(app.value(QStringLiteral("scopes")).isArray());
        QCOMPARE(app.value(QStringLiteral("client_secret_expires_at")).toInt(), 0);
    }
}

void TestSandbox::appRegistrationIsThrottled()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(!registerApp().clientId.isEmpty());
    const Reply throttled =
        postForm(QStringLiteral("/api/v1/apps"),
                 {{QStringLiteral("client_name"), QStringLiteral("P")},
                  {QStringLiteral("redirect_uris"), QStringLiteral("posthorn://cb")}});
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.errorText(), QStringLiteral("Too many requests"));
    m_sandbox.reset();
    QVERIFY(!registerApp().clientId.isEmpty());
}

void TestSandbox::scopesAndTokens()
{
    const QString readAccounts = m_sandbox.mintToken(QStringLiteral("read:accounts"));
    const Reply forbidden =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("hi")}}, readAccounts);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.body,
             QByteArray(R"({"error":"This action is outside the authorized scopes"})"));
    QCOMPARE(
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, readAccounts)
            .status,
        200);

    const QString writeStatuses = m_sandbox.mintToken(QStringLiteral("write:statuses"));
    QCOMPARE(
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, writeStatuses)
            .status,
        403);
    QCOMPARE(postJson(QStringLiteral("/api/v1/statuses"),
                      {{QStringLiteral("status"), QStringLiteral("hi")}}, writeStatuses)
                 .status,
             200);
    const QString profile = m_sandbox.mintToken(QStringLiteral("profile"));
    QCOMPARE(
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, profile).status,
        200);

    const Reply unknown =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("hi")}}, QStringLiteral("bogus"));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.body, QByteArray(R"({"error":"The access token is invalid"})"));
    const Reply missing = send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"));
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.body, QByteArray(R"({"error":"The access token is invalid"})"));
    QCOMPARE(send("GET", QStringLiteral("/api/v1/statuses/123456"), {}, {}, readAccounts).status,
             403); // GET statuses wants read or read:statuses
    QCOMPARE(send("GET", QStringLiteral("/api/v1/statuses/123456")).errorText(),
             QStringLiteral("Record not found"));
}

void TestSandbox::statusLengthIsCountedLikeMastodon_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spoiler");
    QTest::addColumn<bool>("accepted");

    const QString url =
        QStringLiteral("https://example.com/a/very/long/path/that/goes/on/and/on?x=1");
    const QString family =
        QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");
    QTest::newRow("500 letters") << QString(500, QLatin1Char('a')) << QString() << true;
    QTest::newRow("501 letters") << QString(501, QLatin1Char('a')) << QString() << false;
    QTest::newRow("url counts 23")
        << QString(476, QLatin1Char('a')) + QLatin1Char(' ') + url << QString() << true;
    QTest::newRow("url counts 23, one over")
        << QString(477, QLatin1Char('a')) + QLatin1Char(' ') + url << QString() << false;
    // The host needs a top-level domain the server knows (.example is none).
    QTest::newRow("gemini url counts 23")
        << QString(476, QLatin1Char('a')) +
               QStringLiteral(" gemini://capsule.example.org/some/long/page.gmi")
        << QString() << true;
    QTest::newRow("url without protocol counts as written")
        << QString(480, QLatin1Char('a')) + QStringLiteral(" example.com/a/long/path") << QString()
        << false;
    QTest::newRow("remote mention counts as local")
        << QStringLiteral("@someone@a.very.long.domain.example ") + QString(491, QLatin1Char('a'))
        << QString() << true;
    QTest::newRow("remote mention, one over")
        << QStringLiteral("@someone@a.very.long.domain.example ") + QString(492, QLatin1Char('a'))
        << QString() << false;
    QTest::newRow("zwj family counts 1") << family.repeated(500) << QString() << true;
    QTest::newRow("zwj family, one over") << family.repeated(501) << QString() << false;
    QTest::newRow("flags count 1")
        << QStringLiteral("\U0001F1E9\U0001F1EA").repeated(500) << QString() << true;
    QTest::newRow("combining accents count 1")
        << QStringLiteral("e\u0301").repeated(500) << QString() << true;
    QTest::newRow("spoiler counts")
        << QString(250, QLatin1Char('a')) << QString(250, QLatin1Char('b')) << true;
    QTest::newRow("spoiler counts, one over")
        << QString(251, QLatin1Char('a')) << QString(250, QLatin1Char('b')) << false;
}

void TestSandbox::statusLengthIsCountedLikeMastodon()
{
    QFETCH(QString, text);
    QFETCH(QString, spoiler);
    QFETCH(bool, accepted);
    const QString token = m_sandbox.mintToken();
    const Reply reply = postJson(
        QStringLiteral("/api/v1/statuses"),
        {{QStringLiteral("status"), text}, {QStringLiteral("spoiler_text"), spoiler}}, token);
    if (accepted) {
        QCOMPARE(reply.status, 200);
    } else {
        QCOMPARE(reply.status, 422);
        QCOMPARE(
            reply.body,
            QByteArray(R"({"error":"Validation failed: Text character limit of 500 exceeded"})"));
    }
}

void TestSandbox::formBodiesWithBrackets()
{
    const QString token = m_sandbox.mintToken();
    const Reply poll =
        postForm(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("Tea or coffee? <b>&</b>")},
                  {QStringLiteral("poll[options][]"), QStringLiteral("Tea")},
                  {QStringLiteral("poll[options][]"), QStringLiteral("Coffee")},
                  {QStringLiteral("poll[expires_in]"), QStringLiteral("3600")},
                  {QStringLiteral("visibility"), QStringLiteral("private")}},
                 token);
    QCOMPARE(poll.status, 200);
    const QJsonObject status = poll.object();
    QCOMPARE(status.value(QStringLiteral("content")).toString(),
             QStringLiteral("<p>Tea or coffee? &lt;b&gt;&amp;&lt;/b&gt;</p>"));
    QCOMPARE(status.value(QStringLiteral("visibility")).toString(), QStringLiteral("private"));
    const QJsonArray options =
        status.value(QStringLiteral("poll")).toObject().value(QStringLiteral("options")).toArray();
    QCOMPARE(options.size(), 2);
    QCOMPARE(options.at(1).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Coffee"));
    const QString id = status.value(QStringLiteral("id")).toString();
    QVERIFY(
        status.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/@demo/") + id));

    // Default visibility is the account's; replies must point at an existing status.
    const Reply reply = postJson(QStringLiteral("/api/v1/statuses"),
                                 {{QStringLiteral("status"), QStringLiteral("reply")},
                                  {QStringLiteral("in_reply_to_id"), id}},
                                 token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("visibility")).toString(),
             QStringLiteral("unlisted"));
    QCOMPARE(reply.object().value(QStringLiteral("in_reply_to_id")).toString(), id);
    QCOMPARE(postJson(QStringLiteral("/api/v1/statuses"),
                      {{QStringLiteral("status"), QStringLiteral("reply")},
                       {QStringLiteral("in_reply_to_id"), QStringLiteral("999")}},
                      token)
                 .status,
             404);
    QCOMPARE(postJson(QStringLiteral("/api/v1/statuses"),
                      {{QStringLiteral("status"), QStringLiteral("x")},
                       {QStringLiteral("visibility"), QStringLiteral("everyone")}},
                      token)
                 .status,
             422);
    const Reply blank = postJson(QStringLiteral("/api/v1/statuses"),
                                 {{QStringLiteral("status"), QStringLiteral("  ")}}, token);
    QCOMPARE(blank.status, 422);
    QCOMPARE(blank.errorText(), QStringLiteral("Validation failed: Text can't be blank"));

    const Reply deleted = send("DELETE", QStringLiteral("/api/v1/statuses/") + id, {}, {}, token);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object().value(QStringLiteral("text")).toString(),
             QStringLiteral("Tea or coffee? <b>&</b>"));
    QCOMPARE(send("GET", QStringLiteral("/api/v1/statuses/") + id, {}, {}, token).status, 404);
}

void TestSandbox::badPollIsRefusedWithMastodonsMessage_data()
{
    QTest::addColumn<QJsonArray>("options");
    QTest::addColumn<int>("expiresIn");
    QTest::addColumn<QString>("error");
    const QJsonArray two{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("ok") << two << 300 << "";
    QTest::newRow("one option") << QJsonArray{QStringLiteral("a")} << 300
                                << "Validation failed: Options must have more than one item";
    QTest::newRow("five options") << QJsonArray{QStringLiteral("a"), QStringLiteral("b"),
                                                QStringLiteral("c"), QStringLiteral("d"),
                                                QStringLiteral("e")}
                                  << 300
                                  << "Validation failed: Options can't contain more than 4 items";
    QTest::newRow("duplicates") << QJsonArray{QStringLiteral("a"), QStringLiteral("a")} << 300
                                << "Validation failed: Options contain duplicate items";
    QTest::newRow("long option")
        << QJsonArray{QString(51, QLatin1Char('x')), QStringLiteral("b")} << 300
        << "Validation failed: Options cannot be longer than 50 characters each";
    QTest::newRow("too soon") << two << 299 << "Validation failed: Expires at is too soon";
    QTest::newRow("too late") << two << 2629747
                              << "Validation failed: Expires at is too far into the future";
}

void TestSandbox::badPollIsRefusedWithMastodonsMessage()
{
    QFETCH(QJsonArray, options);
    QFETCH(int, expiresIn);
    QFETCH(QString, error);
    const Reply reply =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("poll")},
                  {QStringLiteral("poll"), QJsonObject{{QStringLiteral("options"), options},
                                                       {QStringLiteral("expires_in"), expiresIn}}}},
                 m_sandbox.mintToken());
    QCOMPARE(reply.status, error.isEmpty() ? 200 : 422);
    if (!error.isEmpty())
        QCOMPARE(reply.errorText(), error);
}

void TestSandbox::repeatedIdempotencyKeyMakesOneStatus()
{
    const QString token = m_sandbox.mintToken();
    const QJsonObject body{{QStringLiteral("status"), QStringLiteral("only once")}};
    const Reply first =
        postJson(QStringLiteral("/api/v1/statuses"), body, token, {{"Idempotency-Key", "key-1"}});
    const Reply second =
        postJson(QStringLiteral("/api/v1/statuses"), body, token, {{"Idempotency-Key", "key-1"}});
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.object().value(QStringLiteral("id")),
             first.object().value(QStringLiteral("id")));
    QCOMPARE(createdStatuses().size(), 1);
    QCOMPARE(createdStatuses().at(0).toObject().value(QStringLiteral("idempotency_key")).toString(),
             QStringLiteral("key-1"));

    const Reply third =
        postJson(QStringLiteral("/api/v1/statuses"), body, token, {{"Idempotency-Key", "key-2"}});
    QVERIFY(third.object().value(QStringLiteral("id")) !=
            first.object().value(QStringLiteral("id")));
    QCOMPARE(createdStatuses().size(), 2);

    // Remembered for an hour only.
    m_sandbox.control("POST", QStringLiteral("/_sandbox/clock"),
                      {{QStringLiteral("advanceSeconds"), 3601}});
    postJson(QStringLiteral("/api/v1/statuses"), body, token, {{"Idempotency-Key", "key-1"}});
    QCOMPARE(createdStatuses().size(), 3);
}

void TestSandbox::accountStatusesListOnlyThatAccountNewestFirst()
{
    const QString token = m_sandbox.mintToken();
    const QString accountId =
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, token)
            .object()
            .value(QStringLiteral("id"))
            .toString();
    QVERIFY(!accountId.isEmpty());
    for (const QString &text :
         {QStringLiteral("one"), QStringLiteral("two <b>&"), QStringLiteral("three")})
        QCOMPARE(
            postJson(QStringLiteral("/api/v1/statuses"), {{QStringLiteral("status"), text}}, token)
                .status,
            200);

    const Reply page = send(
        "GET",
        QStringLiteral("/api/v1/accounts/%1/statuses?limit=2&exclude_reblogs=true").arg(accountId),
        {}, {}, token);
    QCOMPARE(page.status, 200);
    const QJsonArray newest = page.array();
    QCOMPARE(newest.size(), 2);
    const QJsonObject first = newest.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("content")).toString(), QStringLiteral("<p>three</p>"));
    QCOMPARE(first.value(QStringLiteral("account")).toObject().value(QStringLiteral("id")),
             accountId);
    // Like Mastodon, the source text is not in a timeline.
    QVERIFY(!first.contains(QStringLiteral("text")));
    QCOMPARE(newest.at(1).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("<p>two &lt;b&gt;&amp;</p>"));
    QVERIFY(page.headers.value("link").contains("rel=\"next\""));

    const QString olderPath =
        QStringLiteral("/api/v1/accounts/%1/statuses?max_id=%2")
            .arg(accountId, newest.at(1).toObject().value(QStringLiteral("id")).toString());
    const QJsonArray older = send("GET", olderPath, {}, {}, token).array();
    QCOMPARE(older.size(), 1);
    QCOMPARE(older.at(0).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("<p>one</p>"));

    QCOMPARE(send("GET", QStringLiteral("/api/v1/accounts/999999/statuses"), {}, {}, token).status,
             404);
}

void TestSandbox::scheduledStatusesFollowMastodonsRules()
{
    const QString token = m_sandbox.mintToken();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Reply tooSoon =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("soon")},
                  {QStringLiteral("scheduled_at"), now.addSecs(240).toString(Qt::ISODateWithMs)}},
                 token);
    QCOMPARE(tooSoon.status, 422);
    QCOMPARE(
        tooSoon.errorText(),
        QStringLiteral("Validation failed: Scheduled at The scheduled date must be in the future"));

    const QString at = now.addSecs(3600).toString(Qt::ISODateWithMs);
    const Reply later = postJson(QStringLiteral("/api/v1/statuses"),
                                 {{QStringLiteral("status"), QStringLiteral("later")},
                                  {QStringLiteral("visibility"), QStringLiteral("public")},
                                  {QStringLiteral("scheduled_at"), at}},
                                 token, {{"Idempotency-Key", "sched-1"}});
    QCOMPARE(later.status, 200);
    const QJsonObject scheduled = later.object();
    QVERIFY(scheduled.contains(QStringLiteral("params")));
    QCOMPARE(scheduled.value(QStringLiteral("scheduled_at")).toString(), at);
    QCOMPARE(scheduled.value(QStringLiteral("params"))
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("later"));
    const QString id = scheduled.value(QStringLiteral("id")).toString();
    QCOMPARE(
        send("GET", QStringLiteral("/api/v1/scheduled_statuses"), {}, {}, token).array().size(), 1);
    // A retry with the same key returns the same scheduled status.
    const Reply retry = postJson(
        QStringLiteral("/api/v1/statuses"),
        {{QStringLiteral("status"), QStringLiteral("later")}, {QStringLiteral("scheduled_at"), at}},
        token, {{"Idempotency-Key", "sched-1"}});
    QCOMPARE(retry.object().value(QStringLiteral("id")).toString(), id);

    const Reply moveTooSoon =
        send("PUT", QStringLiteral("/api/v1/scheduled_statuses/") + id,
             R"({"scheduled_at":")" + now.addSecs(60).toString(Qt::ISODate).toLatin1() + R"("})",
             "application/json", token);
    QCOMPARE(moveTooSoon.status, 422);

    const Reply past =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("past")},
                  {QStringLiteral("scheduled_at"), now.addSecs(-60).toString(Qt::ISODate)}},
                 token);
    QCOMPARE(past.status, 200);
    QVERIFY(past.object().contains(QStringLiteral("content")));
    QCOMPARE(createdStatuses().size(), 1);

    // When its time comes it is published.
    m_sandbox.control("POST", QStringLiteral("/_sandbox/clock"),
                      {{QStringLiteral("advanceSeconds"), 3601}});
    QCOMPARE(createdStatuses().size(), 2);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/scheduled_statuses/") + id, {}, {}, token).status,
             404);
}

void TestSandbox::deletedStatusMediaCanBeAttachedAgainForARedraft()
{
    const QString token = m_sandbox.mintToken();
    const QByteArray png = send("GET", QStringLiteral("/avatars/3.png")).body;
    const QString mediaId = uploadMedia(token, png, "image/png", QStringLiteral("A cat"))
                                .object()
                                .value(QStringLiteral("id"))
                                .toString();
    const QJsonObject withMedia{{QStringLiteral("status"), QStringLiteral("with a cat")},
                                {QStringLiteral("media_ids"), QJsonArray{mediaId}}};
    const Reply first = postJson(QStringLiteral("/api/v1/statuses"), withMedia, token);
    QCOMPARE(first.status, 200);
    // Attached media cannot go on another status while theirs exists.
    const Reply taken = postJson(QStringLiteral("/api/v1/statuses"), withMedia, token);
    QCOMPARE(taken.object().value(QStringLiteral("media_attachments")).toArray().size(), 0);

    const QString id = first.object().value(QStringLiteral("id")).toString();
    const Reply deleted = send("DELETE", QStringLiteral("/api/v1/statuses/") + id, {}, {}, token);
    QCOMPARE(deleted.status, 200);
    const QJsonArray media = deleted.object().value(QStringLiteral("media_attachments")).toArray();
    QCOMPARE(media.size(), 1);
    QCOMPARE(media.at(0).toObject().value(QStringLiteral("id")).toString(), mediaId);

    // Once the status is deleted, its media are free for the redraft.
    const Reply redraft = postJson(QStringLiteral("/api/v1/statuses"), withMedia, token);
    QCOMPARE(redraft.status, 200);
    const QJsonArray again = redraft.object().value(QStringLiteral("media_attachments")).toArray();
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.at(0).toObject().value(QStringLiteral("id")).toString(), mediaId);
    QCOMPARE(again.at(0).toObject().value(QStringLiteral("description")).toString(),
             QStringLiteral("A cat"));
}

void TestSandbox::videoIsProcessedBeforeItCanBePosted()
{
    const QString token = m_sandbox.mintToken();
    QByteArray mp4 = QByteArray::fromHex("00000018") + "ftypmp42" + QByteArray(200, '\0');
    const Reply upload = uploadMedia(token, mp4, "video/mp4", QStringLiteral("A short clip"));
    QCOMPARE(upload.status, 202);
    const QJsonObject media = upload.object();
    QCOMPARE(media.value(QStringLiteral("type")).toString(), QStringLiteral("video"));
    QVERIFY(media.value(QStringLiteral("url")).isNull());
    QCOMPARE(media.value(QStringLiteral("description")).toString(), QStringLiteral("A short clip"));
    const QString id = media.value(QStringLiteral("id")).toString();

    const QJsonObject withMedia{{QStringLiteral("status"), QStringLiteral("look")},
                                {QStringLiteral("media_ids"), QJsonArray{id}}};
    const Reply early = postJson(QStringLiteral("/api/v1/statuses"), withMedia, token);
    QCOMPARE(early.status, 422);
    QCOMPARE(early.errorText(),
             QStringLiteral(
                 "Cannot attach files that have not finished processing. Try again in a moment!"));

    QCOMPARE(send("GET", QStringLiteral("/api/v1/media/") + id, {}, {}, token).status, 206);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/media/") + id, {}, {}, token).status, 206);
    const Reply done = send("GET", QStringLiteral("/api/v1/media/") + id, {}, {}, token);
    QCOMPARE(done.status, 200);
    QVERIFY(done.object().value(QStringLiteral("url")).isString());

    const Reply posted = postJson(QStringLiteral("/api/v1/statuses"), withMedia, token);
    QCOMPARE(posted.status, 200);
    QCOMPARE(posted.object()
                 .value(QStringLiteral("media_attachments"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             id);

    // Images are processed at once and can be fetched back.
    const QByteArray png = send("GET", QStringLiteral("/avatars/3.png")).body;
    const Reply image = uploadMedia(token, png, "application/octet-stream");
    QCOMPARE(image.status, 200);
    QCOMPARE(image.object().value(QStringLiteral("type")).toString(), QStringLiteral("image"));
    const QUrl url(image.object().value(QStringLiteral("url")).toString());
    QCOMPARE(send("GET", url.path()).body, png);

    // Processing can be made to fail.
    m_sandbox.control("POST", QStringLiteral("/_sandbox/media"),
                      {{QStringLiteral("processingPolls"), 1}, {QStringLiteral("fail"), true}});
    const QString failing =
        uploadMedia(token, mp4, "video/mp4").object().value(QStringLiteral("id")).toString();
    QCOMPARE(send("GET", QStringLiteral("/api/v1/media/") + failing, {}, {}, token).status, 422);
}

void TestSandbox::badUploadIsRefusedByTypeLengthOrScope()
{
    const QString token = m_sandbox.mintToken();
    QCOMPARE(uploadMedia(token, "just text", "text/plain").status, 422);
    const QByteArray png = send("GET", QStringLiteral("/avatars/3.png")).body;
    const Reply longDescription =
        uploadMedia(token, png, "image/png", QString(1501, QLatin1Char('d')));
    QCOMPARE(longDescription.status, 422);
    QCOMPARE(uploadMedia(m_sandbox.mintToken(QStringLiteral("read")), png, "image/png").status,
             403);
    QCOMPARE(
        uploadMedia(m_sandbox.mintToken(QStringLiteral("write:media")), png, "image/png").status,
        200);

    QJsonArray ids;
    for (int i = 0; i < 5; ++i)
        ids.append(uploadMedia(token, png, "image/png").object().value(QStringLiteral("id")));
    const Reply tooMany = postJson(
        QStringLiteral("/api/v1/statuses"),
        {{QStringLiteral("status"), QStringLiteral("five")}, {QStringLiteral("media_ids"), ids}},
        token);
    QCOMPARE(tooMany.status, 422);
    QCOMPARE(tooMany.errorText(), QStringLiteral("Cannot attach more than 4 files"));
    const Reply withPoll =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("both")},
                  {QStringLiteral("media_ids"), QJsonArray{ids.at(0)}},
                  {QStringLiteral("poll"),
                   QJsonObject{{QStringLiteral("options"),
                                QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                               {QStringLiteral("expires_in"), 600}}}},
                 token);
    QCOMPARE(withPoll.status, 422);
    const Reply described =
        send("PUT", QStringLiteral("/api/v1/media/") + ids.at(0).toString(),
             R"({"description":"A cat","focus":"0.5,-0.25"})", "application/json", token);
    QCOMPARE(described.status, 200);
    QCOMPARE(described.object().value(QStringLiteral("description")).toString(),
             QStringLiteral("A cat"));
    QCOMPARE(described.object()
                 .value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("focus"))
                 .toObject()
                 .value(QStringLiteral("y"))
                 .toDouble(),
             -0.25);
    const Reply four = postJson(
        QStringLiteral("/api/v1/statuses"),
        {{QStringLiteral("status"), QStringLiteral("four")},
         {QStringLiteral("media_ids"), QJsonArray{ids.at(0), ids.at(1), ids.at(2), ids.at(3)}}},
        token);
    QCOMPARE(four.status, 200);
    QCOMPARE(four.object().value(QStringLiteral("media_attachments")).toArray().size(), 4);
}

void TestSandbox::searchPagingAndResolve()
{
    const QString token = m_sandbox.mintToken();
    const QJsonArray all =
        send("GET", QStringLiteral("/api/v1/accounts/search?q=a&limit=80"), {}, {}, token).array();
    QVERIFY2(all.size() > 20, "the directory should give paging something to do");
    QSet<QString> seen;
    QStringList paged;
    for (int offset = 0; offset < 200; offset += 7) {
        const Reply page = send(
            "GET", QStringLiteral("/api/v2/search?q=a&type=accounts&limit=7&offset=%1").arg(offset),
            {}, {}, token);
        QCOMPARE(page.status, 200);
        const QJsonArray accounts = page.object().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(page.object().value(QStringLiteral("statuses")).toArray(), QJsonArray{});
        for (const QJsonValue &account : accounts) {
            const QString id = account.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(id), "duplicate across pages");
            seen.insert(id);
            paged << id;
        }
        if (accounts.size() < 7)
            break;
    }
    QStringList oneShot;
    for (const QJsonValue &account : all)
        oneShot << account.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(paged, oneShot);

    // Case-insensitive on display names, non-Latin included.
    const QJsonArray anna = send("GET", QStringLiteral("/api/v2/search?q=%D0%B0%D0%BD%D0%BD%D0%B0"))
                                .object()
                                .value(QStringLiteral("accounts"))
                                .toArray();
    QCOMPARE(anna.size(), 1);
    QCOMPARE(anna.at(0).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("anna"));

    const QString handle = QStringLiteral("/api/v2/search?q=%40bob%40remote.example&type=accounts");
    QCOMPARE(send("GET", handle, {}, {}, token)
                 .object()
                 .value(QStringLiteral("accounts"))
                 .toArray()
                 .size(),
             0);
    const QJsonArray resolved = send("GET", handle + QStringLiteral("&resolve=true"), {}, {}, token)
                                    .object()
                                    .value(QStringLiteral("accounts"))
                                    .toArray();
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.at(0).toObject().value(QStringLiteral("acct")).toString(),
             QStringLiteral("bob@remote.example"));

    const Reply resolveAnonymous = send("GET", handle + QStringLiteral("&resolve=true"));
    QCOMPARE(resolveAnonymous.status, 401);
    const Reply offsetAnonymous = send("GET", QStringLiteral("/api/v2/search?q=a&offset=5"));
    QCOMPARE(offsetAnonymous.status, 401);
    QCOMPARE(offsetAnonymous.errorText(),
             QStringLiteral("Search queries pagination is not supported without authentication"));
    QCOMPARE(send("GET", QStringLiteral("/api/v2/search?q=a")).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/api/v2/search?type=accounts"), {}, {}, token).status,
             400);
    QCOMPARE(
        send("GET", QStringLiteral("/api/v2/search?q=a"), {}, {}, QStringLiteral("bogus")).status,
        401);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/accounts/search?q=a")).status, 401);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/accounts/search?q=a"), {}, {},
                  m_sandbox.mintToken(QStringLiteral("read:search")))
                 .status,
             403);
    QCOMPARE(send("GET", QStringLiteral("/api/v2/search?q=a&limit=100"), {}, {}, token)
                 .object()
                 .value(QStringLiteral("accounts"))
                 .toArray()
                 .size(),
             40);

    // The moved account carries its new home.
    const QJsonArray moved = send("GET", QStringLiteral("/api/v2/search?q=oldalice"))
                                 .object()
                                 .value(QStringLiteral("accounts"))
                                 .toArray();
    QCOMPARE(moved.at(0)
                 .toObject()
                 .value(QStringLiteral("moved"))
                 .toObject()
                 .value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("alice"));
}

void TestSandbox::followAndRelationships()
{
    const QString token = m_sandbox.mintToken(QStringLiteral("write:follows read:follows"));
    const QJsonArray found = send("GET", QStringLiteral("/api/v2/search?q=lockedlou"))
                                 .object()
                                 .value(QStringLiteral("accounts"))
                                 .toArray();
    const QJsonObject locked = found.at(0).toObject();
    QVERIFY(locked.value(QStringLiteral("locked")).toBool());
    const QString lockedId = locked.value(QStringLiteral("id")).toString();

    const Reply request =
        send("POST", QStringLiteral("/api/v1/accounts/%1/follow").arg(lockedId), {}, {}, token);
    QCOMPARE(request.status, 200);
    QCOMPARE(request.object().value(QStringLiteral("requested")).toBool(), true);
    QCOMPARE(request.object().value(QStringLiteral("following")).toBool(), false);
    const Reply follow = send("POST", QStringLiteral("/api/v1/accounts/2/follow"), {}, {}, token);
    QCOMPARE(follow.object().value(QStringLiteral("following")).toBool(), true);

    const Reply relationships = send(
        "GET", QStringLiteral("/api/v1/accounts/relationships?id[]=%1&id[]=2&id[]=3").arg(lockedId),
        {}, {}, token);
    QCOMPARE(relationships.status, 200);
    const QJsonArray list = relationships.array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toString(), lockedId);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("requested")).toBool(), true);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("following")).toBool(), true);
    QCOMPARE(list.at(2).toObject().value(QStringLiteral("following")).toBool(), false);

    QCOMPARE(send("POST", QStringLiteral("/api/v1/accounts/2/unfollow"), {}, {}, token)
                 .object()
                 .value(QStringLiteral("following"))
                 .toBool(),
             false);
    QCOMPARE(send("POST", QStringLiteral("/api/v1/accounts/99999/follow"), {}, {}, token).status,
             404);
    QCOMPARE(send("POST", QStringLiteral("/api/v1/accounts/2/follow"), {}, {},
                  m_sandbox.mintToken(QStringLiteral("read")))
                 .status,
             403);
    QCOMPARE(send("POST", QStringLiteral("/api/v1/accounts/2/follow"), {}, {},
                  m_sandbox.mintToken(QStringLiteral("follow")))
                 .status,
             200);
}

void TestSandbox::avatarsAreRealImages()
{
    const QJsonObject account = send("GET", QStringLiteral("/api/v1/accounts/20")).object();
    const QUrl animated(account.value(QStringLiteral("avatar")).toString());
    const QUrl still(account.value(QStringLiteral("avatar_static")).toString());
    QVERIFY(animated != still);
    const Reply gif = send("GET", animated.path());
    QCOMPARE(gif.status, 200);
    QCOMPARE(gif.headers.value("content-type"), QByteArray("image/gif"));
    QVERIFY(gif.headers.value("cache-control").contains("max-age"));
    QVERIFY(!QImage::fromData(gif.body).isNull());
    const Reply png = send("GET", still.path());
    const QImage image = QImage::fromData(png.body, "PNG");
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 32);
    const Reply revalidated =
        send("GET", still.path(), {}, {}, {}, {{"If-None-Match", png.headers.value("etag")}});
    QCOMPARE(revalidated.status, 304);
}

void TestSandbox::tokenRateLimit()
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/ratelimit"),
                      {{QStringLiteral("limit"), 3}, {QStringLiteral("windowSeconds"), 60}});
    const QString token = m_sandbox.mintToken();
    for (int i = 0; i < 3; ++i) {
        const Reply ok =
            send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.headers.value("x-ratelimit-limit"), QByteArray("3"));
        QCOMPARE(ok.headers.value("x-ratelimit-remaining"), QByteArray::number(2 - i));
    }
    const Reply limited =
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, token);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.body, QByteArray(R"({"error":"Too many requests"})"));
    QCOMPARE(limited.headers.value("x-ratelimit-remaining"), QByteArray("0"));
    QVERIFY(!limited.headers.contains("retry-after"));
    const QByteArray reset = limited.headers.value("x-ratelimit-reset");
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
            .match(QString::fromLatin1(reset))
            .hasMatch(),
        reset.constData());
    const QDateTime resetAt = QDateTime::fromString(QString::fromLatin1(reset), Qt::ISODateWithMs);
    QVERIFY(resetAt > QDateTime::currentDateTimeUtc().addSecs(30));
    // Another token has its own window; the control API is never limited.
    QCOMPARE(send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {},
                  m_sandbox.mintToken())
                 .status,
             200);
    m_sandbox.control("POST", QStringLiteral("/_sandbox/clock"),
                      {{QStringLiteral("advanceSeconds"), 61}});
    QCOMPARE(
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, token).status,
        200);
}

void TestSandbox::faultDropAfter()
{
    const QString token = m_sandbox.mintToken();
    // QNetworkAccessManager silently re-sends a request once or twice when the connection
    // closes before any reply byte; arm enough drops to exhaust that.
    m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), QStringLiteral("/api/v1/statuses")},
                        {QStringLiteral("kind"), QStringLiteral("drop_after")},
                        {QStringLiteral("count"), 5}});
    const QJsonObject body{{QStringLiteral("status"), QStringLiteral("did it post?")}};
    const Reply dropped =
        postJson(QStringLiteral("/api/v1/statuses"), body, token, {{"Idempotency-Key", "drop-1"}});
    QCOMPARE(dropped.status, 0);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(createdStatuses().size(), 1);
    const int attempts = int(m_sandbox.requests().size());
    QVERIFY(attempts >= 1);
    qInfo("drop_after: the client made %d attempt(s) for one request", attempts);

    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
    const Reply retry =
        postJson(QStringLiteral("/api/v1/statuses"), body, token, {{"Idempotency-Key", "drop-1"}});
    QCOMPARE(retry.status, 200);
    QCOMPARE(createdStatuses().size(), 1);
    QCOMPARE(retry.object().value(QStringLiteral("id")),
             createdStatuses().at(0).toObject().value(QStringLiteral("id")));
}

void TestSandbox::faultDelayDoesNotBlockOthers()
{
    m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/api/v1/instance")},
                        {QStringLiteral("kind"), QStringLiteral("delay")},
                        {QStringLiteral("delayMs"), 1500}});
    QElapsedTimer slowTimer;
    slowTimer.start();
    QNetworkReply *slow = start("GET", QStringLiteral("/api/v1/instance"));
    QElapsedTimer fastTimer;
    fastTimer.start();
    const Reply fast = send("GET", QStringLiteral("/api/v2/instance"));
    QCOMPARE(fast.status, 200);
    QVERIFY(!slow->isFinished());
    QVERIFY2(fast.elapsedMs < 1000, qPrintable(QString::number(fast.elapsedMs)));
    const Reply slowReply = finish(slow, slowTimer);
    QCOMPARE(slowReply.status, 200);
    QVERIFY(slowReply.elapsedMs >= 1400);
    QVERIFY(slowReply.object().contains(QStringLiteral("uri")));
}

void TestSandbox::faultsSeenByTheClient()
{
    const QString path = QStringLiteral("/api/v2/instance");
    auto arm = [this, &path](const QJsonObject &extra) {
        QJsonObject fault{{QStringLiteral("path"), path},
                          {QStringLiteral("method"), QStringLiteral("GET")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            fault.insert(it.key(), it.value());
        m_sandbox.addFault(fault);
    };

    arm({{QStringLiteral("kind"), QStringLiteral("truncate")}});
    const Reply truncated = send("GET", path);
    QVERIFY(truncated.error != QNetworkReply::NoError);
    const Reply whole = send("GET", path);
    QCOMPARE(whole.status, 200);
    QVERIFY(truncated.body.size() < whole.body.size());

    arm({{QStringLiteral("kind"), QStringLiteral("malformed")}});
    const Reply malformed = send("GET", path);
    QCOMPARE(malformed.status, 200);
    QJsonParseError parseError;
    QJsonDocument::fromJson(malformed.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    arm({{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 503}});
    const Reply unavailable = send("GET", path);
    QCOMPARE(unavailable.status, 503);
    QVERIFY(!unavailable.errorText().isEmpty());
    arm({{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 502}});
    const Reply badGateway = send("GET", path);
    QCOMPARE(badGateway.status, 502);
    QVERIFY(badGateway.headers.value("content-type").startsWith("text/html"));

    arm({{QStringLiteral("kind"), QStringLiteral("rate_limit")},
         {QStringLiteral("resetInSeconds"), 7}});
    const Reply limited = send("GET", path);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.headers.value("x-ratelimit-remaining"), QByteArray("0"));
    const QDateTime reset = QDateTime::fromString(
        QString::fromLatin1(limited.headers.value("x-ratelimit-reset")), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(reset) - 7) <= 2);

    // redirect: to the same path on the second port, which stands for another site and
    // logs what reaches it under its own origin.
    arm({{QStringLiteral("kind"), QStringLiteral("redirect")}});
    const Reply moved = send("GET", path + QStringLiteral("?x=1"));
    QCOMPARE(moved.status, 307);
    const QUrl target(QString::fromLatin1(moved.headers.value("location")));
    QVERIFY(m_sandbox.elsewhereUrl().isValid());
    QVERIFY(m_sandbox.elsewhereUrl().port() != m_sandbox.baseUrl().port());
    QCOMPARE(target.adjusted(QUrl::RemovePath | QUrl::RemoveQuery), m_sandbox.elsewhereUrl());
    QCOMPARE(target.path(), path);
    QCOMPARE(target.query(), QStringLiteral("x=1"));
    QNetworkRequest followed(target);
    followed.setRawHeader("Authorization", "Bearer followed");
    QNetworkReply *there = m_nam.get(followed);
    QVERIFY(QSignalSpy(there, &QNetworkReply::finished).wait(10000));
    QCOMPARE(there->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    there->deleteLater();
    const QJsonObject seen = m_sandbox.requests().last().toObject();
    QCOMPARE(seen.value(QLatin1String("origin")).toString(), m_sandbox.elsewhereUrl().toString());
    QCOMPARE(seen.value(QLatin1String("headers")).toObject().value(QLatin1String("authorization")),
             QJsonValue(QStringLiteral("Bearer followed")));
    arm({{QStringLiteral("kind"), QStringLiteral("redirect")}, {QStringLiteral("status"), 200}});
    QCOMPARE(m_sandbox.control("GET", QStringLiteral("/_sandbox/faults")).array().size(), 0);

    arm({{QStringLiteral("kind"), QStringLiteral("huge")}, {QStringLiteral("bytes"), 1 << 20}});
    const Reply huge = send("GET", path);
    QCOMPARE(huge.status, 200);
    QCOMPARE(huge.body.size(), 1 << 20);
    QVERIFY(QJsonDocument::fromJson(huge.body).isArray());

    // drop: nothing is created, however often the client retries.
    m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/api/v1/statuses")},
                        {QStringLiteral("kind"), QStringLiteral("drop")},
                        {QStringLiteral("count"), 5}});
    const Reply dropped =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("x")}}, m_sandbox.mintToken());
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(createdStatuses().size(), 0);

    // Prefix faults and counts: two uses, then normal service.
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
    m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/api/v1/instance*")},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("count"), 2}});
    QCOMPARE(send("GET", QStringLiteral("/api/v1/instance/languages")).status, 500);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/instance")).status, 500);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/instance")).status, 200);
}

void TestSandbox::controlApiLogsRequestsButNotItself()
{
    const QString token = m_sandbox.mintToken();
    postJson(QStringLiteral("/api/v1/statuses"),
             {{QStringLiteral("status"), QStringLiteral("logged")}}, token,
             {{"Idempotency-Key", "log-1"}});
    const QJsonArray log = m_sandbox.requests();
    QCOMPARE(log.size(), 1); // control requests are not logged
    const QJsonObject entry = log.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(entry.value(QStringLiteral("path")).toString(), QStringLiteral("/api/v1/statuses"));
    const QJsonObject headers = entry.value(QStringLiteral("headers")).toObject();
    QCOMPARE(headers.value(QStringLiteral("idempotency-key")).toString(), QStringLiteral("log-1"));
    QCOMPARE(headers.value(QStringLiteral("authorization")).toString(),
             QStringLiteral("Bearer ") + token);
    QVERIFY(entry.value(QStringLiteral("body")).toString().contains(QStringLiteral("logged")));
    QVERIFY(!entry.value(QStringLiteral("time")).toString().isEmpty());

    send("GET", QStringLiteral("/api/v2/search?q=al&type=accounts"));
    QCOMPARE(m_sandbox.requests().at(1).toObject().value(QStringLiteral("query")).toString(),
             QStringLiteral("q=al&type=accounts"));

    const Reply redirect = send(
        "GET", QStringLiteral("/_sandbox/redirect?to=http%3A%2F%2Fother.invalid%2Fx&status=307"));
    QCOMPARE(redirect.status, 307);
    QCOMPARE(redirect.headers.value("location"), QByteArray("http://other.invalid/x"));

    QCOMPARE(m_sandbox
                 .control("POST", QStringLiteral("/_sandbox/faults"),
                          {{QStringLiteral("path"), QStringLiteral("/x")},
                           {QStringLiteral("kind"), QStringLiteral("nonsense")}})
                 .object()
                 .value(QStringLiteral("error"))
                 .toString()
                 .isEmpty(),
             false);

    m_sandbox.reset();
    QCOMPARE(m_sandbox.requests().size(), 0);
    QCOMPARE(createdStatuses().size(), 0);
    QCOMPARE(
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, token).status,
        401);
}

void TestSandbox::garbageDoesNotCrash()
{
    const QString token = m_sandbox.mintToken();
    const Reply brokenJson = send("POST", QStringLiteral("/api/v1/statuses"),
                                  "{\"status\": ", "application/json", token);
    QCOMPARE(brokenJson.status, 400);
    QVERIFY(!brokenJson.errorText().isEmpty());
    QCOMPARE(send("POST", QStringLiteral("/api/v2/media"), "--x\r\ngarbage",
                  "multipart/form-data; boundary=x", token)
                 .status,
             400);
    QCOMPARE(
        send("POST", QStringLiteral("/api/v2/media"), "no boundary", "multipart/form-data", token)
            .status,
        400);
    QCOMPARE(send("POST", QStringLiteral("/api/v1/statuses"), "[1,2,3]", "application/json", token)
                 .status,
             422);
    QCOMPARE(send("POST", QStringLiteral("/api/v1/statuses"),
                  "status[]=a&status[x]=b&poll=1&media_ids=&&=&%zz",
                  "application/x-www-form-urlencoded", token)
                     .status /
                 100,
             4);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/statuses/%00%ff")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/nothing/here")).status, 404);
    QCOMPARE(send("PATCH", QStringLiteral("/api/v1/statuses")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/api/v2/instance")).status, 200);
}

void TestSandbox::trailingSlashIsIgnoredLikeRails()
{
    // Mastodon.py reads the version from /api/v1/instance/, toot opens /oauth/authorize/.
    const Reply instance = send("GET", QStringLiteral("/api/v1/instance/"));
    QCOMPARE(instance.status, 200);
    QVERIFY(!instance.object().value(QStringLiteral("version")).toString().isEmpty());

    const App app = registerApp(QStringLiteral("urn:ietf:wg:oauth:2.0:oob"));
    const Reply page =
        send("GET", QStringLiteral("/oauth/authorize/?response_type=code&client_id=%1&redirect_uri="
                                   "urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob&scope=read")
                        .arg(app.clientId));
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(QStringLiteral("id=\"authorize\"")));

    const QString token = m_sandbox.mintToken();
    QCOMPARE(
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials/"), {}, {}, token).status,
        200);
    // The log keeps the path as the client sent it.
    QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/instance/")).size(), 1);
}

void TestSandbox::passwordGrantSignsInTheDemoAccount()
{
    const App app =
        registerApp(QStringLiteral("urn:ietf:wg:oauth:2.0:oob"), QStringLiteral("read write"));
    auto grant = [&](const QString &username, const QString &password, const QString &scope) {
        return postForm(QStringLiteral("/oauth/token"),
                        {{QStringLiteral("grant_type"), QStringLiteral("password")},
                         {QStringLiteral("client_id"), app.clientId},
                         {QStringLiteral("client_secret"), app.clientSecret},
                         {QStringLiteral("username"), username},
                         {QStringLiteral("password"), password},
                         {QStringLiteral("scope"), scope}});
    };
    const QString email = QStringLiteral("demo@sandbox.invalid");
    const QString password = QStringLiteral("sandbox-demo-password");
    const Reply granted = grant(email, password, QStringLiteral("read write"));
    QCOMPARE(granted.status, 200);
    QCOMPARE(granted.object().value(QStringLiteral("scope")).toString(),
             QStringLiteral("read write"));
    const QString token = granted.object().value(QStringLiteral("access_token")).toString();
    const Reply me =
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, token);
    QCOMPARE(me.object().value(QStringLiteral("username")).toString(), QStringLiteral("demo"));

    const Reply wrong = grant(email, QStringLiteral("guess"), QStringLiteral("read"));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.errorText(), QStringLiteral("invalid_grant"));
    QCOMPARE(grant(QStringLiteral("alice@sandbox.invalid"), password, QStringLiteral("read"))
                 .errorText(),
             QStringLiteral("invalid_grant"));
    const Reply beyondApp = grant(email, password, QStringLiteral("follow"));
    QCOMPARE(beyondApp.status, 400);
    QCOMPARE(beyondApp.errorText(), QStringLiteral("invalid_scope"));
    QVERIFY(send("GET", QStringLiteral("/.well-known/oauth-authorization-server"))
                .object()
                .value(QStringLiteral("grant_types_supported"))
                .toArray()
                .contains(QStringLiteral("password")));
}

void TestSandbox::accessTokenParameterIsTakenAsBearerToken()
{
    const QString token = m_sandbox.mintToken();
    const Reply me =
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials?access_token=") + token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.object().value(QStringLiteral("username")).toString(), QStringLiteral("demo"));
    const Reply posted = postForm(QStringLiteral("/api/v1/statuses"),
                                  {{QStringLiteral("status"), QStringLiteral("by parameter")},
                                   {QStringLiteral("access_token"), token}});
    QCOMPARE(posted.status, 200);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/accounts/verify_credentials?access_token=bogus"))
                 .status,
             401);
    // On an endpoint where a token is optional, a bad one is still refused.
    QCOMPARE(send("GET", QStringLiteral("/api/v1/accounts/2?access_token=bogus")).status, 401);
}

void TestSandbox::appVerifyCredentialsDescribesTheTokensApp()
{
    const App app = registerApp();
    const QString verifier = randomVerifier();
    const QString token = exchange(app, authorize(app, verifier), verifier)
                              .object()
                              .value(QStringLiteral("access_token"))
                              .toString();
    const Reply reply =
        send("GET", QStringLiteral("/api/v1/apps/verify_credentials"), {}, {}, token);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.object();
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Posthorn tests"));
    QVERIFY(json.contains(QStringLiteral("vapid_key")));
    QVERIFY(!json.contains(QStringLiteral("client_secret")));
    QCOMPARE(send("GET", QStringLiteral("/api/v1/apps/verify_credentials")).status, 401);
}

void TestSandbox::nodeInfoIsServedWhereMastodonServesIt()
{
    const Reply discovery = send("GET", QStringLiteral("/.well-known/nodeinfo"));
    QCOMPARE(discovery.status, 200);
    const QJsonObject link =
        discovery.object().value(QStringLiteral("links")).toArray().at(0).toObject();
    QCOMPARE(link.value(QStringLiteral("rel")).toString(),
             QStringLiteral("http://nodeinfo.diaspora.software/ns/schema/2.0"));
    const QUrl href(link.value(QStringLiteral("href")).toString());
    QCOMPARE(href.port(), m_sandbox.baseUrl().port());
    const Reply nodeinfo = send("GET", href.path());
    QCOMPARE(nodeinfo.status, 200);
    const QJsonObject software = nodeinfo.object().value(QStringLiteral("software")).toObject();
    QCOMPARE(software.value(QStringLiteral("name")).toString(), QStringLiteral("mastodon"));
    QCOMPARE(software.value(QStringLiteral("version")).toString(),
             send("GET", QStringLiteral("/api/v1/instance"))
                 .object()
                 .value(QStringLiteral("version"))
                 .toString());
}

void TestSandbox::threadContextListsAncestorsAndReplies()
{
    const QString token = m_sandbox.mintToken();
    auto post = [&](const QString &text, const QString &inReplyTo) {
        QJsonObject body{{QStringLiteral("status"), text}};
        if (!inReplyTo.isEmpty())
            body.insert(QStringLiteral("in_reply_to_id"), inReplyTo);
        return postJson(QStringLiteral("/api/v1/statuses"), body, token)
            .object()
            .value(QStringLiteral("id"))
            .toString();
    };
    const QString root = post(QStringLiteral("root"), {});
    const QString middle = post(QStringLiteral("middle"), root);
    const QString leaf = post(QStringLiteral("leaf"), middle);
    const QString aside = post(QStringLiteral("aside"), root);
    post(QStringLiteral("unrelated"), {});

    const Reply context =
        send("GET", QStringLiteral("/api/v1/statuses/%1/context").arg(middle), {}, {}, token);
    QCOMPARE(context.status, 200);
    auto ids = [](const QJsonArray &statuses) {
        QStringList result;
        for (const QJsonValue &status : statuses)
            result << status.toObject().value(QStringLiteral("id")).toString();
        return result;
    };
    QCOMPARE(ids(context.object().value(QStringLiteral("ancestors")).toArray()), QStringList{root});
    QCOMPARE(ids(context.object().value(QStringLiteral("descendants")).toArray()),
             QStringList{leaf});
    const QJsonObject whole =
        send("GET", QStringLiteral("/api/v1/statuses/%1/context").arg(root)).object();
    QCOMPARE(ids(whole.value(QStringLiteral("descendants")).toArray()),
             (QStringList{middle, leaf, aside}));
    QCOMPARE(send("GET", QStringLiteral("/api/v1/statuses/1/context")).status, 404);
}

void TestSandbox::statusSourceAndEditHistoryFollowEdits()
{
    const QString token = m_sandbox.mintToken();
    const QString id = postJson(QStringLiteral("/api/v1/statuses"),
                                {{QStringLiteral("status"), QStringLiteral("first <draft>")},
                                 {QStringLiteral("spoiler_text"), QStringLiteral("cw")}},
                                token)
                           .object()
                           .value(QStringLiteral("id"))
                           .toString();
    const QString path = QStringLiteral("/api/v1/statuses/") + id;
    const Reply source = send("GET", path + QStringLiteral("/source"), {}, {}, token);
    QCOMPARE(source.status, 200);
    QCOMPARE(source.object(),
             (QJsonObject{{QStringLiteral("id"), id},
                          {QStringLiteral("text"), QStringLiteral("first <draft>")},
                          {QStringLiteral("spoiler_text"), QStringLiteral("cw")}}));
    const QJsonArray unedited = send("GET", path + QStringLiteral("/history")).array();
    QCOMPARE(unedited.size(), 1);

    const Reply edited = send(
        "PUT", path,
        QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("second")}}).toJson(),
        "application/json", token);
    QCOMPARE(edited.status, 200);
    QVERIFY(edited.object().value(QStringLiteral("edited_at")).isString());
    QCOMPARE(send("GET", path + QStringLiteral("/source"), {}, {}, token)
                 .object()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("second"));
    const QJsonArray history = send("GET", path + QStringLiteral("/history")).array();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("<p>first &lt;draft&gt;</p>"));
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("<p>second</p>"));
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("created_at")),
             edited.object().value(QStringLiteral("edited_at")));

    // Deleting answers with the source, for "delete and redraft".
    const Reply deleted = send("DELETE", path, {}, {}, token);
    QCOMPARE(deleted.object().value(QStringLiteral("text")).toString(), QStringLiteral("second"));
    QCOMPARE(send("GET", path + QStringLiteral("/history")).status, 404);
}

void TestSandbox::statusListsPageWithSinceAndMinIdAndLinkBothWays()
{
    const QString token = m_sandbox.mintToken();
    QStringList ids; // oldest first
    for (int i = 0; i < 5; ++i)
        ids << postJson(QStringLiteral("/api/v1/statuses"),
                        {{QStringLiteral("status"), QStringLiteral("n%1").arg(i)}}, token)
                   .object()
                   .value(QStringLiteral("id"))
                   .toString();
    auto idsOf = [](const Reply &reply) {
        QStringList result;
        for (const QJsonValue &status : reply.array())
            result << status.toObject().value(QStringLiteral("id")).toString();
        return result;
    };
    const QString base = QStringLiteral("/api/v1/accounts/1/statuses?limit=2");
    // since_id: the newest ones above it; min_id: the ones just above it.
    QCOMPARE(idsOf(send("GET", base + QStringLiteral("&since_id=") + ids.at(1))),
             (QStringList{ids.at(4), ids.at(3)}));
    const Reply above = send("GET", base + QStringLiteral("&min_id=") + ids.at(1));
    QCOMPARE(idsOf(above), (QStringList{ids.at(3), ids.at(2)}));
    const QByteArray link = above.headers.value("link");
    QVERIFY2(link.contains(QByteArray("max_id=" + ids.at(2).toLatin1() + ">; rel=\"next\"")),
             link.constData());
    QVERIFY2(link.contains(QByteArray("min_id=" + ids.at(3).toLatin1() + ">; rel=\"prev\"")),
             link.constData());
    QVERIFY2(link.contains("limit=2"), link.constData());
    QCOMPARE(idsOf(send("GET", QStringLiteral("/api/v1/accounts/1/statuses?pinned=true"))),
             QStringList{});
    // An empty page has no Link header, as in Mastodon.
    QVERIFY(!send("GET", base + QStringLiteral("&since_id=") + ids.at(4)).headers.contains("link"));
}

void TestSandbox::timelinesShowWhatMastodonShows()
{
    const QString token = m_sandbox.mintToken();
    auto post = [&](const QString &text, const QString &visibility) {
        return postJson(
                   QStringLiteral("/api/v1/statuses"),
                   {{QStringLiteral("status"), text}, {QStringLiteral("visibility"), visibility}},
                   token)
            .object()
            .value(QStringLiteral("id"))
            .toString();
    };
    const QString open = post(QStringLiteral("open #Posthorn"), QStringLiteral("public"));
    const QString quiet = post(QStringLiteral("quiet #posthorn"), QStringLiteral("unlisted"));
    const QString closed = post(QStringLiteral("closed"), QStringLiteral("private"));
    post(QStringLiteral("not #posthornish"), QStringLiteral("public"));
    auto idsOf = [](const Reply &reply) {
        QStringList result;
        for (const QJsonValue &status : reply.array())
            result << status.toObject().value(QStringLiteral("id")).toString();
        return result;
    };
    const QStringList home =
        idsOf(send("GET", QStringLiteral("/api/v1/timelines/home"), {}, {}, token));
    QVERIFY(home.contains(open) && home.contains(quiet) && home.contains(closed));
    const QStringList publicIds = idsOf(send("GET", QStringLiteral("/api/v1/timelines/public")));
    QVERIFY(publicIds.contains(open));
    QVERIFY(!publicIds.contains(quiet) && !publicIds.contains(closed));
    QCOMPARE(idsOf(send("GET", QStringLiteral("/api/v1/timelines/tag/posthorn"))),
             QStringList{open});
    QCOMPARE(send("GET", QStringLiteral("/api/v1/timelines/home")).status, 401);
    QCOMPARE(idsOf(send("GET", QStringLiteral("/api/v1/notifications"), {}, {}, token)),
             QStringList{});
}

void TestSandbox::allowedMentionsRefuseAPostToOtherAccountsNamingThem()
{
    const QString token = m_sandbox.mintToken();
    const QString alice = send("GET", QStringLiteral("/api/v1/accounts/lookup?acct=alice"))
                              .object()
                              .value(QStringLiteral("id"))
                              .toString();
    const QString bob =
        send("GET", QStringLiteral("/api/v1/accounts/lookup?acct=bob@remote.example"))
            .object()
            .value(QStringLiteral("id"))
            .toString();
    QVERIFY(!alice.isEmpty() && !bob.isEmpty());
    const QString text = QStringLiteral("Hi @alice and @bob@remote.example");
    const auto direct = [&](const QJsonValue &allowed) {
        QJsonObject body{{QStringLiteral("status"), text},
                         {QStringLiteral("visibility"), QStringLiteral("direct")}};
        if (!allowed.isUndefined())
            body.insert(QStringLiteral("allowed_mentions"), allowed);
        return postJson(QStringLiteral("/api/v1/statuses"), body, token);
    };

    // PostStatusService#safeguard_mentions!: someone mentioned who is not allowed.
    const Reply refused = direct(QJsonArray{alice});
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("Post would be sent to unexpected accounts"));
    const QJsonArray unexpected =
        refused.object().value(QStringLiteral("unexpected_accounts")).toArray();
    QCOMPARE(unexpected.size(), 1);
    QCOMPARE(unexpected.at(0).toObject().value(QStringLiteral("id")).toString(), bob);
    QCOMPARE(unexpected.at(0).toObject().value(QStringLiteral("acct")).toString(),
             QStringLiteral("bob@remote.example"));
    // An empty list allows no one.
    QCOMPARE(
        direct(QJsonArray{}).object().value(QStringLiteral("unexpected_accounts")).toArray().size(),
        2);
    QCOMPARE(m_sandbox.statuses().size(), 0);

    // Everyone mentioned allowed, or no list at all: posted.
    QCOMPARE(direct(QJsonArray{alice, bob}).status, 200);
    QCOMPARE(direct(QJsonValue(QJsonValue::Undefined)).status, 200);
    // The form field of Rails' bracket arrays works the same way.
    const Reply form = postForm(
        QStringLiteral("/api/v1/statuses"),
        {{QStringLiteral("status"), text}, {QStringLiteral("allowed_mentions[]"), bob}}, token);
    QCOMPARE(form.status, 422);
    QCOMPARE(m_sandbox.statuses().size(), 2);
}

void TestSandbox::accountLookupAndFollowListsFindAccounts()
{
    const Reply alice = send("GET", QStringLiteral("/api/v1/accounts/lookup?acct=alice"));
    QCOMPARE(alice.status, 200);
    QCOMPARE(alice.object().value(QStringLiteral("id")).toString(), QStringLiteral("2"));
    const QString ownHandle =
        QStringLiteral("/api/v1/accounts/lookup?acct=alice@") + m_sandbox.baseUrl().host();
    QCOMPARE(send("GET", ownHandle).object().value(QStringLiteral("id")).toString(),
             QStringLiteral("2"));
    QCOMPARE(send("GET", QStringLiteral("/api/v1/accounts/lookup?acct=nobody_here")).status, 404);

    const QString token = m_sandbox.mintToken();
    QCOMPARE(send("POST", QStringLiteral("/api/v1/accounts/2/follow"), {}, {}, token).status, 200);
    const QJsonArray following =
        send("GET", QStringLiteral("/api/v1/accounts/1/following")).array();
    QCOMPARE(following.size(), 1);
    QCOMPARE(following.at(0).toObject().value(QStringLiteral("acct")).toString(),
             QStringLiteral("alice"));
    const QJsonArray followers =
        send("GET", QStringLiteral("/api/v1/accounts/2/followers")).array();
    QCOMPARE(followers.size(), 1);
    QCOMPARE(followers.at(0).toObject().value(QStringLiteral("acct")).toString(),
             QStringLiteral("demo"));
    const Reply requests = send("GET", QStringLiteral("/api/v1/follow_requests"), {}, {}, token);
    QCOMPARE(requests.status, 200);
    QCOMPARE(requests.array(), QJsonArray{});
}

void TestSandbox::missingScopeIsForbiddenOnTheNewRoutes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scopes");
    QTest::newRow("home timeline")
        << QStringLiteral("/api/v1/timelines/home") << QStringLiteral("write");
    QTest::newRow("notifications")
        << QStringLiteral("/api/v1/notifications") << QStringLiteral("read:statuses write");
    QTest::newRow("follow requests")
        << QStringLiteral("/api/v1/follow_requests") << QStringLiteral("read:statuses");
    QTest::newRow("account statuses")
        << QStringLiteral("/api/v1/accounts/1/statuses") << QStringLiteral("read:accounts");
    QTest::newRow("following") << QStringLiteral("/api/v1/accounts/1/following")
                               << QStringLiteral("read:statuses");
    QTest::newRow("lookup") << QStringLiteral("/api/v1/accounts/lookup?acct=alice")
                            << QStringLiteral("write:media");
}

void TestSandbox::missingScopeIsForbiddenOnTheNewRoutes()
{
    QFETCH(QString, path);
    QFETCH(QString, scopes);
    const Reply reply = send("GET", path, {}, {}, m_sandbox.mintToken(scopes));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorText(), QStringLiteral("This action is outside the authorized scopes"));
}

void TestSandbox::editReplacesMediaAndPollLikeMastodon()
{
    const QString token = m_sandbox.mintToken();
    const QByteArray png = send("GET", QStringLiteral("/avatars/3.png")).body;
    auto upload = [&] {
        return uploadMedia(token, png, "image/png").object().value(QStringLiteral("id")).toString();
    };
    const QString first = upload();
    const QString second = upload();
    const QString id = postJson(QStringLiteral("/api/v1/statuses"),
                                {{QStringLiteral("status"), QStringLiteral("two pictures")},
                                 {QStringLiteral("media_ids"), QJsonArray{first, second}}},
                                token)
                           .object()
                           .value(QStringLiteral("id"))
                           .toString();
    auto mediaOf = [](const Reply &reply) {
        QStringList ids;
        for (const QJsonValue &media :
             reply.object().value(QStringLiteral("media_attachments")).toArray())
            ids << media.toObject().value(QStringLiteral("id")).toString();
        return ids;
    };
    auto edit = [&](const QJsonObject &body) {
        return send("PUT", QStringLiteral("/api/v1/statuses/") + id,
                    QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token);
    };
    // Its own attachments may be named again; a third one joins them.
    const QString third = upload();
    const Reply kept = edit({{QStringLiteral("status"), QStringLiteral("still pictures")},
                             {QStringLiteral("media_ids"), QJsonArray{second, third}},
                             {QStringLiteral("spoiler_text"), QStringLiteral("cw")}});
    QCOMPARE(kept.status, 200);
    QCOMPARE(mediaOf(kept), (QStringList{second, third}));
    // A content warning makes the post sensitive, as on posting.
    QCOMPARE(kept.object().value(QStringLiteral("sensitive")).toBool(), true);

    // An edit without media_ids leaves none.
    const Reply bare = edit({{QStringLiteral("status"), QStringLiteral("words only")}});
    QCOMPARE(mediaOf(bare), QStringList{});

    const Reply polled = edit({{QStringLiteral("status"), QStringLiteral("a question")},
                               {QStringLiteral("poll"),
                                QJsonObject{{QStringLiteral("options"),
                                             QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                                            {QStringLiteral("expires_in"), 3600}}}});
    QCOMPARE(polled.object()
                 .value(QStringLiteral("poll"))
                 .toObject()
                 .value(QStringLiteral("options"))
                 .toArray()
                 .size(),
             2);
    QVERIFY(edit({{QStringLiteral("status"), QStringLiteral("no question")}})
                .object()
                .value(QStringLiteral("poll"))
                .isNull());
}

void TestSandbox::editChangesDescriptionsThroughMediaAttributes()
{
    const QString token = m_sandbox.mintToken();
    const QByteArray png = send("GET", QStringLiteral("/avatars/3.png")).body;
    const QString media =
        uploadMedia(token, png, "image/png").object().value(QStringLiteral("id")).toString();
    const QString id = postJson(QStringLiteral("/api/v1/statuses"),
                                {{QStringLiteral("status"), QStringLiteral("a picture")},
                                 {QStringLiteral("media_ids"), QJsonArray{media}}},
                                token)
                           .object()
                           .value(QStringLiteral("id"))
                           .toString();
    const QJsonObject body{
        {QStringLiteral("status"), QStringLiteral("a picture")},
        {QStringLiteral("media_ids"), QJsonArray{media}},
        {QStringLiteral("media_attributes"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), media},
                                {QStringLiteral("description"), QStringLiteral("A blue cup")},
                                {QStringLiteral("focus"), QStringLiteral("0.5,-0.25")}}}}};
    const Reply edited =
        send("PUT", QStringLiteral("/api/v1/statuses/") + id,
             QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", token);
    QCOMPARE(edited.status, 200);
    const QJsonObject attachment =
        edited.object().value(QStringLiteral("media_attachments")).toArray().first().toObject();
    QCOMPARE(attachment.value(QStringLiteral("description")).toString(),
             QStringLiteral("A blue cup"));
    const QJsonObject focus = attachment.value(QStringLiteral("meta"))
                                  .toObject()
                                  .value(QStringLiteral("focus"))
                                  .toObject();
    QCOMPARE(focus.value(QStringLiteral("y")).toDouble(), -0.25);
    // Only the description changed, and that is an edit of the post.
    QCOMPARE(send("GET", QStringLiteral("/api/v1/statuses/%1/history").arg(id)).array().size(), 2);
}

void TestSandbox::editThatChangesNothingAddsNoVersion()
{
    const QString token = m_sandbox.mintToken();
    const QString id = postJson(QStringLiteral("/api/v1/statuses"),
                                {{QStringLiteral("status"), QStringLiteral("first")}}, token)
                           .object()
                           .value(QStringLiteral("id"))
                           .toString();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("second")}})
            .toJson(QJsonDocument::Compact);
    const QString path = QStringLiteral("/api/v1/statuses/") + id;
    const Reply edited = send("PUT", path, body, "application/json", token);
    QCOMPARE(edited.status, 200);
    // The same edit again, as a resent request makes it: answered, nothing new recorded.
    const Reply again = send("PUT", path, body, "application/json", token);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object().value(QStringLiteral("edited_at")),
             edited.object().value(QStringLiteral("edited_at")));
    QCOMPARE(send("GET", path + QStringLiteral("/history")).array().size(), 2);
    // Not even a first version for a post never edited.
    const QString untouched = postJson(QStringLiteral("/api/v1/statuses"),
                                       {{QStringLiteral("status"), QStringLiteral("same")}}, token)
                                  .object()
                                  .value(QStringLiteral("id"))
                                  .toString();
    const Reply same = send(
        "PUT", QStringLiteral("/api/v1/statuses/") + untouched,
        QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("same")}}).toJson(),
        "application/json", token);
    QCOMPARE(same.status, 200);
    QVERIFY(same.object().value(QStringLiteral("edited_at")).isNull());
    QCOMPARE(
        send("GET", QStringLiteral("/api/v1/statuses/%1/history").arg(untouched)).array().size(),
        1);
}

void TestSandbox::unusableMediaIdsAreRefusedNotDropped_data()
{
    QTest::addColumn<QString>("whose");
    QTest::addColumn<bool>("scheduled");
    for (const bool scheduled : {false, true}) {
        const char *when = scheduled ? "scheduled" : "now";
        QTest::addRow("unknown id, %s", when) << QStringLiteral("unknown") << scheduled;
        QTest::addRow("another account's upload, %s", when) << QStringLiteral("other") << scheduled;
        QTest::addRow("already attached, %s", when) << QStringLiteral("attached") << scheduled;
    }
}

void TestSandbox::unusableMediaIdsAreRefusedNotDropped()
{
    QFETCH(QString, whose);
    QFETCH(bool, scheduled);
    const QString token = m_sandbox.mintToken();
    const QByteArray png = send("GET", QStringLiteral("/avatars/3.png")).body;
    const QString usable =
        uploadMedia(token, png, "image/png").object().value(QStringLiteral("id")).toString();
    QString unusable = QStringLiteral("987654321");
    if (whose == QLatin1String("other")) {
        unusable =
            uploadMedia(m_sandbox.mintToken(QStringLiteral("write"), QStringLiteral("alice")), png,
                        "image/png")
                .object()
                .value(QStringLiteral("id"))
                .toString();
    } else if (whose == QLatin1String("attached")) {
        unusable =
            uploadMedia(token, png, "image/png").object().value(QStringLiteral("id")).toString();
        QCOMPARE(postJson(QStringLiteral("/api/v1/statuses"),
                          {{QStringLiteral("status"), QStringLiteral("first")},
                           {QStringLiteral("media_ids"), QJsonArray{unusable}}},
                          token)
                     .status,
                 200);
    }
    QVERIFY(!unusable.isEmpty());
    const int before = createdStatuses().size();

    QJsonObject body{{QStringLiteral("status"), QStringLiteral("with my picture")},
                     {QStringLiteral("media_ids"), QJsonArray{usable, unusable}}};
    if (scheduled) {
        body.insert(QStringLiteral("scheduled_at"),
                    QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate));
    }
    const Reply refused = postJson(QStringLiteral("/api/v1/statuses"), body, token);
    QCOMPARE(refused.status, 422);
    QCOMPARE(
        refused.errorText(),
        QStringLiteral("Media %1 not found or already attached to another post").arg(unusable));
    // Nothing was posted or scheduled, and the usable picture is still free to attach.
    QCOMPARE(createdStatuses().size(), before);
    QCOMPARE(m_sandbox.scheduledStatuses().size(), 0);
    const Reply retry = postJson(QStringLiteral("/api/v1/statuses"),
                                 {{QStringLiteral("status"), QStringLiteral("with my picture")},
                                  {QStringLiteral("media_ids"), QJsonArray{usable}}},
                                 token);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.object().value(QStringLiteral("media_attachments")).toArray().size(), 1);
}

void TestSandbox::stillGifIsAnImageAndCanJoinPictures()
{
    const QString token = m_sandbox.mintToken();
    const Reply still = uploadMedia(token, stillGif(), "image/gif");
    QCOMPARE(still.status, 200);
    QCOMPARE(still.object().value(QStringLiteral("type")).toString(), QStringLiteral("image"));
    QVERIFY(still.object().value(QStringLiteral("url")).isString());
    const QString gifId = still.object().value(QStringLiteral("id")).toString();

    // An animated GIF becomes a looping video, processed like one.
    const QByteArray animated = send("GET", QStringLiteral("/avatars/20.gif")).body;
    QVERIFY(animated.startsWith("GIF89a"));
    const Reply moving = uploadMedia(token, animated, "image/gif");
    QCOMPARE(moving.status, 202);
    QCOMPARE(moving.object().value(QStringLiteral("type")).toString(), QStringLiteral("gifv"));

    const QByteArray png = send("GET", QStringLiteral("/avatars/3.png")).body;
    const QString pngId =
        uploadMedia(token, png, "image/png").object().value(QStringLiteral("id")).toString();
    const Reply posted = postJson(QStringLiteral("/api/v1/statuses"),
                                  {{QStringLiteral("status"), QStringLiteral("two pictures")},
                                   {QStringLiteral("media_ids"), QJsonArray{gifId, pngId}}},
                                  token);
    QCOMPARE(posted.status, 200);
    const QJsonArray attachments =
        posted.object().value(QStringLiteral("media_attachments")).toArray();
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("image"));

    // Any GIF, still or not, has Mastodon's smaller pixel limit (1280x720).
    QByteArray wide = stillGif();
    for (const int at : {6, 32}) { // logical screen and image descriptor: 1281x720
        wide[at] = char(0x01);
        wide[at + 1] = char(0x05);
        wide[at + 2] = char(0xd0);
        wide[at + 3] = char(0x02);
    }
    const Reply tooWide = uploadMedia(token, wide, "image/gif");
    QCOMPARE(tooWide.status, 422);
    QCOMPARE(tooWide.errorText(), QStringLiteral("1281x720 GIF files are not supported"));
}

void TestSandbox::v1UploadProcessesAudioAtOnce()
{
    const QString token = m_sandbox.mintToken();
    const QByteArray mp3 = "ID3" + QByteArray(300, '\x01');
    // v2 queues audio for processing ...
    const Reply queued = uploadMedia(token, mp3, "audio/mpeg");
    QCOMPARE(queued.status, 202);
    QVERIFY(queued.object().value(QStringLiteral("url")).isNull());

    // ... v1 processes it while the request runs, so the answer has its URL.
    const Reply v1 = uploadMedia(token, mp3, "audio/mpeg", {}, QStringLiteral("/api/v1/media"));
    QCOMPARE(v1.status, 200);
    QCOMPARE(v1.object().value(QStringLiteral("type")).toString(), QStringLiteral("audio"));
    const QUrl url(v1.object().value(QStringLiteral("url")).toString());
    QVERIFY2(url.isValid() && !url.path().isEmpty(), v1.body.constData());
    QCOMPARE(send("GET", url.path()).body, mp3);
    const Reply posted = postJson(
        QStringLiteral("/api/v1/statuses"),
        {{QStringLiteral("status"), QStringLiteral("listen")},
         {QStringLiteral("media_ids"), QJsonArray{v1.object().value(QStringLiteral("id"))}}},
        token);
    QCOMPARE(posted.status, 200);

    // When processing fails, v1 says so at once.
    m_sandbox.control("POST", QStringLiteral("/_sandbox/media"), {{QStringLiteral("fail"), true}});
    const Reply failed = uploadMedia(token, mp3, "audio/mpeg", {}, QStringLiteral("/api/v1/media"));
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.errorText(), QStringLiteral("Error processing thumbnail for uploaded media"));
}

void TestSandbox::scheduledStatusesAreLimitedPerDayAndInAll()
{
    // Far more requests than one token may make in five minutes.
    m_sandbox.control("POST", QStringLiteral("/_sandbox/ratelimit"),
                      {{QStringLiteral("limit"), 100000}});
    const QString token = m_sandbox.mintToken();
    const QDateTime dayStart(QDateTime::currentDateTimeUtc().date().addDays(2), QTime(0, 0),
                             Qt::UTC);
    auto schedule = [&](const QDateTime &at) {
        return postJson(QStringLiteral("/api/v1/statuses"),
                        {{QStringLiteral("status"), QStringLiteral("later")},
                         {QStringLiteral("scheduled_at"), at.toString(Qt::ISODate)}},
                        token);
    };
    for (int i = 0; i < 25; ++i)
        QCOMPARE(schedule(dayStart.addSecs(i * 3000)).status, 200);
    // The day is that of scheduled_at, in UTC.
    const Reply tooManyToday = schedule(dayStart.addSecs(23 * 3600 + 59 * 60));
    QCOMPARE(tooManyToday.status, 422);
    QCOMPARE(tooManyToday.errorText(),
             QStringLiteral(
                 "Validation failed: You have exceeded the limit of 25 scheduled posts for today"));
    QCOMPARE(schedule(dayStart.addDays(1)).status, 200);
    // Moving one onto the full day is refused too; other accounts have their own limit.
    const QString lastId =
        send("GET", QStringLiteral("/api/v1/scheduled_statuses?limit=1"), {}, {}, token)
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    const Reply moved = send("PUT", QStringLiteral("/api/v1/scheduled_statuses/") + lastId,
                             R"({"scheduled_at":")" +
                                 dayStart.addSecs(3600).toString(Qt::ISODate).toLatin1() + R"("})",
                             "application/json", token);
    QCOMPARE(moved.status, 422);
    QCOMPARE(postJson(QStringLiteral("/api/v1/statuses"),
                      {{QStringLiteral("status"), QStringLiteral("mine")},
                       {QStringLiteral("scheduled_at"), dayStart.toString(Qt::ISODate)}},
                      m_sandbox.mintToken(QStringLiteral("write"), QStringLiteral("alice")))
                 .status,
             200);

    int scheduled = 26;
    for (int day = 2; scheduled < 300; ++day) {
        for (int i = 0; i < 25 && scheduled < 300; ++i, ++scheduled)
            QCOMPARE(schedule(dayStart.addDays(day).addSecs(i * 3000)).status, 200);
    }
    const Reply tooManyInAll = schedule(dayStart.addDays(60));
    QCOMPARE(tooManyInAll.status, 422);
    QCOMPARE(
        tooManyInAll.errorText(),
        QStringLiteral("Validation failed: You have exceeded the limit of 300 scheduled posts"));
    // Scheduling counts against neither posting limit: posting now still works.
    QCOMPARE(postJson(QStringLiteral("/api/v1/statuses"),
                      {{QStringLiteral("status"), QStringLiteral("now")}}, token)
                 .status,
             200);
}

void TestSandbox::scheduledParamsShowNeitherAppNorIdempotencyKey()
{
    const QString token = m_sandbox.mintToken();
    const Reply scheduled =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("later")},
                  {QStringLiteral("scheduled_at"),
                   QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)}},
                 token, {{"Idempotency-Key", "secret-ish-key"}});
    QCOMPARE(scheduled.status, 200);
    for (const QJsonObject &params :
         {scheduled.object().value(QStringLiteral("params")).toObject(),
          send("GET", QStringLiteral("/api/v1/scheduled_statuses"), {}, {}, token)
              .array()
              .at(0)
              .toObject()
              .value(QStringLiteral("params"))
              .toObject()}) {
        QCOMPARE(params.value(QStringLiteral("text")).toString(), QStringLiteral("later"));
        QVERIFY2(!params.contains(QStringLiteral("application_id")),
                 "REST::ScheduledStatusSerializer leaves application_id out");
        // PostStatusService stores the key as nil: it is never echoed.
        QVERIFY(params.value(QStringLiteral("idempotency")).isNull());
        QVERIFY(!QJsonDocument(params).toJson().contains("secret-ish-key"));
    }
}

void TestSandbox::contentLinksUrlsMentionsAndHashtags()
{
    const QString token = m_sandbox.mintToken();
    const QString origin =
        send("GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, {}, token)
            .object()
            .value(QStringLiteral("url"))
            .toString()
            .chopped(QStringLiteral("/@demo").size());
    QVERIFY(origin.startsWith(QStringLiteral("http")));
    const QString text =
        QStringLiteral("Hi @alice and @bob@remote.example, see "
                       "https://www.example.com/a/very/long/path/that/goes/on?x=1 #Qt and #qt "
                       "too. @nobody stays.");
    const Reply posted =
        postJson(QStringLiteral("/api/v1/statuses"), {{QStringLiteral("status"), text}}, token);
    QCOMPARE(posted.status, 200);
    const QJsonObject status = posted.object();
    const QString hashtag = QStringLiteral(
        R"(<a href="%1/tags/%2" class="mention hashtag" rel="tag">#<span>%2</span></a>)");
    const QString expected =
        QStringLiteral(
            R"(<p>Hi <span class="h-card" translate="no"><a href="%1/@alice" class="u-url mention">@<span>alice</span></a></span> and )"
            R"(<span class="h-card" translate="no"><a href="https://remote.example/@bob" class="u-url mention">@<span>bob</span></a></span>, see )"
            R"(<a href="https://www.example.com/a/very/long/path/that/goes/on?x=1" target="_blank" rel="nofollow noopener noreferrer" translate="no">)"
            R"(<span class="invisible">https://www.</span><span class="ellipsis">example.com/a/very/long/path/t</span>)"
            R"(<span class="invisible">hat/goes/on?x=1</span></a> )")
            .arg(origin) +
        hashtag.arg(origin, QStringLiteral("Qt")) + QStringLiteral(" and ") +
        hashtag.arg(origin, QStringLiteral("qt")) + QStringLiteral(" too. @nobody stays.</p>");
    QCOMPARE(status.value(QStringLiteral("content")).toString(), expected);

    const QJsonArray mentions = status.value(QStringLiteral("mentions")).toArray();
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions.at(0).toObject(),
             (QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                          {QStringLiteral("username"), QStringLiteral("alice")},
                          {QStringLiteral("url"), QString(origin + QStringLiteral("/@alice"))},
                          {QStringLiteral("acct"), QStringLiteral("alice")}}));
    QCOMPARE(mentions.at(1).toObject().value(QStringLiteral("acct")).toString(),
             QStringLiteral("bob@remote.example"));
    QCOMPARE(mentions.at(1).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("https://remote.example/@bob"));
    QCOMPARE(status.value(QStringLiteral("tags")).toArray(),
             (QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("qt")},
                 {QStringLiteral("url"), QString(origin + QStringLiteral("/tags/qt"))}}}));

    // Two accounts with one username: both are shown with their domain where needed.
    const Reply both = postJson(
        QStringLiteral("/api/v1/statuses"),
        {{QStringLiteral("status"), QStringLiteral("@alice @alice@remote.example")}}, token);
    const QString content = both.object().value(QStringLiteral("content")).toString();
    QVERIFY2(content.contains(QStringLiteral(">@<span>alice</span></a>")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral(">@<span>alice@remote.example</span></a>")),
             qPrintable(content));
    QCOMPARE(both.object().value(QStringLiteral("mentions")).toArray().size(), 2);
}

void TestSandbox::contentStaysEscapedAroundLinks()
{
    const QString token = m_sandbox.mintToken();
    const Reply posted = postJson(
        QStringLiteral("/api/v1/statuses"),
        {{QStringLiteral("status"),
          QStringLiteral("<b>hi</b> & \"q\" #tag<i>\nline two\n\nhttps://example.com/?q=a&b=c'd")}},
        token);
    QCOMPARE(posted.status, 200);
    const QString content = posted.object().value(QStringLiteral("content")).toString();
    // (Built outside the test macros: moc cannot read raw strings in macro arguments.)
    const QString start =
        QStringLiteral(R"(<p>&lt;b&gt;hi&lt;/b&gt; &amp; &quot;q&quot; <a href=")");
    const QString middle = QStringLiteral(
        R"(>#<span>tag</span></a>&lt;i&gt;<br />line two</p><p><a href="https://example.com/?q=a&amp;b=c&#39;d" )");
    const QString end = QStringLiteral(
        R"(<span class="invisible">https://</span><span class="">example.com/?q=a&amp;b=c&#39;d</span><span class="invisible"></span></a></p>)");
    QVERIFY2(content.startsWith(start), qPrintable(content));
    QVERIFY2(content.contains(middle), qPrintable(content));
    QVERIFY2(content.endsWith(end), qPrintable(content));
    QVERIFY(!content.contains(QStringLiteral("<b>")));
    QVERIFY(!content.contains(QStringLiteral("<i>")));
}

void TestSandbox::statusNamesTheAppThatPostedIt()
{
    const Reply registered = postForm(
        QStringLiteral("/api/v1/apps"),
        {{QStringLiteral("client_name"), QStringLiteral("Toot on a phone")},
         {QStringLiteral("redirect_uris"), QStringLiteral("http://127.0.0.1:8123/callback")},
         {QStringLiteral("scopes"), QStringLiteral("read write")},
         {QStringLiteral("website"), QStringLiteral("https://toot.example/")}});
    QCOMPARE(registered.status, 200);
    const App app{registered.object().value(QStringLiteral("client_id")).toString(),
                  registered.object().value(QStringLiteral("client_secret")).toString(),
                  QStringLiteral("http://127.0.0.1:8123/callback")};
    const QString verifier = randomVerifier();
    const QString code = authorize(app, verifier);
    QVERIFY(!code.isEmpty());
    const QString token =
        exchange(app, code, verifier).object().value(QStringLiteral("access_token")).toString();
    QVERIFY(!token.isEmpty());
    const QJsonObject expected{
        {QStringLiteral("name"), QStringLiteral("Toot on a phone")},
        {QStringLiteral("website"), QStringLiteral("https://toot.example/")}};

    const Reply posted =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("from my phone")}}, token);
    QCOMPARE(posted.status, 200);
    QCOMPARE(posted.object().value(QStringLiteral("application")).toObject(), expected);

    // A scheduled post names the app that scheduled it once it is published.
    QCOMPARE(postJson(QStringLiteral("/api/v1/statuses"),
                      {{QStringLiteral("status"), QStringLiteral("from my phone, later")},
                       {QStringLiteral("scheduled_at"),
                        QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)}},
                      token)
                 .status,
             200);
    m_sandbox.control("POST", QStringLiteral("/_sandbox/clock"),
                      {{QStringLiteral("advanceSeconds"), 3601}});
    const QJsonArray statuses = createdStatuses();
    QCOMPARE(statuses.size(), 2);
    QCOMPARE(statuses.at(1).toObject().value(QStringLiteral("application")).toObject(), expected);

    // A token minted by the control API belongs to no app.
    const Reply minted =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("no app")}}, m_sandbox.mintToken());
    QVERIFY(minted.object().value(QStringLiteral("application")).isNull());
}

void TestSandbox::followHonoursNotifyReblogsAndLanguages()
{
    const QString token = m_sandbox.mintToken(QStringLiteral("write:follows read:follows"));
    const Reply plain = send("POST", QStringLiteral("/api/v1/accounts/2/follow"), {}, {}, token);
    QCOMPARE(plain.object().value(QStringLiteral("notifying")).toBool(), false);
    QCOMPARE(plain.object().value(QStringLiteral("showing_reblogs")).toBool(), true);
    QVERIFY(plain.object().value(QStringLiteral("languages")).isNull());

    // Following again changes only what is named.
    const Reply notify =
        send("POST", QStringLiteral("/api/v1/accounts/2/follow"),
             R"({"notify":true,"languages":["de","en"]})", "application/json", token);
    QCOMPARE(notify.status, 200);
    QCOMPARE(notify.object().value(QStringLiteral("notifying")).toBool(), true);
    QCOMPARE(notify.object().value(QStringLiteral("showing_reblogs")).toBool(), true);
    QCOMPARE(notify.object().value(QStringLiteral("languages")).toArray(),
             (QJsonArray{QStringLiteral("de"), QStringLiteral("en")}));
    const Reply noBoosts = postForm(QStringLiteral("/api/v1/accounts/2/follow"),
                                    {{QStringLiteral("reblogs"), QStringLiteral("false")}}, token);
    QCOMPARE(noBoosts.object().value(QStringLiteral("showing_reblogs")).toBool(), false);
    QCOMPARE(noBoosts.object().value(QStringLiteral("notifying")).toBool(), true);

    const QJsonObject listed =
        send("GET", QStringLiteral("/api/v1/accounts/relationships?id[]=2"), {}, {}, token)
            .array()
            .at(0)
            .toObject();
    QCOMPARE(listed.value(QStringLiteral("notifying")).toBool(), true);
    QCOMPARE(listed.value(QStringLiteral("showing_reblogs")).toBool(), false);

    // A request to a locked account keeps its options too; unfollowing forgets them.
    const QString lockedId = send("GET", QStringLiteral("/api/v2/search?q=lockedlou"))
                                 .object()
                                 .value(QStringLiteral("accounts"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
    const Reply requested = postForm(QStringLiteral("/api/v1/accounts/%1/follow").arg(lockedId),
                                     {{QStringLiteral("notify"), QStringLiteral("true")}}, token);
    QCOMPARE(requested.object().value(QStringLiteral("requested")).toBool(), true);
    QCOMPARE(requested.object().value(QStringLiteral("notifying")).toBool(), true);
    send("POST", QStringLiteral("/api/v1/accounts/2/unfollow"), {}, {}, token);
    const Reply again = send("POST", QStringLiteral("/api/v1/accounts/2/follow"), {}, {}, token);
    QCOMPARE(again.object().value(QStringLiteral("notifying")).toBool(), false);
    QCOMPARE(again.object().value(QStringLiteral("showing_reblogs")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestSandbox)
void TestSandbox::statusSearchResolvesALinkToAPostTheAccountMaySee()
{
    const QJsonObject post =
        m_sandbox
            .control(
                "POST", QStringLiteral("/_sandbox/posts"),
                {{QStringLiteral("account"), QStringLiteral("alice")},
                 {QStringLiteral("status"), QStringLiteral("Hello @demo and @bob@remote.example")},
                 {QStringLiteral("visibility"), QStringLiteral("public")}})
            .object();
    const QString url = post.value(QStringLiteral("url")).toString();
    QVERIFY(!url.isEmpty());
    QCOMPARE(post.value(QStringLiteral("mentions")).toArray().size(), 2);
    const QString hidden =
        m_sandbox
            .control("POST", QStringLiteral("/_sandbox/posts"),
                     {{QStringLiteral("account"), QStringLiteral("alex")},
                      {QStringLiteral("status"), QStringLiteral("Only for my followers")},
                      {QStringLiteral("visibility"), QStringLiteral("private")}})
            .object()
            .value(QStringLiteral("url"))
            .toString();
    const QString token = m_sandbox.mintToken();
    const auto search = [this, &token](const QString &q, bool resolve) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("statuses"));
        query.addQueryItem(QStringLiteral("q"), q);
        if (resolve)
            query.addQueryItem(QStringLiteral("resolve"), QStringLiteral("true"));
        return send("GET", QStringLiteral("/api/v2/search?") + query.toString(QUrl::FullyEncoded),
                    {}, {}, token);
    };

    const Reply found = search(url, true);
    QCOMPARE(found.status, 200);
    const QJsonArray statuses = found.object().value(QStringLiteral("statuses")).toArray();
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(statuses.first().toObject().value(QStringLiteral("id")),
             post.value(QStringLiteral("id")));
    // A link is looked up only when the client asks to resolve it.
    QCOMPARE(search(url, false).object().value(QStringLiteral("statuses")).toArray().size(), 0);
    // Someone else's followers-only post stays out of reach.
    QCOMPARE(search(hidden, true).object().value(QStringLiteral("statuses")).toArray().size(), 0);
    QCOMPARE(search(url + QStringLiteral("9"), true)
                 .object()
                 .value(QStringLiteral("statuses"))
                 .toArray()
                 .size(),
             0);
}

void TestSandbox::quoteIsMadeWithItsPolicyOnlyWhereTheServerQuotes()
{
    const QString quotedId =
        m_sandbox
            .control("POST", QStringLiteral("/_sandbox/posts"),
                     {{QStringLiteral("account"), QStringLiteral("alice")},
                      {QStringLiteral("status"), QStringLiteral("Quote me")},
                      {QStringLiteral("visibility"), QStringLiteral("public")}})
            .object()
            .value(QStringLiteral("id"))
            .toString();
    const QString token = m_sandbox.mintToken();
    const Reply quote =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("Well said")},
                  {QStringLiteral("quoted_status_id"), quotedId},
                  {QStringLiteral("quote_approval_policy"), QStringLiteral("followers")}},
                 token);
    QCOMPARE(quote.status, 200);
    const QJsonObject quoteField = quote.object().value(QStringLiteral("quote")).toObject();
    QCOMPARE(quoteField.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
    QCOMPARE(quoteField.value(QStringLiteral("quoted_status"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             quotedId);
    QCOMPARE(quote.object()
                 .value(QStringLiteral("quote_approval"))
                 .toObject()
                 .value(QStringLiteral("automatic"))
                 .toArray(),
             QJsonArray{QStringLiteral("followers")});

    // A post only followers may quote: refused to someone who does not follow.
    const QString ownId = quote.object().value(QStringLiteral("id")).toString();
    const Reply byStranger =
        postJson(QStringLiteral("/api/v1/statuses"),
                 {{QStringLiteral("status"), QStringLiteral("Me too")},
                  {QStringLiteral("quoted_status_id"), ownId}},
                 m_sandbox.mintToken(QStringLiteral("write"), QStringLiteral("alex")));
    QCOMPARE(byStranger.status, 404);

    // The preference a client reads for its default.
    QVERIFY(m_sandbox
                .control("POST", QStringLiteral("/_sandbox/preferences"),
                         {{QStringLiteral("quote_policy"), QStringLiteral("nobody")}})
                .isObject());
    const Reply preferences = send("GET", QStringLiteral("/api/v1/preferences"), {}, {}, token);
    QCOMPARE(preferences.status, 200);
    QCOMPARE(preferences.object().value(QStringLiteral("posting:default:quote_policy")).toString(),
             QStringLiteral("nobody"));
}

void TestSandbox::quoteOfAPrivatePostIsRefusedWithMastodonsWords()
{
    // Seen (the demo account follows alex) but not quotable: followers-only.
    const QString privateId =
        m_sandbox
            .control("POST", QStringLiteral("/_sandbox/posts"),
                     {{QStringLiteral("account"), QStringLiteral("alex")},
                      {QStringLiteral("status"), QStringLiteral("Just between us")},
                      {QStringLiteral("visibility"), QStringLiteral("private")},
                      {QStringLiteral("followed_by"), QStringLiteral("demo")}})
            .object()
            .value(QStringLiteral("id"))
            .toString();
    const qsizetype before = m_sandbox.statuses().size();
    const Reply refused = postJson(QStringLiteral("/api/v1/statuses"),
                                   {{QStringLiteral("status"), QStringLiteral("Look")},
                                    {QStringLiteral("quoted_status_id"), privateId}},
                                   m_sandbox.mintToken());
    QCOMPARE(refused.status, 404);
    QCOMPARE(refused.errorText(),
             QStringLiteral("The post you are trying to quote does not seem to exist."));
    QCOMPARE(m_sandbox.statuses().size(), before);
}

void TestSandbox::olderServerSaysItsApiVersionAndIgnoresQuotes()
{
    SandboxProcess older;
    QVERIFY2(older.start({QStringLiteral("--api-version"), QStringLiteral("2")}),
             qPrintable(older.output()));
    older.reset();
    QNetworkAccessManager nam;
    QNetworkRequest request(older.baseUrl().resolved(QUrl(QStringLiteral("/api/v2/instance"))));
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    const QJsonObject instance = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    // Still an older server after a reset.
    QCOMPARE(instance.value(QStringLiteral("api_versions"))
                 .toObject()
                 .value(QStringLiteral("mastodon"))
                 .toInt(),
             2);

    // Before 4.3 there is no api_versions at all.
    m_sandbox.control("POST", QStringLiteral("/_sandbox/instance"),
                      {{QStringLiteral("api_versions"), QJsonValue::Null}});
    QVERIFY(!send("GET", QStringLiteral("/api/v2/instance"))
                 .object()
                 .contains(QStringLiteral("api_versions")));
    // Such a server does not know the parameter: a plain post, no quote.
    const QString quotedId = m_sandbox
                                 .control("POST", QStringLiteral("/_sandbox/posts"),
                                          {{QStringLiteral("account"), QStringLiteral("alice")},
                                           {QStringLiteral("status"), QStringLiteral("Old")}})
                                 .object()
                                 .value(QStringLiteral("id"))
                                 .toString();
    const Reply posted = postJson(QStringLiteral("/api/v1/statuses"),
                                  {{QStringLiteral("status"), QStringLiteral("Plain")},
                                   {QStringLiteral("quoted_status_id"), quotedId}},
                                  m_sandbox.mintToken());
    QCOMPARE(posted.status, 200);
    QVERIFY(!posted.object().contains(QStringLiteral("quote")));
}

#include "tst_sandbox.moc"
