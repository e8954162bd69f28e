#include "credentialaccount.h"

#include "jsonreader.h"

std::optional<CredentialAccount> CredentialAccount::fromJson(const QJsonValue &value,
                                                             QString *error)
{
    return JsonReader::parse<CredentialAccount>(value, QStringLiteral("CredentialAccount"), error);
}

CredentialAccount CredentialAccount::read(JsonReader &reader)
{
    CredentialAccount credential;
    credential.account = Account::read(reader);
    // Required: without it this is a plain Account, which means the wrong endpoint
    // answered or the token lacks the scope for the user's own details.
    JsonReader source = reader.requiredChild(QLatin1String("source"));
    credential.defaultVisibility =
        source.optionalString(QLatin1String("privacy"), credential.defaultVisibility);
    credential.defaultSensitive = source.optionalBool(QLatin1String("sensitive"));
    credential.defaultLanguage = source.optionalString(QLatin1String("language"));
    return credential;
}
