#pragma once

#include <QDateTime>
#include <QStringView>

// Mastodon writes timestamps as ISO 8601 with milliseconds ("2019-12-08T03:48:33.901Z"),
// Rails headers sometimes with microseconds, and a few fields as a bare date
// ("last_status_at": "2019-12-05"). All of them come back here as UTC.
class Iso8601 final
{
public:
    Iso8601() = delete;

    // Invalid QDateTime when the text is not a date-time or a date.
    [[nodiscard]] static QDateTime parse(QStringView text);
};
