#include "scheduletimetext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

QString ScheduleTimeText::editFormat()
{
    const QLocale locale;
    QString date = locale.dateFormat(QLocale::ShortFormat);
    // Short formats often use two-digit years, which read ambiguously near a new year.
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    // Some locales (C among them) put seconds into the short time; a schedule has none.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QRegularExpression(QStringLiteral("[^a-zA-Z]s{1,2}")));
    return QStringLiteral("ddd ") + date + QLatin1Char(' ') + time;
}

QString ScheduleTimeText::format(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return QLocale().toString(when.toLocalTime(), editFormat());
}

QString ScheduleTimeText::zoneDescription(const QDateTime &at)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime local = (at.isValid() ? at : QDateTime::currentDateTime()).toLocalTime();
    const int offsetSeconds = local.offsetFromUtc();
    const QString sign = offsetSeconds < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = qAbs(offsetSeconds) / 60;
    const QString offset = QStringLiteral("UTC%1%2:%3")
                               .arg(sign)
                               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const QString name = QString::fromUtf8(zone.id());
    // "Etc/UTC, UTC+00:00" says the same thing twice.
    static const QStringList utcNames{
        QStringLiteral("UTC"),      QStringLiteral("Etc/UTC"),   QStringLiteral("Etc/UCT"),
        QStringLiteral("GMT"),      QStringLiteral("Etc/GMT"),   QStringLiteral("Etc/Universal"),
        QStringLiteral("Etc/Zulu"), QStringLiteral("Universal"), QStringLiteral("Zulu")};
    if (name.isEmpty() || utcNames.contains(name) || name.startsWith(offset))
        return offset;
    //: %1 is a time zone such as Europe/Berlin, %2 its offset such as UTC+01:00
    return tr("%1, %2").arg(name, offset);
}
