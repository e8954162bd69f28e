#include "ratelimit.h"

#include "iso8601.h"

#include <QString>

namespace {

std::optional<qint64> parseCount(const QByteArray &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value >= 0 ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

RateLimit RateLimit::fromHeaders(const QByteArray &limit, const QByteArray &remaining,
                                 const QByteArray &reset)
{
    RateLimit rateLimit;
    rateLimit.limit = parseCount(limit);
    rateLimit.remaining = parseCount(remaining);
    rateLimit.reset = Iso8601::parse(QString::fromLatin1(reset));
    if (!rateLimit.reset.isValid()) {
        if (const auto seconds = parseCount(reset))
            rateLimit.reset = QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
    }
    return rateLimit;
}
