// MediaUpload and MediaDescriptionUpdate over real HTTP against the sandbox, which
// answers like Mastodon: images 200 at once, video 202 then 206 until processed, 422
// when processing failed.
#include "api/apiclient.h"
#include "api/apiresult.h"
#include "media/mediadescriptionupdate.h"
#include "media/mediaupload.h"

#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int waitMs = 20000;

QByteArray pngBytes()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAY"
        "AAjCB0C8AAAAASUVORK5CYII=");
}

// A WebM header: the sandbox, like Mastodon, queues video for processing (202).
QByteArray webmBytes()
{
    return QByteArrayLiteral("\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81"
                             "\x04\x42\xf3\x81\x08\x42\x82\x84webm") +
           QByteArray(64 * 1024, '\0');
}

// What the sandbox answered to each request: its status, or "fault" where an armed
// fault answered instead of the routes.
QString answers(const QList<QJsonObject> &requests)
{
    QStringList parts;
    for (const QJsonObject &request : requests) {
        parts << (request.contains(QLatin1String("fault"))
                      ? QStringLiteral("fault")
                      : QString::number(request.value(QLatin1String("status")).toInt()));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestMediaUpload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void imageIsProcessedAtOnce();
    void videoIsPolledUntilProcessed();
    void failedProcessingIs422();
    void pollingRidesOutServerErrors();
    void pollingGivesUpThenRetryPollsAgain();
    void serverRefusesUnsupportedType();
    void unreadableFileFails();
    void abortStopsEverything();
    void descriptionUpdateArrives();
    void descriptionUpdateOnProcessingMedia();
    void descriptionTooLongIsRefused();
    void focusGoesWithTheUpload();

private:
    std::unique_ptr<ApiClient> makeClient();
    QString write(const QString &name, const QByteArray &content);
    // GET /api/v1/media/:id as the account, for checking what the server holds.
    ApiResult fetchMedia(ApiClient &client, const QString &id);
    void configureMedia(int processingPolls, bool fail);

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
};

void TestMediaUpload::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
}

void TestMediaUpload::init()
{
    m_sandbox.reset();
}

std::unique_ptr<ApiClient> TestMediaUpload::makeClient()
{
    auto client = std::make_unique<ApiClient>(&m_nam, m_sandbox.baseUrl());
    client->setAccessToken(m_sandbox.mintToken(QStringLiteral("read write:media")));
    return client;
}

QString TestMediaUpload::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the test file");
    return path;
}

ApiResult TestMediaUpload::fetchMedia(ApiClient &client, const QString &id)
{
    ApiReply *reply = client.get(QStringLiteral("/api/v1/media/") + id);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(waitMs))
        return {};
    return finished.first().first().value<ApiResult>();
}

void TestMediaUpload::configureMedia(int processingPolls, bool fail)
{
    const QJsonDocument reply = m_sandbox.control(
        "POST", QStringLiteral("/_sandbox/media"),
        {{QStringLiteral("processingPolls"), processingPolls}, {QStringLiteral("fail"), fail}});
    QVERIFY(reply.object().value(QLatin1String("ok")).toBool());
}

void TestMediaUpload::imageIsProcessedAtOnce()
{
    auto client = makeClient();
    // Padding after the picture makes the body long enough for progress reports.
    const QByteArray content = pngBytes() + QByteArray(512 * 1024, '\0');
    const QString path = write(QStringLiteral("dot.png"), content);

    MediaUpload upload(client.get());
    QSignalSpy progressed(&upload, &MediaUpload::progressed);
    QSignalSpy uploaded(&upload, &MediaUpload::uploaded);
    QSignalSpy processed(&upload, &MediaUpload::processed);
    QSignalSpy failed(&upload, &MediaUpload::failed);
    upload.start(path, QStringLiteral("A single black dot"));
    QCOMPARE(upload.state(), MediaUpload::State::Uploading);
    QVERIFY(processed.wait(waitMs));

    QCOMPARE(failed.count(), 0);
    QCOMPARE(uploaded.count(), 1);
    QCOMPARE(processed.count(), 1);
    QVERIFY(progressed.count() >= 1);
    const qint64 sent = progressed.last().at(0).toLongLong();
    const qint64 total = progressed.last().at(1).toLongLong();
    QVERIFY2(total > content.size(), qPrintable(QStringLiteral("%1/%2").arg(sent).arg(total)));
    QCOMPARE(sent, total);

    const auto attachment = processed.first().first().value<MediaAttachment>();
    QVERIFY(!attachment.id.isEmpty());
    QCOMPARE(attachment.type, QStringLiteral("image"));
    QVERIFY(attachment.isProcessed());
    QCOMPARE(upload.state(), MediaUpload::State::Processed);
    QCOMPARE(upload.attachment().id, attachment.id);
    // A 200 needs no polling.
    QCOMPARE(m_sandbox.requestsUnder(QStringLiteral("/api/v1/media/"), "GET").size(), 0);

    // The file went as multipart with its type, and the alt text arrived.
    const QList<QJsonObject> posts =
        m_sandbox.requestsUnder(QStringLiteral("/api/v2/media"), "POST");
    QCOMPARE(posts.size(), 1);
    QVERIFY(posts.first()
                .value(QLatin1String("headers"))
                .toObject()
                .value(QLatin1String("content-type"))
                .toString()
                .startsWith(QLatin1String("multipart/form-data")));
    const ApiResult onServer = fetchMedia(*client, attachment.id);
    QCOMPARE(onServer.httpStatus, 200);
    QCOMPARE(onServer.parseAs<MediaAttachment>()->description,
             QStringLiteral("A single black dot"));
}

void TestMediaUpload::videoIsPolledUntilProcessed()
{
    auto client = makeClient();
    configureMedia(3, false);
    MediaUpload upload(client.get());
    upload.setPollInterval(50ms);
    QSignalSpy uploaded(&upload, &MediaUpload::uploaded);
    QSignalSpy processed(&upload, &MediaUpload::processed);
    QSignalSpy failed(&upload, &MediaUpload::failed);
    upload.start(write(QStringLiteral("clip.webm"), webmBytes()), QStringLiteral("A short clip"));

    QVERIFY(uploaded.wait(waitMs));
    const auto pending = uploaded.first().first().value<MediaAttachment>();
    QVERIFY(!pending.id.isEmpty());
    QVERIFY(!pending.isProcessed());
    QCOMPARE(upload.state(), MediaUpload::State::Processing);

    QVERIFY(processed.wait(waitMs));
    QCOMPARE(failed.count(), 0);
    const auto done = processed.first().first().value<MediaAttachment>();
    QCOMPARE(done.id, pending.id);
    QCOMPARE(done.type, QStringLiteral("video"));
    QVERIFY(done.isProcessed());
    QCOMPARE(done.description, QStringLiteral("A short clip"));

    const QList<QJsonObject> posts =
        m_sandbox.requestsUnder(QStringLiteral("/api/v2/media"), "POST");
    QCOMPARE(answers(posts), QStringLiteral("202"));
    // 206 while processing, then 200, and not one poll more.
    QCOMPARE(answers(m_sandbox.requestsUnder(QStringLiteral("/api/v1/media/") + done.id, "GET")),
             QStringLiteral("206 206 206 200"));
}

void TestMediaUpload::failedProcessingIs422()
{
    auto client = makeClient();
    configureMedia(1, true);
    MediaUpload upload(client.get());
    upload.setPollInterval(50ms);
    QSignalSpy processed(&upload, &MediaUpload::processed);
    QSignalSpy failed(&upload, &MediaUpload::failed);
    upload.start(write(QStringLiteral("broken.webm"), webmBytes()));
    QVERIFY(failed.wait(waitMs));
    QCOMPARE(processed.count(), 0);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.serverMessage, QStringLiteral("Error processing thumbnail for uploaded media"));
    QVERIFY2(error.message.contains(QLatin1String("could not process")), qPrintable(error.message));
    QCOMPARE(upload.state(), MediaUpload::State::Failed);

    // The failed attachment takes no description either, as on Mastodon.
    MediaDescriptionUpdate update(client.get());
    QSignalSpy updateFailed(&update, &MediaDescriptionUpdate::failed);
    update.start(upload.attachment().id, QStringLiteral("Too late"));
    QVERIFY(updateFailed.wait(waitMs));
    QCOMPARE(updateFailed.first().first().value<ApiError>().httpStatus, 422);

    // Retry after a processing failure uploads the file again; this time it works.
    configureMedia(1, false);
    upload.retry();
    QVERIFY(processed.wait(waitMs));
    QCOMPARE(m_sandbox.requestsUnder(QStringLiteral("/api/v2/media"), "POST").size(), 2);
    QVERIFY(processed.first().first().value<MediaAttachment>().isProcessed());
}

void TestMediaUpload::pollingRidesOutServerErrors()
{
    auto client = makeClient();
    configureMedia(1, false);
    m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/api/v1/media/*")},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 503},
                        {QStringLiteral("count"), 2}});
    MediaUpload upload(client.get());
    upload.setPollInterval(50ms);
    upload.setMaxPollInterval(200ms);
    QSignalSpy processed(&upload, &MediaUpload::processed);
    QSignalSpy failed(&upload, &MediaUpload::failed);
    upload.start(write(QStringLiteral("clip.webm"), webmBytes()));
    QVERIFY(processed.wait(waitMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(answers(m_sandbox.requestsUnder(QStringLiteral("/api/v1/media/"), "GET")),
             QStringLiteral("fault fault 206 200"));
}

void TestMediaUpload::pollingGivesUpThenRetryPollsAgain()
{
    auto client = makeClient();
    configureMedia(1, false);
    m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/api/v1/media/*")},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 502},
                        {QStringLiteral("count"), 3}});
    MediaUpload upload(client.get());
    upload.setPollInterval(50ms);
    upload.setMaxPollInterval(100ms);
    upload.setPollRetries(2);
    QSignalSpy processed(&upload, &MediaUpload::processed);
    QSignalSpy failed(&upload, &MediaUpload::failed);
    upload.start(write(QStringLiteral("clip.webm"), webmBytes()));
    QVERIFY(failed.wait(waitMs));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::ServerError);
    QCOMPARE(answers(m_sandbox.requestsUnder(QStringLiteral("/api/v1/media/"), "GET")),
             QStringLiteral("fault fault fault"));

    // The file is on the server: Retry asks about it again instead of uploading anew.
    upload.retry();
    QCOMPARE(upload.state(), MediaUpload::State::Processing);
    QVERIFY(processed.wait(waitMs));
    QCOMPARE(m_sandbox.requestsUnder(QStringLiteral("/api/v2/media"), "POST").size(), 1);
    QCOMPARE(processed.first().first().value<MediaAttachment>().id, upload.attachment().id);
}

void TestMediaUpload::serverRefusesUnsupportedType()
{
    auto client = makeClient();
    MediaUpload upload(client.get());
    QSignalSpy failed(&upload, &MediaUpload::failed);
    QSignalSpy uploaded(&upload, &MediaUpload::uploaded);
    upload.start(write(QStringLiteral("notes.txt"), "not a picture at all\n"));
    QVERIFY(failed.wait(waitMs));
    QCOMPARE(uploaded.count(), 0);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 422);
    QVERIFY2(error.message.contains(QLatin1String("content type is invalid")),
             qPrintable(error.message));
}

void TestMediaUpload::unreadableFileFails()
{
    auto client = makeClient();
    MediaUpload upload(client.get());
    upload.start(m_dir.filePath(QStringLiteral("does-not-exist.png")));
    // Reported from the event loop, so a receiver connected after start() hears it.
    QSignalSpy failed(&upload, &MediaUpload::failed);
    QVERIFY(failed.wait(waitMs));
    const auto error = failed.first().first().value<ApiError>();
    QVERIFY2(error.message.contains(QLatin1String("does-not-exist.png")),
             qPrintable(error.message));
    QCOMPARE(m_sandbox.requestsUnder(QStringLiteral("/api/v2/media"), "POST").size(), 0);
}

void TestMediaUpload::abortStopsEverything()
{
    auto client = makeClient();
    configureMedia(2, false);
    MediaUpload upload(client.get());
    upload.setPollInterval(50ms);
    QSignalSpy processed(&upload, &MediaUpload::processed);
    QSignalSpy failed(&upload, &MediaUpload::failed);
    connect(&upload, &MediaUpload::uploaded, &upload, [&upload] { upload.abort(); });
    QSignalSpy uploaded(&upload, &MediaUpload::uploaded);
    upload.start(write(QStringLiteral("clip.webm"), webmBytes()));
    QVERIFY(uploaded.wait(waitMs));
    // Fixed wait: checks that no poll follows the abort, over eight poll intervals.
    QTest::qWait(400);
    QCOMPARE(processed.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(upload.state(), MediaUpload::State::Idle);
    QCOMPARE(m_sandbox.requestsUnder(QStringLiteral("/api/v1/media/"), "GET").size(), 0);
}

void TestMediaUpload::descriptionUpdateArrives()
{
    auto client = makeClient();
    MediaUpload upload(client.get());
    QSignalSpy processed(&upload, &MediaUpload::processed);
    upload.start(write(QStringLiteral("dot.png"), pngBytes()));
    QVERIFY(processed.wait(waitMs));
    const QString id = upload.attachment().id;
    QVERIFY(upload.attachment().description.isEmpty());

    // The alt text the user typed last, with characters beyond ASCII.
    const QString description =
        QString::fromUtf8("Ein schwarzer Punkt \xe2\x80\x93 \xf0\x9f\x90\x88");
    MediaDescriptionUpdate update(client.get());
    QSignalSpy updated(&update, &MediaDescriptionUpdate::updated);
    QSignalSpy failed(&update, &MediaDescriptionUpdate::failed);
    update.start(id, description);
    QVERIFY(update.isRunning());
    QVERIFY(updated.wait(waitMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(updated.first().first().value<MediaAttachment>().description, description);
    QVERIFY(!update.isRunning());

    const ApiResult onServer = fetchMedia(*client, id);
    QCOMPARE(onServer.parseAs<MediaAttachment>()->description, description);
    const QList<QJsonObject> puts =
        m_sandbox.requestsUnder(QStringLiteral("/api/v1/media/"), "PUT");
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.first().value(QLatin1String("path")).toString(),
             QStringLiteral("/api/v1/media/") + id);
}

void TestMediaUpload::descriptionUpdateOnProcessingMedia()
{
    auto client = makeClient();
    configureMedia(5, false);
    MediaUpload upload(client.get());
    // Slow polling: the update must land while the server still processes.
    upload.setPollInterval(10s);
    QSignalSpy uploaded(&upload, &MediaUpload::uploaded);
    upload.start(write(QStringLiteral("clip.webm"), webmBytes()));
    QVERIFY(uploaded.wait(waitMs));

    MediaDescriptionUpdate update(client.get());
    QSignalSpy updated(&update, &MediaDescriptionUpdate::updated);
    update.start(upload.attachment().id, QStringLiteral("Waves on a beach"));
    QVERIFY(updated.wait(waitMs));
    QCOMPARE(updated.first().first().value<MediaAttachment>().description,
             QStringLiteral("Waves on a beach"));
    QCOMPARE(answers(m_sandbox.requestsUnder(QStringLiteral("/api/v1/media/"), "PUT")),
             QStringLiteral("206"));
    upload.abort();
}

void TestMediaUpload::descriptionTooLongIsRefused()
{
    auto client = makeClient();
    MediaUpload upload(client.get());
    QSignalSpy processed(&upload, &MediaUpload::processed);
    upload.start(write(QStringLiteral("dot.png"), pngBytes()), QStringLiteral("Short"));
    QVERIFY(processed.wait(waitMs));

    MediaDescriptionUpdate update(client.get());
    QSignalSpy failed(&update, &MediaDescriptionUpdate::failed);
    update.start(upload.attachment().id, QString(1501, QLatin1Char('x')));
    QVERIFY(failed.wait(waitMs));
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 422);
    QVERIFY2(error.message.contains(QLatin1String("Description is too long")),
             qPrintable(error.message));
    // The refused text did not replace the one on the server.
    QCOMPARE(fetchMedia(*client, upload.attachment().id).parseAs<MediaAttachment>()->description,
             QStringLiteral("Short"));

    // The limit is in characters, as Rails counts them: 1500 emoji fit.
    QSignalSpy updated(&update, &MediaDescriptionUpdate::updated);
    const QString emoji = QString::fromUtf8("\xf0\x9f\x8c\xbb").repeated(1500);
    update.start(upload.attachment().id, emoji);
    QVERIFY(updated.wait(waitMs));
    QCOMPARE(updated.first().first().value<MediaAttachment>().description, emoji);
}

void TestMediaUpload::focusGoesWithTheUpload()
{
    auto client = makeClient();
    MediaUpload upload(client.get());
    QSignalSpy processed(&upload, &MediaUpload::processed);
    upload.start(write(QStringLiteral("dot.png"), pngBytes()), QString(),
                 QStringLiteral("-0.50,0.25"));
    QVERIFY(processed.wait(waitMs));
    const QJsonObject focus = fetchMedia(*client, upload.attachment().id)
                                  .json.object()
                                  .value(QLatin1String("meta"))
                                  .toObject()
                                  .value(QLatin1String("focus"))
                                  .toObject();
    QCOMPARE(focus.value(QLatin1String("x")).toDouble(), -0.5);
    QCOMPARE(focus.value(QLatin1String("y")).toDouble(), 0.25);
}

QTEST_GUILESS_MAIN(TestMediaUpload)
#include "tst_mediaupload.moc"
