#include "schedulerule.h"

QDateTime ScheduleRule::earliest(const QDateTime &now)
{
    return now.addSecs(minimumLead.count());
}

bool ScheduleRule::isAcceptable(const QDateTime &when, const QDateTime &now)
{
    return check(when, now).isEmpty();
}

QString ScheduleRule::check(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("Choose a date and time for the post.");
    if (when <= now)
        return tr("This time has already passed. Choose a time at least %n minute(s) from "
                  "now.",
                  nullptr, int(minimumLead.count() / 60));
    if (when < earliest(now))
        return tr("This is too soon: the server needs at least %n minute(s) of notice. "
                  "Choose a later time.",
                  nullptr, int(minimumLead.count() / 60));
    return {};
}

QString ScheduleRule::check(const QDateTime &when)
{
    return check(when, QDateTime::currentDateTimeUtc());
}
