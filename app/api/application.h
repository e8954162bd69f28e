#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class JsonReader;

// An OAuth application: the reply of POST /api/v1/apps (with client credentials) or
// the `application` that posted a status (name and website only).
struct Application
{
    QString id;
    QString name;
    QUrl website;
    QStringList scopes;
    QStringList redirectUris;
    QString clientId;
    QString clientSecret;
    // 0 means the secret never expires, which is all Mastodon does today.
    qint64 clientSecretExpiresAt = 0;
    QString vapidKey;

    [[nodiscard]] bool hasClientCredentials() const
    {
        return !clientId.isEmpty() && !clientSecret.isEmpty();
    }

    [[nodiscard]] static std::optional<Application> fromJson(const QJsonValue &value,
                                                             QString *error = nullptr);
    static Application read(JsonReader &reader);
};
