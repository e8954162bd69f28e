#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// What went wrong with a request, classed by what the caller should do about it:
// retry later (isRetryable()), ask the user (Unauthorized, Validation, ...), or show
// and keep (Malformed, Insecure).
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,      // no connection, connection dropped before the reply, DNS failure
        Timeout,      // no data for the transfer timeout
        Tls,          // handshake failed or certificate rejected; never ignored
        Unauthorized, // 401: sign in again
        Forbidden,    // 403: the token lacks the scope
        NotFound,     // 404, 410
        Validation,   // 400, 422 and other 4xx: the server's message says what to fix
        RateLimited,  // 429: wait until retryAt
        ServerError,  // 5xx
        Malformed,    // 2xx the client cannot use: not JSON, wrong shape, cut off, too big
        Cancelled,    // ApiReply::abort()
        Insecure,     // refused URL or cross-origin redirect; nothing was sent there
    };

    Kind kind = Kind::None;
    // 0 when no HTTP reply arrived.
    int httpStatus = 0;
    // For the user; translated.
    QString message;
    // Mastodon's `error` (+ `error_description`) as sent, empty when there was none.
    QString serverMessage;
    // For RateLimited: when to try again (UTC).
    QDateTime retryAt;

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    [[nodiscard]] bool isRetryable() const;

    [[nodiscard]] static ApiError make(Kind kind, const QString &message, int httpStatus = 0);
    // Classes a non-2xx HTTP reply. `serverMessage` is the parsed error body, if any.
    [[nodiscard]] static ApiError fromHttpStatus(int httpStatus, const QString &serverMessage,
                                                 const QDateTime &rateLimitReset);
    // "Timeout", "RateLimited", …: for logs and test output.
    [[nodiscard]] static QString kindName(Kind kind);
};
