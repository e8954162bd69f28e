#include "apiresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

QByteArray ApiResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonValue ApiResult::jsonValue() const
{
    if (json.isObject())
        return json.object();
    if (json.isArray())
        return json.array();
    return QJsonValue(QJsonValue::Null);
}

ApiError ApiResult::malformed(const QString &problem) const
{
    ApiError error =
        ApiError::make(ApiError::Kind::Malformed,
                       QCoreApplication::translate(
                           "ApiError", "The server sent a reply Posthorn does not understand (%1).")
                           .arg(problem),
                       httpStatus);
    return error;
}
