// Describing a picture on this computer, without widgets: Tesseract reading a printed
// sentence from a real PNG, exiv2 reading the description a real JPEG carries, and the
// focal point's arithmetic.
#include "media/embeddeddescription.h"
#include "media/imagetextreader.h"
#include "media/mediafocus.h"

#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace {

const QString sentence = QStringLiteral("The quick brown fox jumps over the lazy dog.");

// Characters to add, drop or change to turn one text into the other.
int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// A screenshot of a sentence: dark text on a light page, at a size people print.
QImage printed(const QString &text, QSize size = QSize(1200, 200))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xfa, 0xfa, 0xf5));
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(36);
    painter.setFont(font);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(QRect(QPoint(40, 0), size - QSize(80, 0)), Qt::AlignVCenter | Qt::TextWordWrap,
                     text);
    return image;
}

bool writeExifDescription(const QString &path, const std::string &key, const std::string &text)
{
    try {
        Exiv2::Image::AutoPtr image =
            Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        image->readMetadata();
        if (key.rfind("Exif.", 0) == 0)
            image->exifData()[key] = text;
        else if (key.rfind("Xmp.", 0) == 0)
            image->xmpData()[key] = text;
        else
            image->iptcData()[key] = text;
        image->writeMetadata();
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace

class TestMediaDescribing : public QObject
{
    Q_OBJECT

private slots:
    void printedSentenceIsReadAsTheDescription()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sentence.png"));
        QVERIFY(printed(sentence).save(path));
        ImageTextReader reader;
        QSignalSpy found(&reader, &ImageTextReader::finished);
        QSignalSpy progress(&reader, &ImageTextReader::progressed);
        reader.start(path, QStringLiteral("en"));
        QVERIFY(reader.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 60000);
        const QString text = found.first().first().toString();
        QVERIFY2(editDistance(text, sentence) <= 2, qPrintable(text));
        QVERIFY(!reader.isRunning());
        QCOMPARE(progress.last().first().toInt(), 100);
    }

    void cancelledReadingGivesNoText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.png"));
        QString page;
        for (int i = 0; i < 30; ++i)
            page += sentence + QLatin1Char(' ');
        QVERIFY(printed(page, QSize(1920, 1080)).save(path));
        ImageTextReader reader;
        QSignalSpy found(&reader, &ImageTextReader::finished);
        QSignalSpy cancelled(&reader, &ImageTextReader::cancelled);
        reader.start(path, QStringLiteral("en"));
        reader.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 60000);
        QCOMPARE(found.size(), 0);
        QVERIFY(!reader.isRunning());
    }

    void unreadableFileFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
        file.close();
        ImageTextReader reader;
        QSignalSpy failed(&reader, &ImageTextReader::failed);
        reader.start(path, QString());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void readingLanguageFollowsThePost()
    {
        QCOMPARE(ImageTextReader::tesseractLanguage(QStringLiteral("nl")), QStringLiteral("nld"));
        QCOMPARE(ImageTextReader::tesseractLanguage(QStringLiteral("de-AT")),
                 QStringLiteral("deu"));
        QCOMPARE(ImageTextReader::tesseractLanguage(QStringLiteral("en")), QStringLiteral("eng"));
        // No data for these: English is what Tesseract can always read.
        QCOMPARE(ImageTextReader::tesseractLanguage(QStringLiteral("fr")), QStringLiteral("eng"));
        QCOMPARE(ImageTextReader::tesseractLanguage(QString()), QStringLiteral("eng"));
    }

    void descriptionInTheFileIsFound_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exif") << QStringLiteral("Exif.Image.ImageDescription")
                              << QStringLiteral("Two herons on the dyke at dawn")
                              << QStringLiteral("Two herons on the dyke at dawn");
        QTest::newRow("xmp") << QStringLiteral("Xmp.dc.description")
                             << QStringLiteral("Zwei Reiher am Deich, früh am Morgen")
                             << QStringLiteral("Zwei Reiher am Deich, früh am Morgen");
        QTest::newRow("iptc") << QStringLiteral("Iptc.Application2.Caption")
                              << QStringLiteral("Harbour lights")
                              << QStringLiteral("Harbour lights");
        // What a camera writes by itself says nothing about the picture.
        QTest::newRow("camera stock text")
            << QStringLiteral("Exif.Image.ImageDescription")
            << QStringLiteral("OLYMPUS DIGITAL CAMERA         ") << QString();
    }

    void descriptionInTheFileIsFound()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("herons.jpg"));
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(0x6a, 0x8c, 0xa8));
        QVERIFY(image.save(path, "JPEG"));
        QCOMPARE(EmbeddedDescription::read(path), QString());
        QVERIFY(writeExifDescription(path, key.toStdString(), text.toStdString()));
        QCOMPARE(EmbeddedDescription::read(path), expected);
    }

    void fileWithoutMetadataOffersNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain text, no picture");
        file.close();
        QCOMPARE(EmbeddedDescription::read(path), QString());
        QCOMPARE(EmbeddedDescription::read(dir.filePath(QStringLiteral("gone.jpg"))), QString());
    }

    void focusFollowsMastodonsAxes()
    {
        // Top left is −1, 1; bottom right 1, −1; the middle 0, 0.
        QCOMPARE(MediaFocus::fromPosition({0, 0}, 200, 100).toString(),
                 QStringLiteral("-1.00,1.00"));
        QCOMPARE(MediaFocus::fromPosition({200, 100}, 200, 100).toString(),
                 QStringLiteral("1.00,-1.00"));
        QCOMPARE(MediaFocus::fromPosition({150, 25}, 200, 100).toString(),
                 QStringLiteral("0.50,0.50"));
        QVERIFY(MediaFocus::fromPosition({100, 50}, 200, 100).isCentre());
        QCOMPARE(MediaFocus::fromString(QStringLiteral("0.5,-0.25")).toPosition(200, 100),
                 QPointF(150, 62.5));
        // Kept within the picture, and nonsense is the middle.
        QCOMPARE(MediaFocus(0.95, 0).movedBy(0.1, 0).x(), 1.0);
        QVERIFY(MediaFocus::fromString(QStringLiteral("left")).isCentre());
    }
};

#pragma GCC diagnostic pop

QTEST_MAIN(TestMediaDescribing)
#include "tst_mediadescribing.moc"
