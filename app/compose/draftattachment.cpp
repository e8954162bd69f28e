#include "draftattachment.h"

QJsonObject DraftAttachment::toJson() const
{
    return {{QStringLiteral("localPath"), localPath},
            {QStringLiteral("mediaId"), mediaId},
            {QStringLiteral("description"), description}};
}

DraftAttachment DraftAttachment::fromJson(const QJsonObject &object)
{
    DraftAttachment attachment;
    attachment.localPath = object.value(QLatin1String("localPath")).toString();
    attachment.mediaId = object.value(QLatin1String("mediaId")).toString();
    attachment.description = object.value(QLatin1String("description")).toString();
    return attachment;
}
