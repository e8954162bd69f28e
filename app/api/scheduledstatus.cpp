#include "scheduledstatus.h"

#include "jsonreader.h"

#include <QJsonArray>

bool ScheduledStatus::isScheduledStatus(const QJsonValue &value)
{
    return value.isObject() && value.toObject().value(QLatin1String("params")).isObject();
}

std::optional<ScheduledStatus> ScheduledStatus::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<ScheduledStatus>(value, QStringLiteral("ScheduledStatus"), error);
}

ScheduledStatus ScheduledStatus::read(JsonReader &reader)
{
    ScheduledStatus scheduled;
    scheduled.id = reader.requiredId(QLatin1String("id"));
    scheduled.scheduledAt = reader.requiredDateTime(QLatin1String("scheduled_at"));
    JsonReader params = reader.requiredChild(QLatin1String("params"));
    scheduled.text = params.optionalString(QLatin1String("text"));
    scheduled.spoilerText = params.optionalString(QLatin1String("spoiler_text"));
    scheduled.visibility = params.optionalString(QLatin1String("visibility"));
    scheduled.sensitive = params.optionalBool(QLatin1String("sensitive"));
    scheduled.language = params.optionalString(QLatin1String("language"));
    scheduled.inReplyToId = params.optionalId(QLatin1String("in_reply_to_id"));
    scheduled.idempotencyKey = params.optionalString(QLatin1String("idempotency"));
    // Ids inside params are whatever the client sent, so numbers turn up here.
    if (params.has(QLatin1String("media_ids"))) {
        const QJsonValue ids = params.object().value(QLatin1String("media_ids"));
        if (!ids.isArray()) {
            params.fail(
                QLatin1String("media_ids"),
                QStringLiteral("must be an array, got %1").arg(JsonReader::describeType(ids)));
        } else {
            for (const QJsonValue &id : ids.toArray()) {
                if (id.isString())
                    scheduled.mediaIds.append(id.toString());
                else if (id.isDouble())
                    scheduled.mediaIds.append(QString::number(id.toInteger()));
                else
                    params.fail(
                        QLatin1String("media_ids"),
                        QStringLiteral("must hold ids, got %1").arg(JsonReader::describeType(id)));
            }
        }
    }
    scheduled.mediaAttachments =
        reader.optionalList<MediaAttachment>(QLatin1String("media_attachments"));
    return scheduled;
}
