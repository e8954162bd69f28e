#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class JsonReader;

// The reply of POST /oauth/token. Mastodon tokens have no expiry and no refresh token:
// they live until revoked.
struct Token
{
    QString accessToken;
    QString tokenType;
    // The scopes actually granted, which may be fewer than those asked for.
    QStringList scopes;
    QDateTime createdAt;

    [[nodiscard]] static std::optional<Token> fromJson(const QJsonValue &value,
                                                       QString *error = nullptr);
    static Token read(JsonReader &reader);
};
