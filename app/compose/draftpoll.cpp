#include "draftpoll.h"

#include <QJsonArray>

QJsonObject DraftPoll::toJson() const
{
    return {{QStringLiteral("options"), QJsonArray::fromStringList(options)},
            {QStringLiteral("expiresIn"), expiresIn},
            {QStringLiteral("multiple"), multiple},
            {QStringLiteral("hideTotals"), hideTotals}};
}

DraftPoll DraftPoll::fromJson(const QJsonObject &object)
{
    DraftPoll poll;
    poll.options.clear();
    const QJsonArray options = object.value(QLatin1String("options")).toArray();
    for (const QJsonValue &option : options)
        poll.options.append(option.toString());
    while (poll.options.size() < 2)
        poll.options.append(QString());
    poll.expiresIn =
        object.value(QLatin1String("expiresIn")).toInteger(DraftPoll::defaultExpiresIn);
    poll.multiple = object.value(QLatin1String("multiple")).toBool();
    poll.hideTotals = object.value(QLatin1String("hideTotals")).toBool();
    return poll;
}
