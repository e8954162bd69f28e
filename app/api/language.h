#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// A language the instance offers for posts (GET /api/v1/instance/languages).
struct Language
{
    QString code; // ISO 639
    QString name;

    [[nodiscard]] static std::optional<Language> fromJson(const QJsonValue &value,
                                                          QString *error = nullptr);
    static Language read(JsonReader &reader);
};
