#include "draftattachment.h"

QJsonObject DraftAttachment::toJson() const
{
    QJsonObject object{{QStringLiteral("localPath"), localPath},
                       {QStringLiteral("mediaId"), mediaId},
                       {QStringLiteral("description"), description}};
    if (!focus.isEmpty())
        object.insert(QStringLiteral("focus"), focus);
    if (!previewUrl.isEmpty())
        object.insert(QStringLiteral("previewUrl"), previewUrl);
    return object;
}

DraftAttachment DraftAttachment::fromJson(const QJsonObject &object)
{
    DraftAttachment attachment;
    attachment.localPath = object.value(QLatin1String("localPath")).toString();
    attachment.mediaId = object.value(QLatin1String("mediaId")).toString();
    attachment.description = object.value(QLatin1String("description")).toString();
    attachment.focus = object.value(QLatin1String("focus")).toString();
    attachment.previewUrl = object.value(QLatin1String("previewUrl")).toString();
    return attachment;
}
