#pragma once

#include <QJsonValue>
#include <QPointF>
#include <QString>
#include <QUrl>

#include <optional>

class JsonReader;

// An uploaded file. `url` stays empty while the server is still processing it
// (POST /api/v2/media answered 202), and a status can only attach it once it is set.
struct MediaAttachment
{
    QString id;
    // image, gifv, video, audio or unknown.
    QString type;
    QUrl url;
    QUrl previewUrl;
    QUrl remoteUrl;
    QString description;
    QString blurhash;
    // meta.focus: where thumbnails centre, x and y in −1…1 (see MediaFocus); the middle
    // when the server says nothing.
    QPointF focus;

    [[nodiscard]] bool isProcessed() const { return !url.isEmpty(); }

    [[nodiscard]] static std::optional<MediaAttachment> fromJson(const QJsonValue &value,
                                                                 QString *error = nullptr);
    static MediaAttachment read(JsonReader &reader);
};
