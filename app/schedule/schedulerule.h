#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>

// When a post may be scheduled. Mastodon refuses `scheduled_at` less than five minutes
// ahead with a 422, so the picker says so before the user sends anything.
class ScheduleRule
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRule)

public:
    static constexpr std::chrono::seconds minimumLead{5 * 60};

    // The earliest acceptable time, given the current time.
    [[nodiscard]] static QDateTime earliest(const QDateTime &now);
    [[nodiscard]] static bool isAcceptable(const QDateTime &when, const QDateTime &now);
    // Empty when `when` is acceptable; otherwise a translated sentence saying why not.
    [[nodiscard]] static QString check(const QDateTime &when, const QDateTime &now);
    // The same against the current time.
    [[nodiscard]] static QString check(const QDateTime &when);
};
