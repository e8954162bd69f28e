#include "language.h"

#include "jsonreader.h"

std::optional<Language> Language::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<Language>(value, QStringLiteral("Language"), error);
}

Language Language::read(JsonReader &reader)
{
    Language language;
    language.code = reader.requiredString(QLatin1String("code"));
    language.name = reader.optionalString(QLatin1String("name"), language.code);
    return language;
}
