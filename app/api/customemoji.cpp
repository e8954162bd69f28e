#include "customemoji.h"

#include "jsonreader.h"

std::optional<CustomEmoji> CustomEmoji::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<CustomEmoji>(value, QStringLiteral("CustomEmoji"), error);
}

CustomEmoji CustomEmoji::read(JsonReader &reader)
{
    CustomEmoji emoji;
    emoji.shortcode = reader.requiredString(QLatin1String("shortcode"));
    emoji.url = reader.requiredUrl(QLatin1String("url"));
    emoji.staticUrl = reader.requiredUrl(QLatin1String("static_url"));
    emoji.visibleInPicker = reader.optionalBool(QLatin1String("visible_in_picker"), true);
    emoji.category = reader.optionalString(QLatin1String("category"));
    return emoji;
}
