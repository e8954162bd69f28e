#include "imagetextreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <chrono>

namespace {

// Tesseract is told how far it got at most this often; the GUI thread only reads a number.
constexpr std::chrono::milliseconds progressInterval{100};

// Small text in a photo reads better enlarged; huge pictures only take longer.
constexpr int minimumShortSide = 900;
constexpr int maximumLongSide = 4000;

QString tessdataDirectory()
{
    // Debian keeps the data under the library's version; TESSDATA_PREFIX overrides it.
    const QString fromEnvironment = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QStringList versions =
        QDir(QStringLiteral("/usr/share/tesseract-ocr"))
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &version : versions) {
        const QString path = QStringLiteral("/usr/share/tesseract-ocr/%1/tessdata").arg(version);
        if (QFileInfo::exists(path))
            return path;
    }
    return QString();
}

bool hasLanguageData(const QString &language)
{
    const QString directory = tessdataDirectory();
    return !directory.isEmpty() && QFileInfo::exists(directory + QLatin1Char('/') + language +
                                                     QStringLiteral(".traineddata"));
}

// Tesseract's lines as a description: each line's spaces tidied, empty lines gone.
QString tidied(const QString &raw)
{
    QStringList lines;
    for (const QString &line : raw.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines.append(simple);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Shared by the GUI thread and the reading thread: only atomics are touched by both.
struct ImageTextReader::Run
{
    std::atomic_bool cancel{false};
    std::atomic_int progress{0};
};

ImageTextReader::ImageTextReader(QObject *parent)
    : QObject(parent)
{
    m_progressTimer.setInterval(progressInterval);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_run)
            emit progressed(m_run->progress.load());
    });
}

ImageTextReader::~ImageTextReader()
{
    cancel();
}

QString ImageTextReader::tesseractLanguage(const QString &postLanguage)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("en"), QStringLiteral("eng")},
        {QStringLiteral("nl"), QStringLiteral("nld")},
        {QStringLiteral("de"), QStringLiteral("deu")},
    };
    const QString code = codes.value(postLanguage.section(QLatin1Char('-'), 0, 0).toLower());
    return !code.isEmpty() && hasLanguageData(code) ? code : QStringLiteral("eng");
}

void ImageTextReader::start(const QString &filePath, const QString &postLanguage)
{
    // A reading still under way is for a picture nobody waits for any more: its
    // outcome is dropped below, as its run is no longer the current one.
    if (m_run)
        m_run->cancel = true;
    const auto run = std::make_shared<Run>();
    m_run = run;
    const QString language = tesseractLanguage(postLanguage);
    const QPointer<ImageTextReader> self(this);
    QThreadPool::globalInstance()->start([self, run, filePath, language] {
        const Outcome outcome = read(run, filePath, language);
        // Back on the thread `self` lives in, where it may be gone by now.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, run, outcome] {
                if (self && self->m_run == run)
                    self->onFinished(outcome);
            },
            Qt::QueuedConnection);
    });
    m_progressTimer.start();
    emit progressed(0);
}

void ImageTextReader::cancel()
{
    if (m_run)
        m_run->cancel = true;
}

void ImageTextReader::onFinished(const Outcome &outcome)
{
    m_progressTimer.stop();
    const bool wasCancelled = m_run->cancel.load();
    m_run.reset();
    if (wasCancelled) {
        emit cancelled();
        return;
    }
    if (!outcome.ok) {
        emit failed(outcome.problem);
        return;
    }
    emit progressed(100);
    emit finished(outcome.text);
}

ImageTextReader::Outcome ImageTextReader::read(const std::shared_ptr<Run> &run,
                                               const QString &filePath, const QString &language)
{
    Outcome outcome;
    QImageReader reader(filePath);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        outcome.problem = tr("The picture could not be read: %1").arg(reader.errorString());
        return outcome;
    }
    const int shortSide = qMin(image.width(), image.height());
    const int longSide = qMax(image.width(), image.height());
    if (shortSide < minimumShortSide && longSide * 2 <= maximumLongSide)
        image = image.scaled(image.size() * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    else if (longSide > maximumLongSide)
        image = image.scaled(maximumLongSide, maximumLongSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    // Transparent parts are read as paper, not as black.
    if (image.hasAlphaChannel()) {
        const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
        QImage flat(image.size(), QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            const auto *from = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
            auto *to = reinterpret_cast<QRgb *>(flat.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int a = qAlpha(from[x]);
                to[x] = qRgb((qRed(from[x]) * a + 255 * (255 - a)) / 255,
                             (qGreen(from[x]) * a + 255 * (255 - a)) / 255,
                             (qBlue(from[x]) * a + 255 * (255 - a)) / 255);
            }
        }
        image = flat;
    }
    image = image.convertToFormat(QImage::Format_Grayscale8);
    if (run->cancel)
        return outcome;

    tesseract::TessBaseAPI api;
    const QByteArray data = QFile::encodeName(tessdataDirectory());
    if (api.Init(data.isEmpty() ? nullptr : data.constData(), language.toLatin1().constData(),
                 tesseract::OEM_LSTM_ONLY) != 0) {
        outcome.problem = tr("Tesseract has no data for reading %1 text; install "
                             "tesseract-ocr-%1.")
                              .arg(language);
        return outcome;
    }
    api.SetPageSegMode(tesseract::PSM_AUTO);
    api.SetImage(image.constBits(), image.width(), image.height(), 1, int(image.bytesPerLine()));
    // Screenshots and photos carry no resolution Tesseract believes; this is a screen's.
    api.SetSourceResolution(144);

    tesseract::ETEXT_DESC monitor;
    monitor.cancel_this = run.get();
    monitor.cancel = [](void *self, int) {
        return static_cast<Run *>(self)->cancel.load();
    };
    // Called from inside Recognize() on this thread; the run keeps the number.
    monitor.progress_callback2 = [](tesseract::ETEXT_DESC *desc, int, int, int, int) {
        static_cast<Run *>(desc->cancel_this)->progress = desc->progress;
        return true;
    };
    if (api.Recognize(&monitor) != 0 || run->cancel) {
        outcome.problem = tr("Tesseract could not read the picture.");
        return outcome;
    }
    const std::unique_ptr<char[]> text(api.GetUTF8Text());
    api.End();
    outcome.ok = true;
    outcome.text = tidied(QString::fromUtf8(text ? text.get() : ""));
    return outcome;
}
