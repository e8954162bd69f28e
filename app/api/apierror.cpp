#include "apierror.h"

#include <QLocale>

namespace {

// Server text appended to a message of ours, when the server said something.
QString withServerMessage(const QString &message, const QString &serverMessage)
{
    if (serverMessage.isEmpty())
        return message;
    return message + QLatin1Char(' ') + ApiError::tr("(The server said: %1)").arg(serverMessage);
}

// Mastodon resets its limits within 5 minutes for requests and 3 hours for statuses;
// without a header, a minute is a polite first wait.
constexpr qint64 defaultRateLimitWaitSeconds = 60;

} // namespace

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ServerError:
    case Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

ApiError ApiError::make(Kind kind, const QString &message, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    return error;
}

ApiError ApiError::fromHttpStatus(int httpStatus, const QString &serverMessage,
                                  const QDateTime &rateLimitReset)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.serverMessage = serverMessage;
    if (httpStatus >= 200 && httpStatus < 300)
        return error;

    const QString status = QString::number(httpStatus);
    if (httpStatus == 401) {
        error.kind = Kind::Unauthorized;
        error.message = withServerMessage(
            tr("The server did not accept the sign-in. Please sign in again."), serverMessage);
    } else if (httpStatus == 403) {
        error.kind = Kind::Forbidden;
        error.message = withServerMessage(tr("This account has not allowed Posthorn to do that."),
                                          serverMessage);
    } else if (httpStatus == 404 || httpStatus == 410) {
        error.kind = Kind::NotFound;
        error.message = withServerMessage(tr("The server could not find it."), serverMessage);
    } else if (httpStatus == 429) {
        error.kind = Kind::RateLimited;
        error.retryAt = rateLimitReset.isValid()
                            ? rateLimitReset
                            : QDateTime::currentDateTimeUtc().addSecs(defaultRateLimitWaitSeconds);
        error.message =
            tr("Too many requests. Posthorn will try again at %1.")
                .arg(QLocale().toString(error.retryAt.toLocalTime().time(), QLocale::ShortFormat));
    } else if (httpStatus >= 400 && httpStatus < 500) {
        // The server's own words are the most useful thing to show: they name the field.
        error.kind = Kind::Validation;
        error.message = serverMessage.isEmpty()
                            ? tr("The server refused the request (HTTP %1).").arg(status)
                            : serverMessage;
    } else if (httpStatus >= 500 && httpStatus < 600) {
        error.kind = Kind::ServerError;
        error.message = withServerMessage(
            tr("The server has a problem (HTTP %1). Please try again later.").arg(status),
            serverMessage);
    } else {
        error.kind = Kind::Malformed;
        error.message = tr("The server sent an unexpected reply (HTTP %1).").arg(status);
    }
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::ServerError:
        return QStringLiteral("ServerError");
    case Kind::Malformed:
        return QStringLiteral("Malformed");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::Insecure:
        return QStringLiteral("Insecure");
    }
    return QStringLiteral("Unknown");
}
