#include "mediaattachment.h"

#include "jsonreader.h"

std::optional<MediaAttachment> MediaAttachment::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<MediaAttachment>(value, QStringLiteral("MediaAttachment"), error);
}

MediaAttachment MediaAttachment::read(JsonReader &reader)
{
    MediaAttachment media;
    media.id = reader.requiredId(QLatin1String("id"));
    media.type = reader.requiredString(QLatin1String("type"));
    media.url = reader.optionalUrl(QLatin1String("url"));
    media.previewUrl = reader.optionalUrl(QLatin1String("preview_url"));
    media.remoteUrl = reader.optionalUrl(QLatin1String("remote_url"));
    media.description = reader.optionalString(QLatin1String("description"));
    media.blurhash = reader.optionalString(QLatin1String("blurhash"));
    JsonReader focus = reader.child(QLatin1String("meta")).child(QLatin1String("focus"));
    media.focus =
        QPointF(focus.optionalDouble(QLatin1String("x")), focus.optionalDouble(QLatin1String("y")));
    return media;
}
