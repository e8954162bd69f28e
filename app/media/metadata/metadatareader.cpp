#include "metadatareader.h"

#include <QFile>
#include <QLoggingCategory>
#include <QStringList>

// exiv2 0.27 hands out std::auto_ptr, deprecated since C++11; it is only held here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

Q_LOGGING_CATEGORY(lcEmbedded, "posthorn.media.metadata")

namespace {

// What cameras write into ImageDescription by themselves: no description at all.
bool isCameraStockText(const QString &text)
{
    static const QStringList stock{
        QStringLiteral("OLYMPUS DIGITAL CAMERA"),  QStringLiteral("SONY DSC"),
        QStringLiteral("DIGITAL CAMERA"),          QStringLiteral("KONICA MINOLTA DIGITAL CAMERA"),
        QStringLiteral("SAMSUNG CAMERA PICTURES"), QStringLiteral("Default"),
    };
    return stock.contains(text, Qt::CaseInsensitive);
}

QString usable(const std::string &raw)
{
    // Old files pad EXIF text with NULs or spaces.
    QString text = QString::fromStdString(raw);
    const qsizetype nul = text.indexOf(QChar(u'\0'));
    if (nul >= 0)
        text.truncate(nul);
    text = text.trimmed();
    return isCameraStockText(text) ? QString() : text;
}

} // namespace

namespace {

QString readDescription(const QString &filePath)
{
    // exiv2 writes its warnings about odd files to stderr by default.
    static const bool quiet = [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        return true;
    }();
    Q_UNUSED(quiet)
    try {
        Exiv2::Image::AutoPtr image =
            Exiv2::ImageFactory::open(QFile::encodeName(filePath).toStdString());
        if (!image.get())
            return QString();
        image->readMetadata();

        const Exiv2::XmpData &xmp = image->xmpData();
        const auto xmpIt = xmp.findKey(Exiv2::XmpKey("Xmp.dc.description"));
        if (xmpIt != xmp.end()) {
            const auto *langAlt = dynamic_cast<const Exiv2::LangAltValue *>(&xmpIt->value());
            const QString text =
                usable(langAlt ? langAlt->toString("x-default") : xmpIt->toString());
            if (!text.isEmpty())
                return text;
        }

        const Exiv2::ExifData &exif = image->exifData();
        const auto exifIt = exif.findKey(Exiv2::ExifKey("Exif.Image.ImageDescription"));
        if (exifIt != exif.end()) {
            const QString text = usable(exifIt->toString());
            if (!text.isEmpty())
                return text;
        }

        const Exiv2::IptcData &iptc = image->iptcData();
        const auto iptcIt = iptc.findKey(Exiv2::IptcKey("Iptc.Application2.Caption"));
        if (iptcIt != iptc.end())
            return usable(iptcIt->toString());
    } catch (const std::exception &error) {
        // Not a picture exiv2 knows, or damaged metadata: there is just nothing to offer.
        qCDebug(lcEmbedded) << "no metadata:" << error.what();
    }
    return QString();
}

} // namespace

void posthornReadEmbeddedDescription(const QString &filePath, QString *description)
{
    *description = readDescription(filePath);
}

#pragma GCC diagnostic pop
