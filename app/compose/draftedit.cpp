#include "draftedit.h"

bool DraftEdit::resetsVotes(const std::optional<DraftPoll> &poll) const
{
    if (!originalPoll)
        return false;
    if (!poll)
        return true;
    // Mastodon resets the votes when the options or the kind of poll change; a new
    // duration or hidden totals keep them.
    return poll->options != originalPoll->options || poll->multiple != originalPoll->multiple;
}

QJsonObject DraftEdit::toJson() const
{
    QJsonObject object{
        {QStringLiteral("statusId"), statusId},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
    };
    if (originalPoll)
        object.insert(QStringLiteral("originalPoll"), originalPoll->toJson());
    return object;
}

DraftEdit DraftEdit::fromJson(const QJsonObject &object)
{
    DraftEdit edit;
    edit.statusId = object.value(QLatin1String("statusId")).toString();
    edit.createdAt =
        QDateTime::fromString(object.value(QLatin1String("createdAt")).toString(), Qt::ISODate)
            .toUTC();
    if (object.value(QLatin1String("originalPoll")).isObject())
        edit.originalPoll =
            DraftPoll::fromJson(object.value(QLatin1String("originalPoll")).toObject());
    return edit;
}
