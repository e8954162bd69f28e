#pragma once

#include <QString>

// The description a picture's file already carries, written by a photo manager or the
// camera's owner: XMP dc:description first (the newest standard, and Unicode), then
// EXIF ImageDescription, then the IPTC caption. Read with exiv2, from the file's
// metadata only, so it is quick enough for the GUI thread. exiv2 lives in a module of
// its own (posthorn-metadata), loaded with the first picture: linked into Posthorn, it
// and its libraries cost every start about a megabyte of memory.
class EmbeddedDescription
{
public:
    EmbeddedDescription() = delete;

    // Empty when the file has none, has only a camera's stock text ("OLYMPUS DIGITAL
    // CAMERA"), or is no picture exiv2 knows.
    [[nodiscard]] static QString read(const QString &filePath);
};
