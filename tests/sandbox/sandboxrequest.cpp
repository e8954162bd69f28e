#include "sandboxrequest.h"

#include "bodyparser.h"

QByteArray SandboxRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &header : headerList) {
        if (header.first == lowerCaseName)
            return header.second;
    }
    return {};
}

QString SandboxRequest::bearerToken() const
{
    const QByteArray authorization = header("authorization").trimmed();
    if (authorization.toLower().startsWith("bearer "))
        return QString::fromLatin1(authorization.mid(7).trimmed());
    // Doorkeeper as Mastodon configures it also takes the token from these parameters.
    if (has(QStringLiteral("access_token")))
        return str(QStringLiteral("access_token"));
    return str(QStringLiteral("bearer_token"));
}

bool SandboxRequest::has(const QString &key) const
{
    return params.contains(key) && !params.value(key).isNull();
}

QString SandboxRequest::str(const QString &key) const
{
    return toText(params.value(key));
}

bool SandboxRequest::flag(const QString &key) const
{
    return toBool(params.value(key));
}

QStringList SandboxRequest::list(const QString &key) const
{
    const QJsonValue value = params.value(key);
    QStringList result;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            result << toText(item);
    } else if (!value.isUndefined() && !value.isNull()) {
        result << toText(value);
    }
    return result;
}

QJsonObject SandboxRequest::object(const QString &key) const
{
    return params.value(key).toObject();
}

void SandboxRequest::parseParameters()
{
    params = BodyParser::parseForm(rawQuery);
    const QByteArray contentType = header("content-type").toLower();
    if (body.isEmpty())
        return;

    BodyParser::Result parsed;
    if (contentType.startsWith("application/json"))
        parsed = BodyParser::parseJson(body);
    else if (contentType.startsWith("multipart/form-data"))
        parsed = BodyParser::parseMultipart(header("content-type"), body);
    else if (contentType.startsWith("application/x-www-form-urlencoded") || contentType.isEmpty())
        parsed.params = BodyParser::parseForm(body);
    else
        return; // Rails ignores bodies of types it does not parse.

    bodyError = parsed.error;
    for (auto it = parsed.params.constBegin(); it != parsed.params.constEnd(); ++it)
        params.insert(it.key(), it.value());
    files = parsed.files;
}

QString SandboxRequest::toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number);
    }
    default:
        return {};
    }
}

bool SandboxRequest::toBool(const QJsonValue &value)
{
    // Rails' boolean casting: everything except these "false" spellings is true.
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (!value.isString())
        return false;
    const QString text = value.toString().trimmed().toLower();
    return !(text.isEmpty() || text == QLatin1String("0") || text == QLatin1String("f") ||
             text == QLatin1String("false") || text == QLatin1String("off") ||
             text == QLatin1String("no") || text == QLatin1String("n"));
}
