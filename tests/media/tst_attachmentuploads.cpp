// A draft's attachments and their uploads, without widgets, over real HTTP against the
// sandbox: ids reported when processed, failures kept for a retry, another account's
// server getting its own upload, and pasted pictures written to files of their own.
#include "api/apiclient.h"
#include "api/apiresult.h"
#include "api/mediaattachment.h"
#include "media/attachmentuploads.h"

#include "sandboxprocess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int waitMs = 20000;
const QString mediaPath = QStringLiteral("/api/v2/media");

QByteArray pngBytes()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAY"
        "AAjCB0C8AAAAASUVORK5CYII=");
}

} // namespace

class TestAttachmentUploads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void processedUploadReportsItsMediaId();
    void failedUploadIsReportedAndRetryUploadsAgain();
    void withoutAClientTheUploadWaitsForOne();
    void anotherAccountGetsItsOwnUploadOfEveryFile();
    void attachmentWithAMediaIdIsNotUploadedAgain();
    void removedWhileUploadingIsForgotten();
    void pastedPictureGetsAPrivateFileOfItsOwn();
    void pastedPictureThatCannotBeWrittenIsReported();

private:
    std::unique_ptr<ApiClient> makeClient(const QString &account = QStringLiteral("demo"));
    QString write(const QString &name, const QByteArray &content);
    // What the server answers to GET /api/v1/media/:id asked by `client`'s account.
    int mediaStatus(ApiClient &client, const QString &id);

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
};

void TestAttachmentUploads::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
}

void TestAttachmentUploads::init()
{
    m_sandbox.reset();
}

std::unique_ptr<ApiClient> TestAttachmentUploads::makeClient(const QString &account)
{
    auto client = std::make_unique<ApiClient>(&m_nam, m_sandbox.baseUrl());
    client->setAccessToken(m_sandbox.mintToken(QStringLiteral("read write:media"), account));
    return client;
}

QString TestAttachmentUploads::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the test file");
    return path;
}

int TestAttachmentUploads::mediaStatus(ApiClient &client, const QString &id)
{
    ApiReply *reply = client.get(QStringLiteral("/api/v1/media/") + id);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(waitMs))
        return 0;
    return finished.first().first().value<ApiResult>().httpStatus;
}

void TestAttachmentUploads::processedUploadReportsItsMediaId()
{
    auto client = makeClient();
    AttachmentUploads uploads([&] { return client.get(); });
    QSignalSpy changed(&uploads, &AttachmentUploads::changed);
    const QString path = write(QStringLiteral("dot.png"), pngBytes());
    uploads.add(DraftAttachment{path, QString(), QStringLiteral("A black dot")});
    QCOMPARE(uploads.state(0), AttachmentUploads::State::Uploading);
    QVERIFY(!uploads.isReady());

    QTRY_COMPARE_WITH_TIMEOUT(uploads.state(0), AttachmentUploads::State::Ready, waitMs);
    QVERIFY(uploads.isReady());
    QVERIFY(changed.count() >= 1);
    const DraftAttachment done = uploads.attachments().first();
    QCOMPARE(done.localPath, path);
    QVERIFY(!done.mediaId.isEmpty());
    // The id is the server's, for this account, with the alt text.
    QCOMPARE(mediaStatus(*client, done.mediaId), 200);
    QCOMPARE(m_sandbox.requestsTo(mediaPath, "POST").size(), 1);
}

void TestAttachmentUploads::failedUploadIsReportedAndRetryUploadsAgain()
{
    m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), mediaPath},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 503}});
    auto client = makeClient();
    AttachmentUploads uploads([&] { return client.get(); });
    uploads.add(DraftAttachment{write(QStringLiteral("retry.png"), pngBytes()), {}, {}});
    QTRY_COMPARE_WITH_TIMEOUT(uploads.state(0), AttachmentUploads::State::Failed, waitMs);
    QVERIFY(!uploads.problem(0).isEmpty());
    QVERIFY(!uploads.isReady());
    QVERIFY(uploads.attachments().first().mediaId.isEmpty());

    uploads.retry(0);
    QTRY_COMPARE_WITH_TIMEOUT(uploads.state(0), AttachmentUploads::State::Ready, waitMs);
    QVERIFY(uploads.isReady());
    QCOMPARE(mediaStatus(*client, uploads.attachments().first().mediaId), 200);
    QCOMPARE(m_sandbox.requestsTo(mediaPath, "POST").size(), 2);
}

void TestAttachmentUploads::withoutAClientTheUploadWaitsForOne()
{
    std::unique_ptr<ApiClient> client;
    AttachmentUploads uploads([&] { return client.get(); });
    uploads.add(DraftAttachment{write(QStringLiteral("later.png"), pngBytes()), {}, {}});
    QCOMPARE(uploads.state(0), AttachmentUploads::State::Failed);
    QVERIFY(!uploads.problem(0).isEmpty());

    // The account's session is ready now.
    client = makeClient();
    uploads.uploadWaiting();
    QTRY_COMPARE_WITH_TIMEOUT(uploads.state(0), AttachmentUploads::State::Ready, waitMs);
    QCOMPARE(m_sandbox.requestsTo(mediaPath, "POST").size(), 1);
}

void TestAttachmentUploads::anotherAccountGetsItsOwnUploadOfEveryFile()
{
    auto demo = makeClient();
    auto alice = makeClient(QStringLiteral("alice"));
    ApiClient *current = demo.get();
    AttachmentUploads uploads([&] { return current; });
    uploads.add(DraftAttachment{write(QStringLiteral("one.png"), pngBytes()), {}, {}});
    uploads.add(DraftAttachment{write(QStringLiteral("two.png"), pngBytes()), {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(uploads.isReady(), waitMs);
    const QList<DraftAttachment> before = uploads.attachments();

    current = alice.get();
    uploads.uploadAgain();
    QVERIFY(!uploads.isReady());
    QTRY_VERIFY_WITH_TIMEOUT(uploads.isReady(), waitMs);
    const QList<DraftAttachment> after = uploads.attachments();
    QCOMPARE(after.size(), 2);
    QCOMPARE(m_sandbox.requestsTo(mediaPath, "POST").size(), 4);
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).localPath, before.at(i).localPath);
        QVERIFY(after.at(i).mediaId != before.at(i).mediaId);
        // Alice's server holds the new ids; demo's do not belong to her.
        QCOMPARE(mediaStatus(*alice, after.at(i).mediaId), 200);
        QCOMPARE(mediaStatus(*alice, before.at(i).mediaId), 404);
    }
}

void TestAttachmentUploads::attachmentWithAMediaIdIsNotUploadedAgain()
{
    auto client = makeClient();
    AttachmentUploads uploads([&] { return client.get(); });
    const DraftAttachment restored{write(QStringLiteral("kept.png"), pngBytes()),
                                   QStringLiteral("12345"), QStringLiteral("kept")};
    uploads.add(restored);
    QCOMPARE(uploads.state(0), AttachmentUploads::State::Ready);
    QVERIFY(uploads.isReady());
    uploads.uploadWaiting();
    QCOMPARE(uploads.attachments(), QList<DraftAttachment>{restored});
    QCOMPARE(m_sandbox.requestsTo(mediaPath, "POST").size(), 0);
}

void TestAttachmentUploads::removedWhileUploadingIsForgotten()
{
    // The server answers the first upload late, so it is still under way when removed.
    m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), mediaPath},
                        {QStringLiteral("kind"), QStringLiteral("delay")},
                        {QStringLiteral("delayMs"), 1000}});
    auto client = makeClient();
    AttachmentUploads uploads([&] { return client.get(); });
    QSignalSpy progressed(&uploads, &AttachmentUploads::progressed);
    uploads.add(DraftAttachment{write(QStringLiteral("slow.png"), pngBytes()), {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(!progressed.isEmpty(), waitMs);
    uploads.add(DraftAttachment{write(QStringLiteral("stays.png"), pngBytes()), {}, {}});

    QSignalSpy removed(&uploads, &AttachmentUploads::removed);
    QSignalSpy stateChanged(&uploads, &AttachmentUploads::stateChanged);
    uploads.remove(0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().value<qsizetype>(), qsizetype(0));
    QCOMPARE(uploads.size(), 1);
    QVERIFY(uploads.attachments().first().localPath.endsWith(QLatin1String("stays.png")));

    QTRY_VERIFY_WITH_TIMEOUT(uploads.isReady(), waitMs);
    // Fixed wait: checks that nothing happens; the removed upload's answer was due after 1 s, and
    // it must not show up as a state of the file that took its place.
    QTest::qWait(1500);
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads.state(0), AttachmentUploads::State::Ready);
    for (const QList<QVariant> &change : std::as_const(stateChanged)) {
        QCOMPARE(change.at(0).value<qsizetype>(), qsizetype(0));
        QVERIFY(change.at(1).value<AttachmentUploads::State>() != AttachmentUploads::State::Failed);
    }
}

void TestAttachmentUploads::pastedPictureGetsAPrivateFileOfItsOwn()
{
    AttachmentUploads uploads([] { return nullptr; });
    QSignalSpy saved(&uploads, &AttachmentUploads::pastedImageSaved);
    QSignalSpy failed(&uploads, &AttachmentUploads::pastedImageFailed);
    const QString directory = m_dir.filePath(QStringLiteral("media"));
    uploads.savePastedImage(
        directory, [](QIODevice *file) { return file->write(pngBytes()) == pngBytes().size(); });
    QVERIFY(saved.wait(waitMs));
    QCOMPARE(failed.count(), 0);
    const QString path = saved.first().first().toString();
    QVERIFY2(path.startsWith(directory + QLatin1Char('/')), qPrintable(path));
    QVERIFY(path.endsWith(QLatin1String(".png")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pngBytes());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // Saving is all it does: adding the file is the caller's decision.
    QVERIFY(uploads.isEmpty());
}

void TestAttachmentUploads::pastedPictureThatCannotBeWrittenIsReported()
{
    AttachmentUploads uploads([] { return nullptr; });
    QSignalSpy saved(&uploads, &AttachmentUploads::pastedImageSaved);
    QSignalSpy failed(&uploads, &AttachmentUploads::pastedImageFailed);
    // A file where the folder should be.
    const QString blocked = write(QStringLiteral("not-a-folder"), "x");
    uploads.savePastedImage(blocked, [](QIODevice *file) { return file->write("x") == 1; });
    QVERIFY(failed.wait(waitMs));
    QCOMPARE(saved.count(), 0);
    QVERIFY2(failed.first().first().toString().contains(blocked),
             qPrintable(failed.first().first().toString()));
}

QTEST_GUILESS_MAIN(TestAttachmentUploads)
#include "tst_attachmentuploads.moc"
