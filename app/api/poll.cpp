#include "poll.h"

#include "jsonreader.h"

std::optional<Poll> Poll::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<Poll>(value, QStringLiteral("Poll"), error);
}

Poll Poll::read(JsonReader &reader)
{
    Poll poll;
    poll.id = reader.requiredId(QLatin1String("id"));
    poll.expiresAt = reader.optionalDateTime(QLatin1String("expires_at"));
    poll.multiple = reader.optionalBool(QLatin1String("multiple"));
    for (JsonReader &option : reader.children(QLatin1String("options"))) {
        if (!reader.ok())
            break;
        poll.options.append(option.requiredString(QLatin1String("title")));
    }
    return poll;
}
