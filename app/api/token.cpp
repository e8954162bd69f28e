#include "token.h"

#include "jsonreader.h"

std::optional<Token> Token::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<Token>(value, QStringLiteral("Token"), error);
}

Token Token::read(JsonReader &reader)
{
    Token token;
    token.accessToken = reader.requiredString(QLatin1String("access_token"));
    if (reader.ok() && token.accessToken.isEmpty())
        reader.fail(QLatin1String("access_token"), QStringLiteral("is empty"));
    token.tokenType = reader.optionalString(QLatin1String("token_type"), QStringLiteral("Bearer"));
    // Only bearer tokens can be sent the way ApiClient sends them.
    if (reader.ok() && token.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        reader.fail(QLatin1String("token_type"),
                    QStringLiteral("is \"%1\", expected \"Bearer\"").arg(token.tokenType));
    token.scopes =
        reader.optionalString(QLatin1String("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (const auto seconds = reader.optionalInt(QLatin1String("created_at")))
        token.createdAt = QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
    return token;
}
