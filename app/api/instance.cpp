#include "instance.h"

#include "jsonreader.h"

std::optional<Instance> Instance::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<Instance>(value, QStringLiteral("Instance"), error);
}

Instance Instance::read(JsonReader &reader)
{
    Instance instance;
    // v2 names the server `domain`; v1 calls the same value `uri`.
    instance.fromV1 = !reader.has(QLatin1String("domain")) && reader.has(QLatin1String("uri"));
    instance.domain =
        reader.requiredString(instance.fromV1 ? QLatin1String("uri") : QLatin1String("domain"));
    instance.title = reader.requiredString(QLatin1String("title"));
    instance.version = reader.requiredString(QLatin1String("version"));
    instance.apiVersion =
        reader.child(QLatin1String("api_versions")).optionalInt(QLatin1String("mastodon"), 0);
    instance.description = reader.optionalString(QLatin1String("description"));
    instance.shortDescription = reader.optionalString(QLatin1String("short_description"));
    if (instance.fromV1)
        instance.userCount =
            reader.child(QLatin1String("stats")).optionalInt(QLatin1String("user_count"));
    else
        instance.userCount = reader.child(QLatin1String("usage"))
                                 .child(QLatin1String("users"))
                                 .optionalInt(QLatin1String("active_month"));
    for (JsonReader &rule : reader.children(QLatin1String("rules")))
        instance.rules.append(rule.requiredString(QLatin1String("text")));
    instance.languages = reader.optionalStringList(QLatin1String("languages"));
    JsonReader configuration = reader.child(QLatin1String("configuration"));
    instance.configuration = InstanceConfiguration::read(configuration);
    // Pleroma and Akkoma announce their limit only here.
    if (!configuration.child(QLatin1String("statuses")).has(QLatin1String("max_characters")))
        instance.configuration.maxCharacters = reader.optionalInt(
            QLatin1String("max_toot_chars"), instance.configuration.maxCharacters);
    return instance;
}
