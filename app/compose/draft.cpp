#include "draft.h"

#include <QJsonArray>

#include <algorithm>
#include <initializer_list>

namespace {

bool absentOr(const QJsonObject &object, QLatin1String key, QJsonValue::Type type)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() || value.type() == type;
}

bool absentOrListOf(const QJsonObject &object, QLatin1String key, QJsonValue::Type type)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.cbegin(), array.cend(),
                       [type](const QJsonValue &item) { return item.type() == type; });
}

bool absentOrStrings(const QJsonObject &object, std::initializer_list<QLatin1String> keys)
{
    return std::all_of(keys.begin(), keys.end(), [&object](QLatin1String key) {
        return absentOr(object, key, QJsonValue::String);
    });
}

} // namespace

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
    if (link)
        object.insert(QStringLiteral("link"), link->toJson());
    if (edit)
        object.insert(QStringLiteral("edit"), edit->toJson());
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
    draft.link = DraftLink::fromJson(object.value(QLatin1String("link")).toObject());
    if (object.value(QLatin1String("edit")).isObject())
        draft.edit = DraftEdit::fromJson(object.value(QLatin1String("edit")).toObject());
    return draft;
}

bool Draft::isIntact(const QJsonObject &object)
{
    if (!absentOrStrings(object, {QLatin1String("accountKey"), QLatin1String("spoilerText"),
                                  QLatin1String("visibility"), QLatin1String("language"),
                                  QLatin1String("inReplyToId"), QLatin1String("scheduledAt")}) ||
        !absentOr(object, QLatin1String("contentWarning"), QJsonValue::Bool) ||
        !absentOr(object, QLatin1String("sensitive"), QJsonValue::Bool) ||
        !absentOrListOf(object, QLatin1String("parts"), QJsonValue::String) ||
        !absentOrListOf(object, QLatin1String("attachments"), QJsonValue::Object) ||
        !absentOr(object, QLatin1String("poll"), QJsonValue::Object) ||
        !absentOr(object, QLatin1String("link"), QJsonValue::Object) ||
        !absentOr(object, QLatin1String("edit"), QJsonValue::Object))
        return false;
    if (object.value(QLatin1String("link")).isObject() &&
        !DraftLink::isIntact(object.value(QLatin1String("link")).toObject()))
        return false;
    const QString scheduled = object.value(QLatin1String("scheduledAt")).toString();
    if (!scheduled.isEmpty() && !QDateTime::fromString(scheduled, Qt::ISODate).isValid())
        return false;
    const QJsonArray attachments = object.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &attachment : attachments) {
        if (!absentOrStrings(attachment.toObject(),
                             {QLatin1String("localPath"), QLatin1String("mediaId"),
                              QLatin1String("description"), QLatin1String("focus"),
                              QLatin1String("previewUrl")}))
            return false;
    }
    const QJsonObject poll = object.value(QLatin1String("poll")).toObject();
    return absentOrListOf(poll, QLatin1String("options"), QJsonValue::String) &&
           absentOr(poll, QLatin1String("expiresIn"), QJsonValue::Double) &&
           absentOr(poll, QLatin1String("multiple"), QJsonValue::Bool) &&
           absentOr(poll, QLatin1String("hideTotals"), QJsonValue::Bool);
}
