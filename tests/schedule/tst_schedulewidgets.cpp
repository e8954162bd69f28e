// SchedulePicker and ScheduledPostsDialog as a user meets them: real widgets found by
// objectName, and for the dialog the real ScheduledPosts talking to the sandbox.
#include "api/apiclient.h"
#include "api/apiresult.h"
#include "api/scheduledstatus.h"
#include "namedchild.h"
#include "schedule/scheduledposts.h"
#include "schedule/scheduledpostsdialog.h"
#include "schedule/schedulepicker.h"
#include "schedule/scheduletimetext.h"

#include "sandboxprocess.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

constexpr int waitMs = 20000;

// Whole minutes, as the editors show them.
QDateTime localInMinutes(int minutes)
{
    QDateTime when = QDateTime::currentDateTime().addSecs(minutes * 60);
    when.setTime(QTime(when.time().hour(), when.time().minute()));
    return when;
}

bool showActive(QWidget &widget)
{
    widget.show();
    widget.activateWindow();
    return QTest::qWaitForWindowActive(&widget);
}

} // namespace

class TestScheduleWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void pickerIsOffByDefault();
    void pickerDefaultsToAnHourAhead();
    void pickerRefusesTwoMinutesAhead();
    void pickerRestoresADraftTime();
    void pickerToggledByKeyboard();

    void dialogListsTheScheduledPost();
    void dialogChangesTheTime();
    void dialogRefusesTooSoonWithoutAsking();
    void dialogCancelsAfterConfirmation();
    void dialogShowsEmptyAndErrorStates();
    void screenshotOfTheScheduledPostsIsSaved();

private:
    std::unique_ptr<ApiClient> makeClient();
    QString schedule(ApiClient &client, const QString &text, const QDateTime &when);

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestScheduleWidgets::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
}

void TestScheduleWidgets::init()
{
    m_sandbox.reset();
}

std::unique_ptr<ApiClient> TestScheduleWidgets::makeClient()
{
    auto client = std::make_unique<ApiClient>(&m_nam, m_sandbox.baseUrl());
    client->setAccessToken(m_sandbox.mintToken(QStringLiteral("read write")));
    return client;
}

QString TestScheduleWidgets::schedule(ApiClient &client, const QString &text, const QDateTime &when)
{
    ApiReply *reply = client.postJson(
        QStringLiteral("/api/v1/statuses"),
        {{QStringLiteral("status"), text},
         {QStringLiteral("scheduled_at"), when.toUTC().toString(Qt::ISODateWithMs)}});
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(waitMs))
        return {};
    const auto post = finished.first().first().value<ApiResult>().parseAs<ScheduledStatus>();
    return post ? post->id : QString();
}

void TestScheduleWidgets::pickerIsOffByDefault()
{
    SchedulePicker picker;
    QVERIFY(showActive(picker));
    QVERIFY(!picker.isScheduled());
    QVERIFY(!picker.scheduledAt().isValid());
    QVERIFY(picker.isAcceptable());
    QVERIFY(!namedChild<QDateTimeEdit>(&picker, "scheduleDateTime")->isEnabled());
    QVERIFY(!namedChild<QLabel>(&picker, "scheduleMessage")->isVisible());
}

void TestScheduleWidgets::pickerDefaultsToAnHourAhead()
{
    SchedulePicker picker;
    QVERIFY(showActive(picker));
    QSignalSpy changed(&picker, &SchedulePicker::scheduleChanged);
    QTest::mouseClick(namedChild<QCheckBox>(&picker, "scheduleEnabled"), Qt::LeftButton);
    QVERIFY(picker.isScheduled());
    QCOMPARE(changed.count(), 1);
    const QDateTime chosen = changed.first().first().toDateTime();
    QVERIFY(chosen.isValid());
    QCOMPARE(chosen.timeSpec(), Qt::UTC);
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(chosen);
    QVERIFY2(ahead > 58 * 60 && ahead <= 60 * 60, qPrintable(QString::number(ahead)));
    QVERIFY(picker.isAcceptable());
    auto *edit = namedChild<QDateTimeEdit>(&picker, "scheduleDateTime");
    QVERIFY(edit->isEnabled());
    QVERIFY(edit->calendarPopup());
    // The editor shows local time, and names the zone.
    QCOMPARE(edit->dateTime(), chosen.toLocalTime());
    const QString zone = namedChild<QLabel>(&picker, "scheduleTimeZone")->text();
    QVERIFY2(zone.contains(QLatin1String("UTC")), qPrintable(zone));
    QCOMPARE(zone, ScheduleTimeText::zoneDescription(chosen));
}

void TestScheduleWidgets::pickerRefusesTwoMinutesAhead()
{
    SchedulePicker picker;
    picker.setScheduled(true);
    QVERIFY(showActive(picker));
    QSignalSpy acceptable(&picker, &SchedulePicker::acceptableChanged);
    QSignalSpy changed(&picker, &SchedulePicker::scheduleChanged);
    auto *edit = namedChild<QDateTimeEdit>(&picker, "scheduleDateTime");
    auto *message = namedChild<QLabel>(&picker, "scheduleMessage");

    const QDateTime tooSoon = QDateTime::currentDateTime().addSecs(120);
    edit->setDateTime(tooSoon);
    QVERIFY(!picker.isAcceptable());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("too soon")), qPrintable(message->text()));
    QCOMPARE(picker.problem(), message->text());
    QCOMPARE(acceptable.count(), 1);
    QCOMPARE(acceptable.first().first().toBool(), false);
    // The choice is still reported; the composer decides with isAcceptable().
    QCOMPARE(changed.last().first().toDateTime(), edit->dateTime().toUTC());

    edit->setDateTime(localInMinutes(30));
    QVERIFY(picker.isAcceptable());
    QVERIFY(!message->isVisible());
    QCOMPARE(acceptable.count(), 2);
    QCOMPARE(acceptable.last().first().toBool(), true);

    // Turned off, nothing is refused.
    edit->setDateTime(tooSoon);
    QVERIFY(!picker.isAcceptable());
    picker.setScheduled(false);
    QVERIFY(picker.isAcceptable());
    QVERIFY(!message->isVisible());
    QVERIFY(!changed.last().first().toDateTime().isValid());
}

void TestScheduleWidgets::pickerRestoresADraftTime()
{
    SchedulePicker picker;
    const QDateTime when = localInMinutes(24 * 60).toUTC();
    QSignalSpy changed(&picker, &SchedulePicker::scheduleChanged);
    picker.setScheduledAt(when);
    QVERIFY(picker.isScheduled());
    QCOMPARE(picker.scheduledAt(), when);
    QCOMPARE(changed.last().first().toDateTime(), when);
    // Turning it off and on keeps the user's time, not the default.
    picker.setScheduled(false);
    picker.setScheduled(true);
    QCOMPARE(picker.scheduledAt(), when);
    picker.setScheduledAt(QDateTime());
    QVERIFY(!picker.isScheduled());
}

void TestScheduleWidgets::pickerToggledByKeyboard()
{
    SchedulePicker picker;
    QVERIFY(showActive(picker));
    auto *enabled = namedChild<QCheckBox>(&picker, "scheduleEnabled");
    enabled->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), enabled);
    QTest::keyClick(enabled, Qt::Key_Space);
    QVERIFY(picker.isScheduled());
    QTest::keyClick(enabled, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), namedChild<QDateTimeEdit>(&picker, "scheduleDateTime"));
    for (QWidget *control : std::initializer_list<QWidget *>{
             enabled, namedChild<QDateTimeEdit>(&picker, "scheduleDateTime")})
        QVERIFY(!control->accessibleName().isEmpty());
}

void TestScheduleWidgets::dialogListsTheScheduledPost()
{
    auto client = makeClient();
    const QDateTime when = localInMinutes(75);
    const QString id = schedule(*client,
                                QStringLiteral("Hello from the future! The allotment "
                                               "society meets on Saturday at ten."),
                                when);
    QVERIFY(!id.isEmpty());
    ScheduledPosts posts(client.get());
    ScheduledPostsDialog dialog(&posts);
    QVERIFY(showActive(dialog));
    auto *list = namedChild<QTreeWidget>(&dialog, "scheduledPostsList");
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, waitMs);
    QVERIFY(list->isVisible());
    const QTreeWidgetItem *item = list->topLevelItem(0);
    QCOMPARE(item->text(0), ScheduleTimeText::format(when));
    QVERIFY(item->text(1).startsWith(QLatin1String("Hello from the future!")));
    // The first post is selected, its time ready to change.
    QCOMPARE(list->currentItem(), item);
    QCOMPARE(namedChild<QDateTimeEdit>(&dialog, "scheduledNewTime")->dateTime(), when);
    QVERIFY(namedChild<QPushButton>(&dialog, "scheduledChangeTime")->isEnabled());
    QVERIFY(namedChild<QPushButton>(&dialog, "scheduledCancelPost")->isEnabled());
    QVERIFY(!namedChild<QLabel>(&dialog, "scheduledTimeMessage")->isVisible());
}

void TestScheduleWidgets::dialogChangesTheTime()
{
    auto client = makeClient();
    schedule(*client, QStringLiteral("Move me"), localInMinutes(60));
    ScheduledPosts posts(client.get());
    ScheduledPostsDialog dialog(&posts);
    QVERIFY(showActive(dialog));
    auto *list = namedChild<QTreeWidget>(&dialog, "scheduledPostsList");
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, waitMs);

    const QDateTime moved = localInMinutes(3 * 60);
    namedChild<QDateTimeEdit>(&dialog, "scheduledNewTime")->setDateTime(moved);
    QTest::mouseClick(namedChild<QPushButton>(&dialog, "scheduledChangeTime"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(QDateTime::fromString(m_sandbox.scheduledStatuses()
                                                        .first()
                                                        .toObject()
                                                        .value(QLatin1String("scheduled_at"))
                                                        .toString(),
                                                    Qt::ISODateWithMs),
                              moved.toUTC(), waitMs);
    QTRY_COMPARE(list->topLevelItem(0)->text(0), ScheduleTimeText::format(moved));
    QVERIFY(namedChild<QLabel>(&dialog, "scheduledStatus")
                ->text()
                .contains(ScheduleTimeText::format(moved)));
}

void TestScheduleWidgets::dialogRefusesTooSoonWithoutAsking()
{
    auto client = makeClient();
    const QDateTime original = localInMinutes(60);
    schedule(*client, QStringLiteral("Not so fast"), original);
    ScheduledPosts posts(client.get());
    ScheduledPostsDialog dialog(&posts);
    QVERIFY(showActive(dialog));
    QTRY_COMPARE_WITH_TIMEOUT(
        namedChild<QTreeWidget>(&dialog, "scheduledPostsList")->topLevelItemCount(), 1, waitMs);
    const int requestsBefore = int(m_sandbox.requests().size());

    namedChild<QDateTimeEdit>(&dialog, "scheduledNewTime")
        ->setDateTime(QDateTime::currentDateTime().addSecs(120));
    auto *message = namedChild<QLabel>(&dialog, "scheduledTimeMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("too soon")), qPrintable(message->text()));
    QTest::mouseClick(namedChild<QPushButton>(&dialog, "scheduledChangeTime"), Qt::LeftButton);
    // Nothing was sent; the server still has the old time. Fixed wait: checks that no
    // request goes out late.
    QTest::qWait(200);
    QCOMPARE(int(m_sandbox.requests().size()), requestsBefore);
    QCOMPARE(QDateTime::fromString(m_sandbox.scheduledStatuses()
                                       .first()
                                       .toObject()
                                       .value(QLatin1String("scheduled_at"))
                                       .toString(),
                                   Qt::ISODateWithMs),
             original.toUTC());
}

void TestScheduleWidgets::dialogCancelsAfterConfirmation()
{
    auto client = makeClient();
    schedule(*client, QStringLiteral("Cancel me"), localInMinutes(45));
    ScheduledPosts posts(client.get());
    ScheduledPostsDialog dialog(&posts);
    QVERIFY(showActive(dialog));
    auto *list = namedChild<QTreeWidget>(&dialog, "scheduledPostsList");
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, waitMs);
    auto *cancel = namedChild<QPushButton>(&dialog, "scheduledCancelPost");

    // "Keep It" keeps it.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QMessageBox *confirmation = nullptr;
    QTRY_VERIFY(
        (confirmation = dialog.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation"))) &&
        confirmation->isVisible());
    QVERIFY(confirmation->text().contains(ScheduleTimeText::format(localInMinutes(45))));
    QTest::mouseClick(namedChild<QPushButton>(confirmation, "keepPost"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation")));
    // Fixed wait: checks that no cancellation reaches the server late.
    QTest::qWait(200);
    QCOMPARE(m_sandbox.scheduledStatuses().size(), 1);

    // "Cancel Post" cancels it on the server, and the list says it is empty.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(
        (confirmation = dialog.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation"))) &&
        confirmation->isVisible());
    QTest::mouseClick(namedChild<QPushButton>(confirmation, "confirmCancelPost"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.scheduledStatuses().size(), 0, waitMs);
    auto *state = namedChild<QLabel>(&dialog, "scheduledPostsState");
    QTRY_VERIFY(state->isVisible());
    QVERIFY(state->text().startsWith(QLatin1String("No scheduled posts")));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!namedChild<QPushButton>(&dialog, "scheduledChangeTime")->isEnabled());
}

void TestScheduleWidgets::dialogShowsEmptyAndErrorStates()
{
    auto client = makeClient();
    m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/api/v1/scheduled_statuses")},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), 503}});
    ScheduledPosts posts(client.get());
    ScheduledPostsDialog dialog(&posts);
    QVERIFY(showActive(dialog));
    auto *state = namedChild<QLabel>(&dialog, "scheduledPostsState");
    // Loading first, then the error, in words.
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QLatin1String("could not be loaded")), waitMs);
    QVERIFY(state->isVisible());
    QVERIFY2(state->text().contains(QLatin1String("HTTP 503")), qPrintable(state->text()));
    auto *refresh = namedChild<QPushButton>(&dialog, "scheduledRefresh");
    QVERIFY(refresh->isEnabled());

    // The fault was used up: Refresh now finds the empty list.
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QLatin1String("No scheduled posts")), waitMs);
    QVERIFY(state->isVisible());

    // And a post scheduled meanwhile shows up on the next refresh.
    schedule(*client, QStringLiteral("Appears later"), localInMinutes(20));
    QTest::mouseClick(refresh, Qt::LeftButton);
    auto *list = namedChild<QTreeWidget>(&dialog, "scheduledPostsList");
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, waitMs);
    QVERIFY(list->isVisible());
}

void TestScheduleWidgets::screenshotOfTheScheduledPostsIsSaved()
{
    auto client = makeClient();
    schedule(*client,
             QStringLiteral("Hello from the future! The allotment society meets on Saturday at "
                            "ten, by the big shed. Bring gloves and something to share."),
             localInMinutes(75));
    schedule(*client, QStringLiteral("Reminder: seed swap next week."), localInMinutes(26 * 60));
    schedule(*client, QStringLiteral("Photos from the harvest festival are up on the website."),
             localInMinutes(3 * 24 * 60 + 30));
    ScheduledPosts posts(client.get());
    ScheduledPostsDialog dialog(&posts);
    QVERIFY(showActive(dialog));
    QTRY_COMPARE_WITH_TIMEOUT(
        namedChild<QTreeWidget>(&dialog, "scheduledPostsList")->topLevelItemCount(), 3, waitMs);
    const QString path = QStringLiteral("/tmp/posthorn-scheduled-posts.png");
    QVERIFY(dialog.grab().save(path));
    qInfo().noquote() << "screenshot:" << path;
}

QTEST_MAIN(TestScheduleWidgets)
#include "tst_schedulewidgets.moc"
