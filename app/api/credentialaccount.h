#pragma once

#include "api/account.h"

#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// The signed-in account from verify_credentials: the account plus its `source`, which
// holds the user's posting defaults for the composer.
struct CredentialAccount
{
    Account account;
    // source.privacy: public, unlisted, private or direct.
    QString defaultVisibility = QStringLiteral("public");
    bool defaultSensitive = false;
    // ISO 639 code, empty when the user chose none.
    QString defaultLanguage;

    [[nodiscard]] static std::optional<CredentialAccount> fromJson(const QJsonValue &value,
                                                                   QString *error = nullptr);
    static CredentialAccount read(JsonReader &reader);
};
