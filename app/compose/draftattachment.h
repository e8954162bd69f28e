#pragma once

#include <QJsonObject>
#include <QString>

// One media file in a draft. The local copy is what comes back after a restart; the
// server's id is kept once the upload was processed, so it is not uploaded twice.
// Media that came back from the server by id have no local copy, only the server's preview.
struct DraftAttachment
{
    QString localPath;
    QString mediaId;
    QString description;
    // Where thumbnails centre, "x,y" in −1…1 (see MediaFocus); empty for the middle.
    // Defaulted, so the older brace-initialisations of three fields stay valid.
    QString focus = {};
    // The server's preview_url of media that came back by id (redraft, edit) with no
    // local copy, so the composer can show the picture.
    QString previewUrl = {};

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static DraftAttachment fromJson(const QJsonObject &object);

    friend bool operator==(const DraftAttachment &a, const DraftAttachment &b)
    {
        return a.localPath == b.localPath && a.mediaId == b.mediaId &&
               a.description == b.description && a.focus == b.focus && a.previewUrl == b.previewUrl;
    }
};
