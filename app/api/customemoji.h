#pragma once

#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <optional>

class JsonReader;

// A server's custom emoji, shown for `:shortcode:` in names and posts.
struct CustomEmoji
{
    QString shortcode;
    QUrl url;
    QUrl staticUrl;
    bool visibleInPicker = true;
    QString category;

    [[nodiscard]] static std::optional<CustomEmoji> fromJson(const QJsonValue &value,
                                                             QString *error = nullptr);
    // Reads from a reader placed on this entity's object, for nested entities.
    static CustomEmoji read(JsonReader &reader);
};
