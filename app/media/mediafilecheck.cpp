#include "mediafilecheck.h"

#include <QLocale>
#include <QMimeDatabase>
#include <QMimeType>

namespace {

const QString octetStream = QStringLiteral("application/octet-stream");

QString typeWord(const QString &mimeType)
{
    if (mimeType == QLatin1String("image/gif"))
        return MediaFileCheck::tr("GIF");
    if (mimeType.startsWith(QLatin1String("image/")))
        return MediaFileCheck::tr("image");
    if (mimeType.startsWith(QLatin1String("video/")))
        return MediaFileCheck::tr("video");
    if (mimeType.startsWith(QLatin1String("audio/")))
        return MediaFileCheck::tr("audio file");
    return MediaFileCheck::tr("file");
}

} // namespace

QString MediaFileCheck::mimeTypeOf(const QString &filePath)
{
    const QMimeDatabase database;
    const QMimeType byContent = database.mimeTypeForFile(filePath, QMimeDatabase::MatchContent);
    if (byContent.isValid() && !byContent.isDefault())
        return byContent.name();
    const QMimeType byName = database.mimeTypeForFile(filePath, QMimeDatabase::MatchExtension);
    if (byName.isValid() && !byName.isDefault())
        return byName.name();
    return octetStream;
}

bool MediaFileCheck::isSupportedType(const QString &mimeType, const InstanceConfiguration &config)
{
    if (config.supportedMimeTypes.isEmpty())
        return true;
    if (config.supportedMimeTypes.contains(mimeType, Qt::CaseInsensitive))
        return true;
    // The server lists e.g. "audio/wave" and "audio/x-wav"; the MIME database may name
    // the same format differently, so any of its names will do.
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    if (!type.isValid())
        return false;
    if (config.supportedMimeTypes.contains(type.name(), Qt::CaseInsensitive))
        return true;
    const QStringList aliases = type.aliases();
    for (const QString &alias : aliases) {
        if (config.supportedMimeTypes.contains(alias, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool MediaFileCheck::usesImageLimit(const QString &mimeType)
{
    return mimeType.startsWith(QLatin1String("image/"));
}

QString MediaFileCheck::checkFile(const QString &filePath, qint64 size,
                                  const InstanceConfiguration &config, const QString &instanceName,
                                  const QSize &pixelSize)
{
    return checkMedia(mimeTypeOf(filePath), size, config, instanceName, pixelSize);
}

QString MediaFileCheck::checkMedia(const QString &mimeType, qint64 size,
                                   const InstanceConfiguration &config, const QString &instanceName,
                                   const QSize &pixelSize)
{
    if (size <= 0)
        return tr("The file is empty.");
    if (!isSupportedType(mimeType, config)) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
        const QString described = type.isValid() && !type.comment().isEmpty()
                                      ? QStringLiteral("%1, %2").arg(type.comment(), mimeType)
                                      : mimeType;
        return tr("This file type (%1) is not supported by %2.").arg(described, instanceName);
    }
    const qint64 limit = usesImageLimit(mimeType) ? config.imageSizeLimit : config.videoSizeLimit;
    if (limit > 0 && size > limit) {
        //: %1 is "image", "video", ...; %2 the file's size, %3 the server's limit
        return tr("The %1 is %2; %4 accepts up to %3.")
            .arg(typeWord(mimeType), humanSize(size), humanSize(limit), instanceName);
    }
    if (mimeType.startsWith(QLatin1String("image/")) && pixelSize.isValid() &&
        config.imageMatrixLimit > 0 &&
        qint64(pixelSize.width()) * pixelSize.height() > config.imageMatrixLimit) {
        const QLocale locale;
        return tr("The image is %1 × %2 pixels (%3 megapixels); %5 accepts up to %4 megapixels.")
            .arg(locale.toString(pixelSize.width()), locale.toString(pixelSize.height()),
                 locale.toString(double(pixelSize.width()) * pixelSize.height() / 1e6, 'f', 1),
                 locale.toString(double(config.imageMatrixLimit) / 1e6, 'f', 1), instanceName);
    }
    return {};
}

QString MediaFileCheck::checkCount(qsizetype attachedCount, const InstanceConfiguration &config)
{
    if (attachedCount < config.maxMediaAttachments)
        return {};
    return tr("A post can have at most %n attachment(s) on this server.", nullptr,
              int(config.maxMediaAttachments));
}

qsizetype MediaFileCheck::descriptionLength(const QString &description)
{
    qsizetype length = 0;
    for (qsizetype i = 0; i < description.size(); ++i) {
        if (description.at(i).isHighSurrogate() && i + 1 < description.size() &&
            description.at(i + 1).isLowSurrogate())
            ++i;
        ++length;
    }
    return length;
}

qint64 MediaFileCheck::descriptionRemaining(const QString &description,
                                            const InstanceConfiguration &config)
{
    return config.descriptionLimit - descriptionLength(description);
}

QString MediaFileCheck::checkDescription(const QString &description,
                                         const InstanceConfiguration &config)
{
    const qint64 over = -descriptionRemaining(description, config);
    if (over <= 0)
        return {};
    return tr("The description is %n character(s) too long.", nullptr, int(over)) +
           QLatin1Char(' ') +
           tr("This server accepts up to %n character(s).", nullptr, int(config.descriptionLimit));
}

QString MediaFileCheck::humanSize(qint64 bytes)
{
    const QLocale locale;
    constexpr qint64 kib = 1024;
    constexpr qint64 mib = 1024 * 1024;
    if (bytes >= mib) {
        const double value = double(bytes) / mib;
        // Whole numbers stay whole ("16 MB"); anything else keeps one decimal so a file
        // just over the limit does not read as equal to it.
        const bool whole = bytes % mib == 0;
        return tr("%1 MB").arg(locale.toString(value, 'f', whole ? 0 : 1));
    }
    if (bytes >= kib) {
        const bool whole = bytes % kib == 0;
        return tr("%1 KB").arg(locale.toString(double(bytes) / kib, 'f', whole ? 0 : 1));
    }
    return tr("%n byte(s)", nullptr, int(bytes));
}
