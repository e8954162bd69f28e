#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// Mastodon's error body, `{"error": "..."}`; OAuth errors add `error_description`.
struct ServerError
{
    QString error;
    QString description;

    // The error followed by its description when there is one, as the user should see it.
    [[nodiscard]] QString message() const;

    [[nodiscard]] static std::optional<ServerError> fromJson(const QJsonValue &value,
                                                             QString *error = nullptr);
    static ServerError read(JsonReader &reader);
};
