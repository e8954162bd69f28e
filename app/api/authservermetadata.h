#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class JsonReader;

// GET /.well-known/oauth-authorization-server (RFC 8414, Mastodon 4.3+). Its presence
// decides PKCE and granular scopes; older servers answer 404.
struct AuthServerMetadata
{
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QUrl registrationEndpoint;
    QUrl userinfoEndpoint;
    QStringList scopesSupported;
    QStringList responseTypesSupported;
    QStringList grantTypesSupported;
    QStringList codeChallengeMethodsSupported;

    [[nodiscard]] bool supportsPkceS256() const;
    [[nodiscard]] bool supportsScope(const QString &scope) const;

    [[nodiscard]] static std::optional<AuthServerMetadata> fromJson(const QJsonValue &value,
                                                                    QString *error = nullptr);
    static AuthServerMetadata read(JsonReader &reader);
};
