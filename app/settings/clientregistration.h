#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// The OAuth client Posthorn registered on one instance (POST /api/v1/apps), reused
// for later sign-ins there. The client secret lives in the keychain under secretKey().
struct ClientRegistration
{
    QUrl instanceUrl;
    QString clientId;
    QString redirectUri;
    QStringList scopes;

    [[nodiscard]] QString secretKey() const
    {
        return QStringLiteral("client-secret/") + instanceUrl.authority();
    }
    [[nodiscard]] bool isValid() const { return instanceUrl.isValid() && !clientId.isEmpty(); }
};
