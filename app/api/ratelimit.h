#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// Mastodon's X-RateLimit-* headers, which describe whichever limit is nearest.
struct RateLimit
{
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    // UTC; invalid when the server sent none.
    QDateTime reset;

    [[nodiscard]] bool isKnown() const { return limit || remaining || reset.isValid(); }

    // Takes the raw header values; missing or unreadable ones stay unset. The reset is
    // ISO 8601 on Mastodon; a number is read as Unix seconds, as some other servers send.
    [[nodiscard]] static RateLimit fromHeaders(const QByteArray &limit, const QByteArray &remaining,
                                               const QByteArray &reset);
};
