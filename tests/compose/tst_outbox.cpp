// The outbox against the sandbox over real HTTP: exactly-once posting through dropped
// connections, 5xx, 429 and a killed process; threads; refusals that keep the text.
#include "api/apiclient.h"
#include "outbox/outbox.h"
#include "outbox/outboxstore.h"
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

namespace {

const QString accountKey = QStringLiteral("sandbox/demo");
const QString statusesPath = QStringLiteral("/api/v1/statuses");

// A one-pixel PNG on disk, as `posthorn post --media` leaves it in the drafts' media.
QString writePicture(const QString &directory)
{
    const QString path = directory + QStringLiteral("/dot.png");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42m"
                                      "P8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
    return path;
}

Draft draftWith(const QString &text)
{
    Draft draft;
    draft.accountKey = accountKey;
    draft.parts = {text};
    return draft;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void postsWithTheChosenOptions();
    void failedPostEndsAsOneStatusUnderOneKey_data();
    void failedPostEndsAsOneStatusUnderOneKey();
    void rateLimitWaitsForTheReset();
    void validationErrorKeepsTheEntry();
    void unauthorizedWaitsForSignIn();
    void threadRepliesInOrder();
    void altTextAndMediaArrive();
    void scheduledPostReportsItsTime();
    void killedWhilePendingIsSentOnceOnRestart();
    void discardRemovesFromDisk();
    void droppedPostWithAltTextIsNotRefused();
    void oldUnconfirmedPartNotFoundWaitsForTheUser();
    void oldUnconfirmedPartFoundIsNotSentAgain();
    void oldUnconfirmedPartWithLinksAndMentionsIsFound();
    void uncertainPartNotFoundWithinTheHourIsResentUnderItsKey();
    void lookupFailureWaitsAndLooksAgain();
    void secondPartOfAThreadWithAnUnreadableAnswerIsFound();
    void noRequestWhenTheSentTimeCannotBeStored();
    void rateLimitResetInThePastStillBacksOff();
    void clientGoneMidSendIsResent();
    void signedOutMidThreadResumes();
    void cutOffScheduledPostIsFoundAmongTheScheduled();
    void anAccountsPostsKeepTheirOrder();
    void fileWithoutMediaIdIsUploadedOnceThroughADroppedConnection();
    void fileTheServerRefusesIsARefusalWithItsWords();

private:
    // The next POST /api/v1/statuses meets a sandbox fault of this kind.
    void failStatusPosts(const QString &kind, QJsonObject details = {});
    // Whether the account's statuses were read.
    [[nodiscard]] bool lookedOnTheProfile();
    [[nodiscard]] QString keyOf(const QJsonObject &loggedRequest) const;
    [[nodiscard]] bool waitPosted(Outbox &outbox, const QString &entryId, int timeoutMs = 15000);

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    QString m_token;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiClient> m_client;
};

void TestOutbox::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
}

void TestOutbox::init()
{
    m_sandbox.reset();
    m_token = m_sandbox.mintToken();
    QVERIFY(!m_token.isEmpty());
    m_dir = std::make_unique<QTemporaryDir>();
    m_client = std::make_unique<ApiClient>(&m_nam, m_sandbox.baseUrl());
    m_client->setAccessToken(m_token);
}

void TestOutbox::cleanup()
{
    m_client.reset();
    m_dir.reset();
}

void TestOutbox::failStatusPosts(const QString &kind, QJsonObject details)
{
    details.insert(QStringLiteral("kind"), kind);
    details.insert(QStringLiteral("method"), QStringLiteral("POST"));
    details.insert(QStringLiteral("path"), statusesPath);
    m_sandbox.addFault(details);
}

bool TestOutbox::lookedOnTheProfile()
{
    const QJsonArray all = m_sandbox.requests();
    return std::any_of(all.begin(), all.end(), [](const QJsonValue &request) {
        const QString path = request.toObject().value(QLatin1String("path")).toString();
        return path.startsWith(QLatin1String("/api/v1/accounts/")) &&
               path.endsWith(QLatin1String("/statuses"));
    });
}

QString TestOutbox::keyOf(const QJsonObject &loggedRequest) const
{
    return loggedRequest.value(QLatin1String("headers"))
        .toObject()
        .value(QLatin1String("idempotency-key"))
        .toString();
}

bool TestOutbox::waitPosted(Outbox &outbox, const QString &entryId, int timeoutMs)
{
    QSignalSpy posted(&outbox, &Outbox::posted);
    if (!outbox.entry(entryId))
        return true; // already done
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        for (const QList<QVariant> &args : std::as_const(posted)) {
            if (args.at(0).toString() == entryId)
                return true;
        }
        posted.wait(100);
    }
    return false;
}

void TestOutbox::postsWithTheChosenOptions()
{
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setClient(accountKey, m_client.get());
    Draft draft = draftWith(QStringLiteral("Hello from the outbox"));
    draft.contentWarning = true;
    draft.spoilerText = QStringLiteral("greetings");
    draft.visibility = QStringLiteral("unlisted");
    draft.language = QStringLiteral("de");
    const QString id = outbox.enqueue(draft);
    QVERIFY(!id.isEmpty());
    QVERIFY(QFile::exists(m_dir->filePath(id + QStringLiteral(".json"))));

    QSignalSpy posted(&outbox, &Outbox::posted);
    QVERIFY(posted.wait(10000));
    QCOMPARE(posted.first().at(0).toString(), id);
    const QUrl url = posted.first().at(1).toUrl();

    const QJsonArray all = m_sandbox.statuses();
    QCOMPARE(all.size(), 1);
    const QJsonObject status = all.first().toObject();
    QCOMPARE(status.value(QLatin1String("spoiler_text")).toString(), QStringLiteral("greetings"));
    QCOMPARE(status.value(QLatin1String("visibility")).toString(), QStringLiteral("unlisted"));
    QCOMPARE(status.value(QLatin1String("language")).toString(), QStringLiteral("de"));
    QCOMPARE(url.toString(), status.value(QLatin1String("url")).toString());
    QVERIFY(!status.value(QLatin1String("idempotency_key")).toString().isEmpty());
    // Posted entries leave the outbox and the disk.
    QVERIFY(outbox.entries().isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(id + QStringLiteral(".json"))));
}

void TestOutbox::failedPostEndsAsOneStatusUnderOneKey_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QJsonObject>("details");
    QTest::addColumn<int>("minPosts");
    QTest::addColumn<int>("maxPosts");
    QTest::addColumn<bool>("looksOnTheProfile");

    // Qt re-sends a POST once by itself when the connection drops before any reply,
    // so two drops are needed for the outbox to see the failure and retry.
    QTest::newRow("connection dropped twice after the status was made")
        << QStringLiteral("drop_after") << QJsonObject{{QStringLiteral("count"), 2}} << 3
        << std::numeric_limits<int>::max() << false;
    QTest::newRow("503 twice") << QStringLiteral("status")
                               << QJsonObject{{QStringLiteral("status"), 503},
                                              {QStringLiteral("count"), 2}}
                               << 3 << 3 << false;
    // The server made the status but its answer is cut off: Posthorn looks on the
    // profile, finds it and reports it posted, without sending it again.
    QTest::newRow("answer cut off after the status was made")
        << QStringLiteral("truncate") << QJsonObject{} << 1 << 1 << true;
    // The sandbox answers garbage before making the status: not on the profile, and
    // within the key's hour, so the part goes again under the same key.
    QTest::newRow("unreadable answer before the status was made")
        << QStringLiteral("malformed") << QJsonObject{} << 2 << 2 << true;
}

void TestOutbox::failedPostEndsAsOneStatusUnderOneKey()
{
    QFETCH(QString, fault);
    QFETCH(QJsonObject, details);
    QFETCH(int, minPosts);
    QFETCH(int, maxPosts);
    QFETCH(bool, looksOnTheProfile);
    failStatusPosts(fault, details);
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(100));
    outbox.setClient(accountKey, m_client.get());
    QSignalSpy posted(&outbox, &Outbox::posted);
    const QString id = outbox.enqueue(draftWith(QStringLiteral("exactly once")));
    QVERIFY(waitPosted(outbox, id));

    const QList<QJsonObject> posts = m_sandbox.requestsTo(statusesPath, "POST");
    QVERIFY2(posts.size() >= minPosts && posts.size() <= maxPosts,
             qPrintable(QStringLiteral("%1 attempts, expected %2 to %3")
                            .arg(posts.size())
                            .arg(minPosts)
                            .arg(maxPosts)));
    const QJsonArray all = m_sandbox.statuses();
    QCOMPARE(all.size(), 1);
    // Reported with the address of the one status.
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.first().at(0).toString(), id);
    QCOMPARE(posted.first().at(1).toUrl().toString(),
             all.first().toObject().value(QLatin1String("url")).toString());
    // Every attempt carried the same key.
    QSet<QString> keys;
    for (const QJsonObject &post : posts)
        keys.insert(keyOf(post));
    QCOMPARE(keys.size(), 1);
    QVERIFY(!keys.contains(QString()));
    if (looksOnTheProfile)
        QVERIFY2(lookedOnTheProfile(), "the profile was not read");
}

void TestOutbox::rateLimitWaitsForTheReset()
{
    failStatusPosts(QStringLiteral("rate_limit"), {{QStringLiteral("resetInSeconds"), 3}});
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(50));
    outbox.setClient(accountKey, m_client.get());
    QSignalSpy changed(&outbox, &Outbox::entryChanged);
    const QString id = outbox.enqueue(draftWith(QStringLiteral("after the limit")));

    QTRY_VERIFY_WITH_TIMEOUT(outbox.entry(id) && outbox.entry(id)->attempts == 1, 10000);
    const QDateTime reset = outbox.entry(id)->nextAttemptAt;
    QVERIFY(reset.isValid());
    QVERIFY(reset > QDateTime::currentDateTimeUtc().addMSecs(1000));

    // Until the reset the server sees nothing more from us, despite the short delay:
    // one more POST, by the server's own clock not before the reset.
    QVERIFY(waitPosted(outbox, id));
    const QList<QJsonObject> posts = m_sandbox.requestsTo(statusesPath, "POST");
    QCOMPARE(posts.size(), 2);
    const QDateTime second = QDateTime::fromString(
        posts.at(1).value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    QVERIFY2(second >= reset,
             qPrintable(second.toString(Qt::ISODateWithMs) + QStringLiteral(" < ") +
                        reset.toString(Qt::ISODateWithMs)));
    QCOMPARE(m_sandbox.statuses().size(), 1);
}

void TestOutbox::validationErrorKeepsTheEntry()
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/instance"),
                      {{QStringLiteral("configuration"),
                        QJsonObject{{QStringLiteral("statuses"),
                                     QJsonObject{{QStringLiteral("max_characters"), 10}}}}}});
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(50));
    outbox.setClient(accountKey, m_client.get());
    const QString text = QStringLiteral("This is longer than ten characters");
    const QString id = outbox.enqueue(draftWith(text));
    QTRY_VERIFY_WITH_TIMEOUT(outbox.entry(id)->state == OutboxEntry::State::Failed, 10000);
    const OutboxEntry entry = *outbox.entry(id);
    QVERIFY2(entry.lastError.contains(QLatin1String("character limit")),
             qPrintable(entry.lastError));
    QCOMPARE(entry.draft.parts, QStringList{text});
    QCOMPARE(m_sandbox.statuses().size(), 0);
    // Not retried by itself, and still there after a restart. Fixed wait: checks that
    // no retry comes over six retry delays.
    QTest::qWait(300);
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 1);
    Outbox reloaded(OutboxStore(m_dir->path()));
    QCOMPARE(reloaded.entries().size(), 1);
    QCOMPARE(reloaded.entries().first().state, OutboxEntry::State::Failed);
    QCOMPARE(reloaded.entries().first().draft.parts, QStringList{text});
}

void TestOutbox::unauthorizedWaitsForSignIn()
{
    ApiClient revoked(&m_nam, m_sandbox.baseUrl());
    revoked.setAccessToken(QStringLiteral("not-a-valid-token"));
    Outbox outbox(OutboxStore(m_dir->path()));
    QSignalSpy signIn(&outbox, &Outbox::signInRequired);
    outbox.setClient(accountKey, &revoked);
    const QString id = outbox.enqueue(draftWith(QStringLiteral("kept through a 401")));
    QVERIFY(signIn.wait(10000));
    QCOMPARE(signIn.first().at(0).toString(), accountKey);
    QCOMPARE(outbox.entry(id)->state, OutboxEntry::State::NeedsSignIn);
    QCOMPARE(outbox.entry(id)->draft.parts.first(), QStringLiteral("kept through a 401"));

    // Signed in again: the entry goes out by itself.
    outbox.setClient(accountKey, m_client.get());
    QVERIFY(waitPosted(outbox, id));
    QCOMPARE(m_sandbox.statuses().size(), 1);
}

void TestOutbox::threadRepliesInOrder()
{
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setClient(accountKey, m_client.get());
    Draft draft = draftWith(QStringLiteral("one"));
    draft.parts = {QStringLiteral("1/3 first"), QStringLiteral("2/3 second"),
                   QStringLiteral("3/3 third")};
    // A 503 on the second part: the first is not posted again.
    failStatusPosts(QStringLiteral("status"), {{QStringLiteral("status"), 503},
                                               {QStringLiteral("skip"), 1},
                                               {QStringLiteral("count"), 1}});
    outbox.setRetryDelay(std::chrono::milliseconds(100));
    const QString id = outbox.enqueue(draft);
    QVERIFY(waitPosted(outbox, id));

    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 4);
    const QJsonArray all = m_sandbox.statuses();
    QCOMPARE(all.size(), 3);
    QString previous;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject status = all.at(i).toObject();
        QVERIFY(status.value(QLatin1String("content")).toString().contains(draft.parts.at(i)));
        if (i == 0)
            QVERIFY(status.value(QLatin1String("in_reply_to_id")).isNull());
        else
            QCOMPARE(status.value(QLatin1String("in_reply_to_id")).toString(), previous);
        previous = status.value(QLatin1String("id")).toString();
    }
}

void TestOutbox::altTextAndMediaArrive()
{
    // Upload as the composer does, then post with alt text typed after the upload.
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"file\"; filename=\"dot.png\""));
    file.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("image/png"));
    file.setBody(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42m"
                                        "P8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
    multiPart->append(file);
    QSignalSpy uploaded(m_client->postMultipart(QStringLiteral("/api/v2/media"), multiPart),
                        &ApiReply::finished);
    QVERIFY(uploaded.wait(10000));
    const ApiResult upload = uploaded.first().at(0).value<ApiResult>();
    QVERIFY2(upload.ok(), qPrintable(upload.error.message));
    const QString mediaId = upload.json.object().value(QLatin1String("id")).toString();
    QVERIFY(!mediaId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSignalSpy polled(m_client->get(QStringLiteral("/api/v1/media/") + mediaId),
                              &ApiReply::finished);
            return polled.wait(5000) && polled.first().at(0).value<ApiResult>().httpStatus == 200;
        }(),
        15000);

    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setClient(accountKey, m_client.get());
    Draft draft = draftWith(QStringLiteral("with a picture"));
    draft.attachments = {DraftAttachment{QStringLiteral("/tmp/dot.png"), mediaId,
                                         QStringLiteral("A red square"),
                                         QStringLiteral("0.25,-0.75")}};
    draft.sensitive = true;
    const QString id = outbox.enqueue(draft);
    QVERIFY(waitPosted(outbox, id));

    const QJsonObject status = m_sandbox.statuses().first().toObject();
    QCOMPARE(status.value(QLatin1String("sensitive")).toBool(), true);
    const QJsonArray media = status.value(QLatin1String("media_attachments")).toArray();
    QCOMPARE(media.size(), 1);
    QCOMPARE(media.first().toObject().value(QLatin1String("id")).toString(), mediaId);
    QCOMPARE(media.first().toObject().value(QLatin1String("description")).toString(),
             QStringLiteral("A red square"));
    // The focal point set after the upload went with the same PUT.
    const QJsonObject focus = media.first()
                                  .toObject()
                                  .value(QLatin1String("meta"))
                                  .toObject()
                                  .value(QLatin1String("focus"))
                                  .toObject();
    QCOMPARE(focus.value(QLatin1String("x")).toDouble(), 0.25);
    QCOMPARE(focus.value(QLatin1String("y")).toDouble(), -0.75);
}

void TestOutbox::scheduledPostReportsItsTime()
{
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setClient(accountKey, m_client.get());
    Draft draft = draftWith(QStringLiteral("later"));
    draft.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    draft.poll = DraftPoll{{QStringLiteral("yes"), QStringLiteral("no")}, 600, true, false};
    QSignalSpy posted(&outbox, &Outbox::posted);
    outbox.enqueue(draft);
    QVERIFY(posted.wait(10000));
    QVERIFY(posted.first().at(1).toUrl().isEmpty());
    const QDateTime at = posted.first().at(2).toDateTime();
    QVERIFY(qAbs(at.secsTo(draft.scheduledAt)) <= 1);
    const QJsonArray scheduled = m_sandbox.scheduledStatuses();
    QCOMPARE(scheduled.size(), 1);
    const QJsonObject params =
        scheduled.first().toObject().value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("text")).toString(), QStringLiteral("later"));
    QCOMPARE(params.value(QLatin1String("poll"))
                 .toObject()
                 .value(QLatin1String("options"))
                 .toArray()
                 .size(),
             2);
}

void TestOutbox::killedWhilePendingIsSentOnceOnRestart()
{
    // The server takes the status but holds its answer; the process dies meanwhile.
    failStatusPosts(QStringLiteral("delay"), {{QStringLiteral("delayMs"), 20000}});
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OUTBOX_CHILD_DIR"), m_dir->path());
    env.insert(QStringLiteral("OUTBOX_CHILD_URL"), m_sandbox.baseUrl().toString());
    env.insert(QStringLiteral("OUTBOX_CHILD_TOKEN"), m_token);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.requestsTo(statusesPath, "POST").size() == 1, 10000);
    child.kill();
    QVERIFY(child.waitForFinished());
    QCOMPARE(m_sandbox.statuses().size(), 1);

    Outbox restarted(OutboxStore(m_dir->path()));
    QCOMPARE(restarted.entries().size(), 1);
    const QString id = restarted.entries().first().id;
    restarted.setClient(accountKey, m_client.get());
    QVERIFY(waitPosted(restarted, id));
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 2);
    QCOMPARE(m_sandbox.statuses().size(), 1);
    QVERIFY(restarted.entries().isEmpty());
}

void TestOutbox::discardRemovesFromDisk()
{
    Outbox outbox(OutboxStore(m_dir->path()));
    // No client: the entry waits.
    const QString id = outbox.enqueue(draftWith(QStringLiteral("never mind")));
    QVERIFY(QFile::exists(m_dir->filePath(id + QStringLiteral(".json"))));
    // Fixed wait: checks that it stays so.
    QTest::qWait(200);
    QCOMPARE(outbox.entry(id)->state, OutboxEntry::State::Waiting);
    outbox.discard(id);
    QVERIFY(!outbox.entry(id));
    QVERIFY(!QFile::exists(m_dir->filePath(id + QStringLiteral(".json"))));
    outbox.setClient(accountKey, m_client.get());
    // Fixed wait: checks that the discarded post does not go out once there is a client.
    QTest::qWait(300);
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 0);
}

namespace {

QString uploadPicture(ApiClient &client)
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"file\"; filename=\"dot.png\""));
    file.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("image/png"));
    file.setBody(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42m"
                                        "P8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
    multiPart->append(file);
    QSignalSpy uploaded(client.postMultipart(QStringLiteral("/api/v2/media"), multiPart),
                        &ApiReply::finished);
    if (!uploaded.wait(10000))
        return {};
    return uploaded.first()
        .at(0)
        .value<ApiResult>()
        .json.object()
        .value(QLatin1String("id"))
        .toString();
}

} // namespace

void TestOutbox::droppedPostWithAltTextIsNotRefused()
{
    // The status is made, the answer lost; on the retry the media is attached already
    // and Mastodon answers 404 to the alt text's PUT. That is no refusal.
    const QString mediaId = uploadPicture(*m_client);
    QVERIFY(!mediaId.isEmpty());
    failStatusPosts(QStringLiteral("drop_after"), {{QStringLiteral("count"), 2}});
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(100));
    outbox.setClient(accountKey, m_client.get());
    Draft draft = draftWith(QStringLiteral("picture, dropped answer"));
    draft.attachments = {
        DraftAttachment{QStringLiteral("/tmp/dot.png"), mediaId, QStringLiteral("One dot")}};
    const QString id = outbox.enqueue(draft);
    QVERIFY(waitPosted(outbox, id));
    QCOMPARE(m_sandbox.statuses().size(), 1);
    QVERIFY(m_sandbox.requestsTo(QStringLiteral("/api/v1/media/") + mediaId, "PUT").size() >= 2);
}

void TestOutbox::oldUnconfirmedPartNotFoundWaitsForTheUser()
{
    // Sent two hours ago, never confirmed, not on the server: its key is forgotten.
    OutboxEntry old = OutboxEntry::create(draftWith(QStringLiteral("from yesterday")));
    old.partSentAt = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    old.attempts = 1;
    QVERIFY(OutboxStore(m_dir->path()).save(old));
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setClient(accountKey, m_client.get());
    QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(old.id)->state, OutboxEntry::State::Failed, 5000);
    QVERIFY(outbox.entry(old.id)->notFound);
    QVERIFY(!outbox.entry(old.id)->refused);
    QVERIFY(outbox.entry(old.id)->lastError.contains(QLatin1String("did not find")));
    QVERIFY2(lookedOnTheProfile(), "the profile was not read");
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 0);
    // It stays so after a reload: the user's agreement is still needed.
    {
        Outbox reloaded(OutboxStore(m_dir->path()));
        QVERIFY(reloaded.entry(old.id)->notFound);
        QCOMPARE(reloaded.entry(old.id)->state, OutboxEntry::State::Failed);
    }
    // The user agrees and sends it again.
    outbox.retry(old.id);
    QVERIFY(waitPosted(outbox, old.id));
    QCOMPARE(m_sandbox.statuses().size(), 1);
}

void TestOutbox::oldUnconfirmedPartFoundIsNotSentAgain()
{
    // The post made it, but its answer never did, and the key's hour is over by now.
    const Draft draft = draftWith(QStringLiteral("it did get out\n\nwith <two> & paragraphs"));
    OutboxEntry old = OutboxEntry::create(draft);
    old.partSentAt = QDateTime::currentDateTimeUtc().addSecs(-56 * 60);
    {
        Outbox first(OutboxStore(m_dir->path()));
        first.setClient(accountKey, m_client.get());
        const QString made = first.enqueue(draft);
        QVERIFY(waitPosted(first, made));
    }
    QVERIFY(OutboxStore(m_dir->path()).save(old));
    const int postsBefore = m_sandbox.requestsTo(statusesPath, "POST").size();
    const QString url =
        m_sandbox.statuses().first().toObject().value(QLatin1String("url")).toString();

    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setClient(accountKey, m_client.get());
    QSignalSpy posted(&outbox, &Outbox::posted);
    QVERIFY(posted.wait(10000));
    QCOMPARE(posted.first().at(0).toString(), old.id);
    QCOMPARE(posted.first().at(1).toUrl().toString(), url);
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), postsBefore);
    QCOMPARE(m_sandbox.statuses().size(), 1);
    QVERIFY(!QFile::exists(m_dir->filePath(old.id + QStringLiteral(".json"))));
}

void TestOutbox::oldUnconfirmedPartWithLinksAndMentionsIsFound()
{
    // The server shows the text as HTML with a link, a hashtag, and a mention of another
    // server's account as @bob: the post is still recognised, not sent again.
    const Draft draft = draftWith(
        QStringLiteral("thanks @bob@remote.example and @alice for #Qt: https://example.com/a?b=c"));
    OutboxEntry old = OutboxEntry::create(draft);
    old.partSentAt = QDateTime::currentDateTimeUtc().addSecs(-56 * 60);
    {
        Outbox first(OutboxStore(m_dir->path()));
        first.setClient(accountKey, m_client.get());
        const QString made = first.enqueue(draft);
        QVERIFY(waitPosted(first, made));
    }
    const QString content =
        m_sandbox.statuses().first().toObject().value(QLatin1String("content")).toString();
    QVERIFY2(content.contains(QLatin1String(">@<span>bob</span></a>")), qPrintable(content));
    QVERIFY(OutboxStore(m_dir->path()).save(old));
    const int postsBefore = m_sandbox.requestsTo(statusesPath, "POST").size();

    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setClient(accountKey, m_client.get());
    QSignalSpy posted(&outbox, &Outbox::posted);
    QVERIFY(posted.wait(10000));
    QCOMPARE(posted.first().at(0).toString(), old.id);
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), postsBefore);
    QCOMPARE(m_sandbox.statuses().size(), 1);
}

void TestOutbox::uncertainPartNotFoundWithinTheHourIsResentUnderItsKey()
{
    // Its answer was lost ten minutes ago and nothing was made: the server still knows
    // the key, so the part goes again under it.
    OutboxEntry entry = OutboxEntry::create(draftWith(QStringLiteral("lost on the way")));
    entry.partSentAt = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    entry.uncertain = true;
    QVERIFY(OutboxStore(m_dir->path()).save(entry));
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setClient(accountKey, m_client.get());
    QVERIFY(waitPosted(outbox, entry.id));
    const QList<QJsonObject> posts = m_sandbox.requestsTo(statusesPath, "POST");
    QCOMPARE(posts.size(), 1);
    QCOMPARE(keyOf(posts.first()), entry.idempotencyKey(0));
    QCOMPARE(m_sandbox.statuses().size(), 1);
}

void TestOutbox::lookupFailureWaitsAndLooksAgain()
{
    failStatusPosts(QStringLiteral("truncate"));
    m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 503},
                        {QStringLiteral("count"), 1},
                        {QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/api/v1/accounts/*")}});
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(300));
    outbox.setClient(accountKey, m_client.get());
    QSignalSpy changed(&outbox, &Outbox::entryChanged);
    const QString id = outbox.enqueue(draftWith(QStringLiteral("asked twice")));
    // The lookup failed: it waits with a plain word, having sent nothing again.
    QTRY_VERIFY_WITH_TIMEOUT(
        outbox.entry(id) && outbox.entry(id)->lastError.contains(QLatin1String("could not ask")),
        5000);
    QCOMPARE(outbox.entry(id)->state, OutboxEntry::State::Waiting);
    QVERIFY(outbox.entry(id)->uncertain);
    QVERIFY(waitPosted(outbox, id));
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 1);
    QCOMPARE(m_sandbox.statuses().size(), 1);
}

void TestOutbox::secondPartOfAThreadWithAnUnreadableAnswerIsFound()
{
    Draft draft = draftWith(QString());
    draft.parts = {QStringLiteral("1/2 first"), QStringLiteral("2/2 second")};
    failStatusPosts(QStringLiteral("truncate"), {{QStringLiteral("skip"), 1}});
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(50));
    outbox.setClient(accountKey, m_client.get());
    const QString id = outbox.enqueue(draft);
    QVERIFY(waitPosted(outbox, id));
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 2);
    const QJsonArray all = m_sandbox.statuses();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).toObject().value(QLatin1String("in_reply_to_id")).toString(),
             all.at(0).toObject().value(QLatin1String("id")).toString());
}

void TestOutbox::noRequestWhenTheSentTimeCannotBeStored()
{
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(200));
    const QString id = outbox.enqueue(draftWith(QStringLiteral("waits for the disk")));
    QVERIFY(!id.isEmpty());
    // The folder goes and a file takes its place: nothing can be written there, even
    // as root.
    const QString folder = m_dir->path();
    const QString aside = folder + QStringLiteral(".aside");
    QVERIFY(QDir().rename(folder, aside));
    {
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    QSignalSpy saveFailed(&outbox, &Outbox::saveFailed);
    outbox.setClient(accountKey, m_client.get());
    QTRY_VERIFY_WITH_TIMEOUT(!saveFailed.isEmpty(), 5000);
    QVERIFY(saveFailed.first().at(0).toString().contains(QLatin1String("disk")));
    QCOMPARE(outbox.entry(id)->state, OutboxEntry::State::Waiting);
    // No request goes out through a few retries, each of which fails to save.
    QTRY_VERIFY_WITH_TIMEOUT(saveFailed.size() >= 3, 5000);
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 0);

    QVERIFY(QFile::remove(folder));
    QVERIFY(QDir().rename(aside, folder));
    QVERIFY(waitPosted(outbox, id));
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 1);
    QCOMPARE(m_sandbox.statuses().size(), 1);
}

void TestOutbox::rateLimitResetInThePastStillBacksOff()
{
    failStatusPosts(QStringLiteral("rate_limit"), {{QStringLiteral("resetInSeconds"), -60}});
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(800));
    outbox.setClient(accountKey, m_client.get());
    const QString id = outbox.enqueue(draftWith(QStringLiteral("clocks disagree")));
    QVERIFY(waitPosted(outbox, id));
    const QList<QJsonObject> posts = m_sandbox.requestsTo(statusesPath, "POST");
    QCOMPARE(posts.size(), 2);
    const auto at = [&](int i) {
        return QDateTime::fromString(posts.at(i).value(QLatin1String("time")).toString(),
                                     Qt::ISODateWithMs);
    };
    QVERIFY2(at(0).msecsTo(at(1)) >= 700, qPrintable(QString::number(at(0).msecsTo(at(1)))));
}

void TestOutbox::clientGoneMidSendIsResent()
{
    failStatusPosts(QStringLiteral("delay"), {{QStringLiteral("delayMs"), 3000}});
    Outbox outbox(OutboxStore(m_dir->path()));
    auto doomed = std::make_unique<ApiClient>(&m_nam, m_sandbox.baseUrl());
    doomed->setAccessToken(m_token);
    outbox.setClient(accountKey, doomed.get());
    const QString id = outbox.enqueue(draftWith(QStringLiteral("client gone")));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestsTo(statusesPath, "POST").size(), 1, 5000);
    // Signed out and in again while the answer is on its way.
    outbox.setClient(accountKey, nullptr);
    doomed.reset();
    QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(id)->state, OutboxEntry::State::Waiting, 2000);
    outbox.setClient(accountKey, m_client.get());
    QVERIFY(waitPosted(outbox, id));
    QCOMPARE(m_sandbox.statuses().size(), 1);
}

void TestOutbox::signedOutMidThreadResumes()
{
    failStatusPosts(QStringLiteral("delay"), {{QStringLiteral("delayMs"), 1500}});
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setClient(accountKey, m_client.get());
    Draft draft = draftWith(QStringLiteral("part one"));
    draft.parts.append(QStringLiteral("part two"));
    const QString id = outbox.enqueue(draft);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestsTo(statusesPath, "POST").size(), 1, 5000);
    // The account needs a new sign-in while part one is out; its answer still arrives.
    outbox.setClient(accountKey, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(outbox.entry(id)->postedIds.size() == 1 &&
                                 outbox.entry(id)->state == OutboxEntry::State::Waiting,
                             5000);
    // Fixed wait: checks that part two does not go out without a client.
    QTest::qWait(300);
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 1);
    outbox.setClient(accountKey, m_client.get());
    QVERIFY(waitPosted(outbox, id));
    const QJsonArray all = m_sandbox.statuses();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).toObject().value(QLatin1String("in_reply_to_id")).toString(),
             all.at(0).toObject().value(QLatin1String("id")).toString());
}

void TestOutbox::cutOffScheduledPostIsFoundAmongTheScheduled()
{
    failStatusPosts(QStringLiteral("truncate"));
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(50));
    outbox.setClient(accountKey, m_client.get());
    Draft draft = draftWith(QStringLiteral("tomorrow's news"));
    const QDateTime at = QDateTime::currentDateTimeUtc().addDays(1);
    draft.scheduledAt = at;
    QSignalSpy posted(&outbox, &Outbox::posted);
    const QString id = outbox.enqueue(draft);
    QVERIFY(posted.wait(10000));
    QCOMPARE(posted.first().at(0).toString(), id);
    QCOMPARE(posted.first().at(2).toDateTime().toSecsSinceEpoch(), at.toSecsSinceEpoch());
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 1);
    QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/scheduled_statuses"), "GET").size(), 1);
    QCOMPARE(m_sandbox.statuses().size(), 0);
}

void TestOutbox::anAccountsPostsKeepTheirOrder()
{
    failStatusPosts(QStringLiteral("status"), {{QStringLiteral("status"), 503}});
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(500));
    outbox.setClient(accountKey, m_client.get());
    const QString first = outbox.enqueue(draftWith(QStringLiteral("written first")));
    const QString second = outbox.enqueue(draftWith(QStringLiteral("written second")));
    QVERIFY(waitPosted(outbox, second));
    QVERIFY(!outbox.entry(first));
    const QJsonArray all = m_sandbox.statuses();
    QCOMPARE(all.size(), 2);
    QVERIFY(all.at(0)
                .toObject()
                .value(QLatin1String("content"))
                .toString()
                .contains(QLatin1String("written first")));
    QVERIFY(all.at(1)
                .toObject()
                .value(QLatin1String("content"))
                .toString()
                .contains(QLatin1String("written second")));
}

// The child side of killedWhilePendingIsSentOnceOnRestart: posts, then waits to be killed.
static int runChild()
{
    QNetworkAccessManager nam;
    ApiClient client(&nam, QUrl(qEnvironmentVariable("OUTBOX_CHILD_URL")));
    client.setAccessToken(qEnvironmentVariable("OUTBOX_CHILD_TOKEN"));
    Outbox outbox(OutboxStore(qEnvironmentVariable("OUTBOX_CHILD_DIR")));
    outbox.setClient(accountKey, &client);
    outbox.enqueue(draftWith(QStringLiteral("sent before the kill")));
    return QCoreApplication::exec();
}

void TestOutbox::fileWithoutMediaIdIsUploadedOnceThroughADroppedConnection()
{
    // The connection drops before the server has the file; the outbox uploads it again
    // later and posts the status once, with one attachment and its description.
    m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("drop")},
                        {QStringLiteral("count"), 1},
                        {QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), QStringLiteral("/api/v2/media")}});
    // The server converts the file for a while first (202, then polled).
    m_sandbox.control("POST", QStringLiteral("/_sandbox/media"),
                      {{QStringLiteral("processingPolls"), 2}});
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(100));
    outbox.setClient(accountKey, m_client.get());
    Draft draft = draftWith(QStringLiteral("a picture from a script"));
    draft.attachments = {
        DraftAttachment{writePicture(m_dir->path()), QString(), QStringLiteral("One red dot")}};
    const QString id = outbox.enqueue(draft);
    // The media id is on disk by the time the status is out: a restart would not upload
    // the file again. Read when the part is posted, before the entry is done, as the
    // whole post can go out between two looks at the folder.
    QString storedMediaId;
    connect(&outbox, &Outbox::partPosted, this, [&] {
        const QList<OutboxEntry> stored = OutboxStore(m_dir->path()).loadAll();
        if (!stored.isEmpty())
            storedMediaId = stored.first().draft.attachments.value(0).mediaId;
    });
    QVERIFY(waitPosted(outbox, id));
    QVERIFY(!storedMediaId.isEmpty());

    QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v2/media"), "POST").size(), 2);
    const QJsonArray statuses = m_sandbox.statuses();
    QCOMPARE(statuses.size(), 1);
    const QJsonArray media =
        statuses.first().toObject().value(QLatin1String("media_attachments")).toArray();
    QCOMPARE(media.size(), 1);
    QCOMPARE(media.first().toObject().value(QLatin1String("id")).toString(), storedMediaId);
    QCOMPARE(media.first().toObject().value(QLatin1String("description")).toString(),
             QStringLiteral("One red dot"));
}

void TestOutbox::fileTheServerRefusesIsARefusalWithItsWords()
{
    // Text under a picture's name: the server looks at the content and says no.
    const QString path = m_dir->filePath(QStringLiteral("notes.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some words, not a picture\n");
    file.close();
    Outbox outbox(OutboxStore(m_dir->path()));
    outbox.setRetryDelay(std::chrono::milliseconds(100));
    outbox.setClient(accountKey, m_client.get());
    Draft draft = draftWith(QStringLiteral("with a file the server refuses"));
    draft.attachments = {DraftAttachment{path, QString(), QStringLiteral("notes")}};
    const QString id = outbox.enqueue(draft);
    QTRY_VERIFY_WITH_TIMEOUT(outbox.entry(id)->state == OutboxEntry::State::Failed, 10000);
    QVERIFY(outbox.entry(id)->refused);
    QVERIFY2(outbox.entry(id)->lastError.contains(QLatin1String("content type is invalid")),
             qPrintable(outbox.entry(id)->lastError));
    QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v2/media"), "POST").size(), 1);
    QCOMPARE(m_sandbox.requestsTo(statusesPath, "POST").size(), 0);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("OUTBOX_CHILD_DIR"))
        return runChild();
    TestOutbox test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outbox.moc"
