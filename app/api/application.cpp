#include "application.h"

#include "jsonreader.h"

std::optional<Application> Application::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<Application>(value, QStringLiteral("Application"), error);
}

Application Application::read(JsonReader &reader)
{
    Application app;
    app.id = reader.optionalId(QLatin1String("id"));
    app.name = reader.requiredString(QLatin1String("name"));
    app.website = reader.optionalUrl(QLatin1String("website"));
    app.scopes = reader.optionalStringList(QLatin1String("scopes"));
    app.redirectUris = reader.optionalStringList(QLatin1String("redirect_uris"));
    // Servers before 4.3 only send the newline-separated `redirect_uri`.
    if (app.redirectUris.isEmpty())
        app.redirectUris = reader.optionalString(QLatin1String("redirect_uri"))
                               .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    app.clientId = reader.optionalString(QLatin1String("client_id"));
    app.clientSecret = reader.optionalString(QLatin1String("client_secret"));
    app.clientSecretExpiresAt = reader.optionalInt(QLatin1String("client_secret_expires_at"), 0);
    app.vapidKey = reader.optionalString(QLatin1String("vapid_key"));
    return app;
}
