#include "imagetextreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLibrary>
#include <QPointer>
#include <QScopeGuard>
#include <QThreadPool>

#include <tesseract/capi.h>
#include <tesseract/version.h>

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

// Tesseract and what it brings (Leptonica, libcurl, libarchive, image codecs: some
// forty libraries) are loaded when a picture is first read, not at every start of
// Posthorn: most sessions never read one. Its C interface keeps the names stable.
struct Tesseract
{
    decltype(&TessBaseAPICreate) create = nullptr;
    decltype(&TessBaseAPIDelete) destroy = nullptr;
    decltype(&TessBaseAPIInit2) init = nullptr;
    decltype(&TessBaseAPISetPageSegMode) setPageSegMode = nullptr;
    decltype(&TessBaseAPISetImage) setImage = nullptr;
    decltype(&TessBaseAPISetSourceResolution) setSourceResolution = nullptr;
    decltype(&TessBaseAPIRecognize) recognize = nullptr;
    decltype(&TessBaseAPIGetUTF8Text) text = nullptr;
    decltype(&TessDeleteText) deleteText = nullptr;
    decltype(&TessMonitorCreate) createMonitor = nullptr;
    decltype(&TessMonitorDelete) deleteMonitor = nullptr;
    decltype(&TessMonitorSetCancelFunc) setCancelFunc = nullptr;
    decltype(&TessMonitorSetCancelThis) setCancelThis = nullptr;
    decltype(&TessMonitorGetProgress) progress = nullptr;
    bool loaded = false;

    // Loaded once, by the first reading, on its pool thread (a static's initialisation
    // is thread-safe); never unloaded.
    static const Tesseract &instance()
    {
        static const Tesseract api = load();
        return api;
    }

private:
    template<typename Function>
    static bool resolve(QLibrary &library, const char *name, Function *function)
    {
        *function = reinterpret_cast<Function>(library.resolve(name));
        return *function != nullptr;
    }

    static Tesseract load()
    {
        Tesseract api;
        QLibrary library(QStringLiteral("tesseract"), TESSERACT_MAJOR_VERSION);
        if (!library.load())
            return api;
        api.loaded = resolve(library, "TessBaseAPICreate", &api.create) &&
                     resolve(library, "TessBaseAPIDelete", &api.destroy) &&
                     resolve(library, "TessBaseAPIInit2", &api.init) &&
                     resolve(library, "TessBaseAPISetPageSegMode", &api.setPageSegMode) &&
                     resolve(library, "TessBaseAPISetImage", &api.setImage) &&
                     resolve(library, "TessBaseAPISetSourceResolution", &api.setSourceResolution) &&
                     resolve(library, "TessBaseAPIRecognize", &api.recognize) &&
                     resolve(library, "TessBaseAPIGetUTF8Text", &api.text) &&
                     resolve(library, "TessDeleteText", &api.deleteText) &&
                     resolve(library, "TessMonitorCreate", &api.createMonitor) &&
                     resolve(library, "TessMonitorDelete", &api.deleteMonitor) &&
                     resolve(library, "TessMonitorSetCancelFunc", &api.setCancelFunc) &&
                     resolve(library, "TessMonitorSetCancelThis", &api.setCancelThis) &&
                     resolve(library, "TessMonitorGetProgress", &api.progress);
        return api;
    }
};

} // namespace

// Shared by the GUI thread and the reading thread: only atomics are touched by both.
struct ImageTextReader::Run
{
    std::atomic_bool cancel{false};
    std::atomic_int progress{0};
    // Only on the reading thread, while Tesseract recognises.
    ETEXT_DESC *monitor = nullptr;
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

    const Tesseract &ocr = Tesseract::instance();
    if (!ocr.loaded) {
        outcome.problem = tr("Tesseract OCR is not installed (package libtesseract5).");
        return outcome;
    }
    TessBaseAPI *api = ocr.create();
    ETEXT_DESC *monitor = ocr.createMonitor();
    const auto cleanUp = qScopeGuard([&] {
        ocr.deleteMonitor(monitor);
        ocr.destroy(api);
    });
    const QByteArray data = QFile::encodeName(tessdataDirectory());
    if (ocr.init(api, data.isEmpty() ? nullptr : data.constData(), language.toLatin1().constData(),
                 tesseract::OEM_LSTM_ONLY) != 0) {
        outcome.problem = tr("Tesseract has no data for reading %1 text; install "
                             "tesseract-ocr-%1.")
                              .arg(language);
        return outcome;
    }
    ocr.setPageSegMode(api, tesseract::PSM_AUTO);
    ocr.setImage(api, image.constBits(), image.width(), image.height(), 1,
                 int(image.bytesPerLine()));
    // Screenshots and photos carry no resolution Tesseract believes; this is a screen's.
    ocr.setSourceResolution(api, 144);

    // Tesseract asks whether to stop after each word: the moment to note how far it got.
    run->monitor = monitor;
    ocr.setCancelThis(monitor, run.get());
    ocr.setCancelFunc(monitor, [](void *self, int) {
        auto *current = static_cast<Run *>(self);
        current->progress = Tesseract::instance().progress(current->monitor);
        return current->cancel.load();
    });
    const int failed = ocr.recognize(api, monitor);
    run->monitor = nullptr;
    if (failed != 0 || run->cancel) {
        outcome.problem = tr("Tesseract could not read the picture.");
        return outcome;
    }
    char *text = ocr.text(api);
    const QString found = QString::fromUtf8(text ? text : "");
    ocr.deleteText(text);
    outcome.ok = true;
    outcome.text = tidied(found);
    return outcome;
}
