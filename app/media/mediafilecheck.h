#pragma once

#include "api/instanceconfiguration.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

// What the composer checks before an upload, so the user hears about a file the server
// would refuse at once instead of after sending megabytes. The rules are the instance's
// own limits; every check returns an empty string when fine, or a translated sentence
// that says what is wrong and what the server accepts.
class MediaFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(MediaFileCheck)

public:
    // The MIME type recognised from the file's first bytes, as the server does rather
    // than trusting the name. Only when the content says nothing (unknown binary data)
    // does the name decide; "application/octet-stream" when neither helps.
    [[nodiscard]] static QString mimeTypeOf(const QString &filePath);

    // True when the server lists the type (or one of its aliases), or lists no types at
    // all (servers before 3.4.2 do not say).
    [[nodiscard]] static bool isSupportedType(const QString &mimeType,
                                              const InstanceConfiguration &config);

    // Type, size and (for images, when `pixelSize` is given) the pixel count of a local
    // file. `size` is the file size in bytes; `instanceName` (e.g. "mastodon.social")
    // goes into the messages.
    [[nodiscard]] static QString checkFile(const QString &filePath, qint64 size,
                                           const InstanceConfiguration &config,
                                           const QString &instanceName,
                                           const QSize &pixelSize = QSize());
    // The same for a file whose MIME type is already known.
    [[nodiscard]] static QString checkMedia(const QString &mimeType, qint64 size,
                                            const InstanceConfiguration &config,
                                            const QString &instanceName,
                                            const QSize &pixelSize = QSize());

    // Whether one more attachment fits next to `attachedCount` existing ones.
    [[nodiscard]] static QString checkCount(qsizetype attachedCount,
                                            const InstanceConfiguration &config);

    // Alt text length as the server counts it (characters, i.e. Unicode code points).
    [[nodiscard]] static qsizetype descriptionLength(const QString &description);
    // Characters left before the instance's description limit; negative when over.
    [[nodiscard]] static qint64 descriptionRemaining(const QString &description,
                                                     const InstanceConfiguration &config);
    [[nodiscard]] static QString checkDescription(const QString &description,
                                                  const InstanceConfiguration &config);

    // The size as people read it ("16 MB", "980 KB"), in the 1024-based units Mastodon
    // uses for its limits.
    [[nodiscard]] static QString humanSize(qint64 bytes);

    // Images are held to the image limit, GIFs too (Mastodon checks the size before it
    // turns an animated one into a video); video and audio to the larger one.
    [[nodiscard]] static bool usesImageLimit(const QString &mimeType);
};
