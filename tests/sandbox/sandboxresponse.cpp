#include "sandboxresponse.h"

#include <QJsonDocument>

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

SandboxResponse SandboxResponse::json(const QJsonObject &object, int status)
{
    return bytes(QJsonDocument(object).toJson(QJsonDocument::Compact),
                 QByteArrayLiteral("application/json; charset=utf-8"), status);
}

SandboxResponse SandboxResponse::json(const QJsonArray &array, int status)
{
    return bytes(QJsonDocument(array).toJson(QJsonDocument::Compact),
                 QByteArrayLiteral("application/json; charset=utf-8"), status);
}

SandboxResponse SandboxResponse::html(const QString &page, int status)
{
    return bytes(page.toUtf8(), QByteArrayLiteral("text/html; charset=utf-8"), status);
}

SandboxResponse SandboxResponse::bytes(const QByteArray &data, const QByteArray &contentType,
                                       int status)
{
    SandboxResponse response;
    response.status = status;
    response.body = data;
    response.setHeader("Content-Type", contentType);
    return response;
}

SandboxResponse SandboxResponse::redirect(const QString &location, int status)
{
    SandboxResponse response = html(QString(), status);
    response.setHeader("Location", location.toUtf8());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

SandboxResponse SandboxResponse::error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

SandboxResponse SandboxResponse::oauthError(int status, const QString &code,
                                            const QString &description)
{
    SandboxResponse response = json(QJsonObject{{QStringLiteral("error"), code},
                                                {QStringLiteral("error_description"), description}},
                                    status);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QByteArray SandboxResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 206:
        return QByteArrayLiteral("Partial Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 410:
        return QByteArrayLiteral("Gone");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

SandboxResponse SandboxResponse::tooManyRequests(int limit, const QDateTime &resetAt)
{
    SandboxResponse response = error(429, QStringLiteral("Too many requests"));
    response.setHeader("X-RateLimit-Limit", QByteArray::number(limit));
    response.setHeader("X-RateLimit-Remaining", "0");
    response.setHeader("X-RateLimit-Reset", resetAt.toString(Qt::ISODateWithMs).toLatin1());
    return response;
}
