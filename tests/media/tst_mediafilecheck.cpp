// MediaFileCheck against real files on disk (types recognised by their content) and a
// stock server's limits, so the messages the user reads are the ones tested.
#include "media/mediafilecheck.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString instance = QStringLiteral("example.social");
constexpr qint64 mb = 1024 * 1024;

QByteArray pngBytes()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAY"
        "AAjCB0C8AAAAASUVORK5CYII=");
}

QByteArray jpegBytes()
{
    return QByteArrayLiteral(
        "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00");
}

QByteArray gifBytes()
{
    return QByteArrayLiteral("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04"
                             "\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02"
                             "D\x01\x00;");
}

QByteArray mp4Bytes()
{
    return QByteArrayLiteral("\x00\x00\x00\x18"
                             "ftypmp42\x00\x00\x00\x00mp42isom") +
           QByteArray(64, '\0');
}

// What a stock Mastodon 4.3 lists (abridged to what the rows use).
InstanceConfiguration stockServer()
{
    InstanceConfiguration config;
    config.supportedMimeTypes = {QStringLiteral("image/jpeg"),      QStringLiteral("image/png"),
                                 QStringLiteral("image/gif"),       QStringLiteral("image/webp"),
                                 QStringLiteral("video/webm"),      QStringLiteral("video/mp4"),
                                 QStringLiteral("video/quicktime"), QStringLiteral("audio/wav"),
                                 QStringLiteral("audio/mpeg"),      QStringLiteral("audio/ogg")};
    config.imageSizeLimit = 16 * mb;
    config.videoSizeLimit = 99 * mb;
    config.imageMatrixLimit = 33177600;
    config.descriptionLimit = 1500;
    config.maxMediaAttachments = 4;
    return config;
}

} // namespace

class TestMediaFileCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mimeTypeIsReadFromContent_data();
    void mimeTypeIsReadFromContent();
    void fileCheckNamesWhatTheServerWouldRefuse_data();
    void fileCheckNamesWhatTheServerWouldRefuse();
    void serverWithoutTypeListAcceptsAnything();
    void aliasesOfAListedTypeAreAccepted();
    void attachmentCountStaysWithinTheServersLimit_data();
    void attachmentCountStaysWithinTheServersLimit();
    void descriptionLengthIsCheckedAgainstTheServer_data();
    void descriptionLengthIsCheckedAgainstTheServer();
    void sizesAreShownInReadableUnits_data();
    void sizesAreShownInReadableUnits();

private:
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

void TestMediaFileCheck::initTestCase()
{
    // The messages carry numbers; one locale keeps the expected text exact.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

QString TestMediaFileCheck::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the test file");
    return path;
}

void TestMediaFileCheck::mimeTypeIsReadFromContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mimeType");
    QTest::newRow("png") << "dot.png" << pngBytes() << "image/png";
    QTest::newRow("png named .txt") << "dot.txt" << pngBytes() << "image/png";
    QTest::newRow("jpeg named .png") << "photo.png" << jpegBytes() << "image/jpeg";
    QTest::newRow("gif") << "anim.gif" << gifBytes() << "image/gif";
    QTest::newRow("mp4 without extension") << "clip" << mp4Bytes() << "video/mp4";
    QTest::newRow("text named .png")
        << "notes.png" << QByteArray("just some words\n") << "text/plain";
    QTest::newRow("pdf named .jpg")
        << "paper.jpg" << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") << "application/pdf";
}

void TestMediaFileCheck::mimeTypeIsReadFromContent()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, mimeType);
    QCOMPARE(MediaFileCheck::mimeTypeOf(write(name, content)), mimeType);
}

void TestMediaFileCheck::fileCheckNamesWhatTheServerWouldRefuse_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<QString>("expected");

    const QString ok;
    QTest::newRow("small png") << "a.png" << pngBytes() << qint64(2000) << QSize(1, 1) << ok;
    QTest::newRow("png named .txt is still a png")
        << "a.txt" << pngBytes() << qint64(2000) << QSize() << ok;
    QTest::newRow("image exactly at the limit")
        << "b.jpg" << jpegBytes() << 16 * mb << QSize() << ok;
    QTest::newRow("image one byte over")
        << "c.jpg" << jpegBytes() << 16 * mb + 1 << QSize()
        << "The image is 16.0 MB; example.social accepts up to 16 MB.";
    QTest::newRow("image of 20 MB") << "d.png" << pngBytes() << 20 * mb << QSize()
                                    << "The image is 20 MB; example.social accepts up to 16 MB.";
    QTest::newRow("gif at the image limit") << "e.gif" << gifBytes() << 16 * mb << QSize() << ok;
    QTest::newRow("gif of 20 MB is over the image limit")
        << "f.gif" << gifBytes() << 20 * mb << QSize()
        << "The GIF is 20 MB; example.social accepts up to 16 MB.";
    QTest::newRow("video of 98.5 MB")
        << "g.mp4" << mp4Bytes() << qint64(98.5 * mb) << QSize() << ok;
    QTest::newRow("video of 120.5 MB")
        << "h.mp4" << mp4Bytes() << qint64(120.5 * mb) << QSize()
        << "The video is 120.5 MB; example.social accepts up to 99 MB.";
    QTest::newRow("image at the pixel limit")
        << "i.png" << pngBytes() << qint64(5 * mb) << QSize(7680, 4320) << ok;
    QTest::newRow("image over the pixel limit")
        << "j.png" << pngBytes() << qint64(5 * mb) << QSize(8000, 6000)
        << "The image is 8,000 × 6,000 pixels (48.0 megapixels); example.social accepts up to "
           "33.2 megapixels.";
    QTest::newRow("text pretending to be png")
        << "k.png" << QByteArray("hello\n") << qint64(6) << QSize()
        << "This file type (plain text document, text/plain) is not supported by "
           "example.social.";
    QTest::newRow("pdf") << "l.pdf" << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") << qint64(100)
                         << QSize()
                         << "This file type (PDF document, application/pdf) is not supported by "
                            "example.social.";
    QTest::newRow("empty file") << "m.png" << pngBytes() << qint64(0) << QSize()
                                << "The file is empty.";
}

void TestMediaFileCheck::fileCheckNamesWhatTheServerWouldRefuse()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(qint64, size);
    QFETCH(QSize, pixels);
    QFETCH(QString, expected);
    QCOMPARE(MediaFileCheck::checkFile(write(name, content), size, stockServer(), instance, pixels),
             expected);
}

void TestMediaFileCheck::serverWithoutTypeListAcceptsAnything()
{
    InstanceConfiguration old = stockServer();
    old.supportedMimeTypes.clear();
    QCOMPARE(MediaFileCheck::checkMedia(QStringLiteral("application/pdf"), 100, old, instance),
             QString());
    // The size limits still hold.
    QVERIFY(
        !MediaFileCheck::checkMedia(QStringLiteral("image/png"), 17 * mb, old, instance).isEmpty());
}

void TestMediaFileCheck::aliasesOfAListedTypeAreAccepted()
{
    // The server lists "audio/wav"; the MIME database may call the same format
    // "audio/x-wav" (its canonical name on freedesktop systems).
    const InstanceConfiguration config = stockServer();
    QVERIFY(MediaFileCheck::isSupportedType(QStringLiteral("audio/wav"), config));
    QVERIFY(MediaFileCheck::isSupportedType(QStringLiteral("audio/x-wav"), config));
    QVERIFY(MediaFileCheck::isSupportedType(QStringLiteral("IMAGE/PNG"), config));
    QVERIFY(!MediaFileCheck::isSupportedType(QStringLiteral("image/tiff"), config));
}

void TestMediaFileCheck::attachmentCountStaysWithinTheServersLimit_data()
{
    QTest::addColumn<qsizetype>("attached");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first of four") << qsizetype(0) << qint64(4) << QString();
    QTest::newRow("fourth of four") << qsizetype(3) << qint64(4) << QString();
    QTest::newRow("fifth of four")
        << qsizetype(4) << qint64(4) << "A post can have at most 4 attachment(s) on this server.";
    QTest::newRow("fifth of a server allowing ten") << qsizetype(4) << qint64(10) << QString();
}

void TestMediaFileCheck::attachmentCountStaysWithinTheServersLimit()
{
    QFETCH(qsizetype, attached);
    QFETCH(qint64, limit);
    QFETCH(QString, expected);
    InstanceConfiguration config = stockServer();
    config.maxMediaAttachments = limit;
    QCOMPARE(MediaFileCheck::checkCount(attached, config), expected);
}

void TestMediaFileCheck::descriptionLengthIsCheckedAgainstTheServer_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<QString>("expected");
    const QString emoji = QString::fromUtf8("\xf0\x9f\x90\x88"); // one code point, two UTF-16 units
    QTest::newRow("empty") << QString() << qint64(1500) << QString();
    QTest::newRow("short") << QStringLiteral("A cat asleep on a keyboard") << qint64(1474)
                           << QString();
    QTest::newRow("exactly at the limit")
        << QString(1500, QLatin1Char('a')) << qint64(0) << QString();
    QTest::newRow("one over") << QString(1501, QLatin1Char('a')) << qint64(-1)
                              << "The description is 1 character(s) too long. This server "
                                 "accepts up to 1500 character(s).";
    // Rails counts characters: 1500 emoji are within the limit though they take 3000
    // UTF-16 units.
    QTest::newRow("1500 emoji") << emoji.repeated(1500) << qint64(0) << QString();
    QTest::newRow("1501 emoji") << emoji.repeated(1501) << qint64(-1)
                                << "The description is 1 character(s) too long. This server "
                                   "accepts up to 1500 character(s).";
    QTest::newRow("combining accent counts apart")
        << QString::fromUtf8("e\xcc\x81") << qint64(1498) << QString();
}

void TestMediaFileCheck::descriptionLengthIsCheckedAgainstTheServer()
{
    QFETCH(QString, description);
    QFETCH(qint64, remaining);
    QFETCH(QString, expected);
    const InstanceConfiguration config = stockServer();
    QCOMPARE(MediaFileCheck::descriptionRemaining(description, config), remaining);
    QCOMPARE(MediaFileCheck::checkDescription(description, config), expected);
}

void TestMediaFileCheck::sizesAreShownInReadableUnits_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bytes") << qint64(900) << "900 byte(s)";
    QTest::newRow("whole KB") << qint64(2048) << "2 KB";
    QTest::newRow("KB with fraction") << qint64(1536) << "1.5 KB";
    QTest::newRow("whole MB") << 16 * mb << "16 MB";
    QTest::newRow("just over 16 MB") << 16 * mb + 1 << "16.0 MB";
}

void TestMediaFileCheck::sizesAreShownInReadableUnits()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(MediaFileCheck::humanSize(bytes), expected);
}

QTEST_GUILESS_MAIN(TestMediaFileCheck)
#include "tst_mediafilecheck.moc"
