#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How scheduled times are shown: in the computer's own time zone, with the weekday,
// and with that zone named, so "Tue 14:00" is never read as the server's time.
class ScheduleTimeText
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTimeText)

public:
    // A QDateTimeEdit display format from the locale's short formats, with the weekday
    // and a four-digit year.
    [[nodiscard]] static QString editFormat();
    // `when` in local time, in editFormat().
    [[nodiscard]] static QString format(const QDateTime &when);
    // The local zone and its offset at `at`, e.g. "Europe/Berlin, UTC+01:00".
    [[nodiscard]] static QString zoneDescription(const QDateTime &at);
};
