#include "authservermetadata.h"

#include "jsonreader.h"

bool AuthServerMetadata::supportsPkceS256() const
{
    return codeChallengeMethodsSupported.contains(QLatin1String("S256"));
}

bool AuthServerMetadata::supportsScope(const QString &scope) const
{
    return scopesSupported.contains(scope);
}

std::optional<AuthServerMetadata> AuthServerMetadata::fromJson(const QJsonValue &value,
                                                               QString *error)
{
    return JsonReader::parse<AuthServerMetadata>(value, QStringLiteral("AuthServerMetadata"),
                                                 error);
}

AuthServerMetadata AuthServerMetadata::read(JsonReader &reader)
{
    AuthServerMetadata metadata;
    metadata.issuer = reader.optionalUrl(QLatin1String("issuer"));
    metadata.authorizationEndpoint = reader.requiredUrl(QLatin1String("authorization_endpoint"));
    metadata.tokenEndpoint = reader.requiredUrl(QLatin1String("token_endpoint"));
    metadata.revocationEndpoint = reader.optionalUrl(QLatin1String("revocation_endpoint"));
    metadata.registrationEndpoint = reader.optionalUrl(QLatin1String("app_registration_endpoint"));
    metadata.userinfoEndpoint = reader.optionalUrl(QLatin1String("userinfo_endpoint"));
    metadata.scopesSupported = reader.optionalStringList(QLatin1String("scopes_supported"));
    metadata.responseTypesSupported =
        reader.optionalStringList(QLatin1String("response_types_supported"));
    metadata.grantTypesSupported =
        reader.optionalStringList(QLatin1String("grant_types_supported"));
    metadata.codeChallengeMethodsSupported =
        reader.optionalStringList(QLatin1String("code_challenge_methods_supported"));
    return metadata;
}
