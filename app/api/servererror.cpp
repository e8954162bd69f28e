#include "servererror.h"

#include "jsonreader.h"

QString ServerError::message() const
{
    if (description.isEmpty())
        return error;
    return error + QStringLiteral(": ") + description;
}

std::optional<ServerError> ServerError::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<ServerError>(value, QStringLiteral("ServerError"), error);
}

ServerError ServerError::read(JsonReader &reader)
{
    ServerError serverError;
    serverError.error = reader.requiredString(QLatin1String("error"));
    serverError.description = reader.optionalString(QLatin1String("error_description"));
    return serverError;
}
