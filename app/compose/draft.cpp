#include "draft.h"

#include <QJsonArray>

QString Draft::effectiveSpoilerText() const
{
    return contentWarning ? spoilerText : QString();
}

bool Draft::isBlank() const
{
    const bool noText = std::all_of(parts.cbegin(), parts.cend(),
                                    [](const QString &part) { return part.trimmed().isEmpty(); });
    return noText && spoilerText.trimmed().isEmpty() && attachments.isEmpty() && !poll;
}

QJsonObject Draft::toJson() const
{
    QJsonArray attachmentArray;
    for (const DraftAttachment &attachment : attachments)
        attachmentArray.append(attachment.toJson());
    QJsonObject object{
        {QStringLiteral("version"), 1},
        {QStringLiteral("accountKey"), accountKey},
        {QStringLiteral("parts"), QJsonArray::fromStringList(parts)},
        {QStringLiteral("contentWarning"), contentWarning},
        {QStringLiteral("spoilerText"), spoilerText},
        {QStringLiteral("visibility"), visibility},
        {QStringLiteral("language"), language},
        {QStringLiteral("sensitive"), sensitive},
        {QStringLiteral("attachments"), attachmentArray},
    };
    if (poll)
        object.insert(QStringLiteral("poll"), poll->toJson());
    if (scheduledAt.isValid())
        object.insert(QStringLiteral("scheduledAt"), scheduledAt.toUTC().toString(Qt::ISODate));
    if (!inReplyToId.isEmpty())
        object.insert(QStringLiteral("inReplyToId"), inReplyToId);
    return object;
}

Draft Draft::fromJson(const QJsonObject &object)
{
    Draft draft;
    draft.accountKey = object.value(QLatin1String("accountKey")).toString();
    draft.parts.clear();
    const QJsonArray parts = object.value(QLatin1String("parts")).toArray();
    for (const QJsonValue &part : parts)
        draft.parts.append(part.toString());
    if (draft.parts.isEmpty())
        draft.parts.append(QString());
    draft.contentWarning = object.value(QLatin1String("contentWarning")).toBool();
    draft.spoilerText = object.value(QLatin1String("spoilerText")).toString();
    draft.visibility = object.value(QLatin1String("visibility")).toString();
    draft.language = object.value(QLatin1String("language")).toString();
    draft.sensitive = object.value(QLatin1String("sensitive")).toBool();
    const QJsonArray attachments = object.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &attachment : attachments)
        draft.attachments.append(DraftAttachment::fromJson(attachment.toObject()));
    if (object.value(QLatin1String("poll")).isObject())
        draft.poll = DraftPoll::fromJson(object.value(QLatin1String("poll")).toObject());
    const QString scheduled = object.value(QLatin1String("scheduledAt")).toString();
    if (!scheduled.isEmpty())
        draft.scheduledAt = QDateTime::fromString(scheduled, Qt::ISODate).toUTC();
    draft.inReplyToId = object.value(QLatin1String("inReplyToId")).toString();
    return draft;
}
