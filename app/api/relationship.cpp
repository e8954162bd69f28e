#include "relationship.h"

#include "jsonreader.h"

std::optional<Relationship> Relationship::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<Relationship>(value, QStringLiteral("Relationship"), error);
}

Relationship Relationship::read(JsonReader &reader)
{
    Relationship relationship;
    relationship.id = reader.requiredId(QLatin1String("id"));
    relationship.following = reader.optionalBool(QLatin1String("following"));
    relationship.requested = reader.optionalBool(QLatin1String("requested"));
    relationship.followedBy = reader.optionalBool(QLatin1String("followed_by"));
    relationship.showingReblogs = reader.optionalBool(QLatin1String("showing_reblogs"));
    relationship.notifying = reader.optionalBool(QLatin1String("notifying"));
    relationship.blocking = reader.optionalBool(QLatin1String("blocking"));
    relationship.blockedBy = reader.optionalBool(QLatin1String("blocked_by"));
    relationship.muting = reader.optionalBool(QLatin1String("muting"));
    relationship.mutingNotifications = reader.optionalBool(QLatin1String("muting_notifications"));
    relationship.requestedBy = reader.optionalBool(QLatin1String("requested_by"));
    relationship.domainBlocking = reader.optionalBool(QLatin1String("domain_blocking"));
    relationship.endorsed = reader.optionalBool(QLatin1String("endorsed"));
    relationship.note = reader.optionalString(QLatin1String("note"));
    relationship.languages = reader.optionalStringList(QLatin1String("languages"));
    return relationship;
}
