// ScheduleRule: the five minutes Mastodon insists on, at the edges and across time zones.
#include "schedule/schedulerule.h"

#include <QTest>
#include <QTimeZone>

class TestScheduleRule : public QObject
{
    Q_OBJECT

private slots:
    void scheduledTimeNeedsFiveMinutesOfNotice_data();
    void scheduledTimeNeedsFiveMinutesOfNotice();
    void earliestIsFiveMinutesAhead();
    void currentTimeOverload();
};

void TestScheduleRule::scheduledTimeNeedsFiveMinutesOfNotice_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");

    const QDateTime now(QDate(2026, 3, 14), QTime(12, 0), QTimeZone::utc());
    const QString tooSoon = QStringLiteral("This is too soon: the server needs at least 5 "
                                           "minute(s) of notice. Choose a later time.");
    const QString passed = QStringLiteral(
        "This time has already passed. Choose a time at least 5 minute(s) from now.");
    QTest::newRow("invalid") << QDateTime() << "Choose a date and time for the post.";
    QTest::newRow("yesterday") << now.addDays(-1) << passed;
    QTest::newRow("now") << now << passed;
    QTest::newRow("one second ahead") << now.addSecs(1) << tooSoon;
    QTest::newRow("two minutes ahead") << now.addSecs(120) << tooSoon;
    QTest::newRow("4:59 ahead") << now.addSecs(299) << tooSoon;
    QTest::newRow("exactly five minutes ahead") << now.addSecs(300) << QString();
    QTest::newRow("one hour ahead") << now.addSecs(3600) << QString();
    QTest::newRow("next year") << now.addYears(1) << QString();
    // The same instants written in other zones: only the instant counts.
    QTest::newRow("two minutes ahead, in UTC+02:00")
        << now.addSecs(120).toTimeZone(QTimeZone(7200)) << tooSoon;
    QTest::newRow("ten minutes ahead, in UTC-05:00")
        << now.addSecs(600).toTimeZone(QTimeZone(-5 * 3600)) << QString();
    QTest::newRow("same wall clock in UTC+01:00 is an hour earlier")
        << QDateTime(QDate(2026, 3, 14), QTime(12, 30), QTimeZone(3600)) << passed;
}

void TestScheduleRule::scheduledTimeNeedsFiveMinutesOfNotice()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 3, 14), QTime(12, 0), QTimeZone::utc());
    QCOMPARE(ScheduleRule::check(when, now), expected);
    QCOMPARE(ScheduleRule::isAcceptable(when, now), expected.isEmpty());
}

void TestScheduleRule::earliestIsFiveMinutesAhead()
{
    const QDateTime now(QDate(2026, 3, 14), QTime(23, 58), QTimeZone::utc());
    QCOMPARE(ScheduleRule::earliest(now),
             QDateTime(QDate(2026, 3, 15), QTime(0, 3), QTimeZone::utc()));
}

void TestScheduleRule::currentTimeOverload()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!ScheduleRule::check(now.addSecs(120)).isEmpty());
    QVERIFY(ScheduleRule::check(now.addSecs(3600)).isEmpty());
    // Local time works as well: it is the same instant.
    QVERIFY(ScheduleRule::check(QDateTime::currentDateTime().addSecs(3600)).isEmpty());
}

QTEST_GUILESS_MAIN(TestScheduleRule)
#include "tst_schedulerule.moc"
