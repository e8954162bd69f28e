// ScheduledPosts over real HTTP against the sandbox: the list (all pages), moving a post
// to another time, cancelling, and the server's own 422 for a time too soon.
#include "api/apiclient.h"
#include "api/apiresult.h"
#include "api/scheduledstatus.h"
#include "schedule/scheduledposts.h"

#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

constexpr int waitMs = 20000;
const QString listPath = QStringLiteral("/api/v1/scheduled_statuses");

// Whole seconds, as a user picks them and as they survive the round trip.
QDateTime inMinutes(int minutes)
{
    QDateTime when = QDateTime::currentDateTimeUtc().addSecs(minutes * 60);
    when.setTime(QTime(when.time().hour(), when.time().minute(), when.time().second()));
    return when;
}

} // namespace

class TestScheduledPosts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void refreshListsTheScheduledPost();
    void refreshFollowsEveryPage();
    void noScheduledPostsGiveAnEmptyList();
    void rescheduleChangesTheServer();
    void tooSoonIsRefusedByTheServer();
    void cancelRemovesIt();
    void cancelOfAPostAlreadyGoneCountsAsDone();
    void refreshWithoutReadScopeFails();

private:
    std::unique_ptr<ApiClient> makeClient(const QString &scopes = QStringLiteral("read write"));
    // POST /api/v1/statuses with scheduled_at, as the composer does; returns its id.
    QString schedule(ApiClient &client, const QString &text, const QDateTime &when);

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestScheduledPosts::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
}

void TestScheduledPosts::init()
{
    m_sandbox.reset();
}

std::unique_ptr<ApiClient> TestScheduledPosts::makeClient(const QString &scopes)
{
    auto client = std::make_unique<ApiClient>(&m_nam, m_sandbox.baseUrl());
    client->setAccessToken(m_sandbox.mintToken(scopes));
    return client;
}

QString TestScheduledPosts::schedule(ApiClient &client, const QString &text, const QDateTime &when)
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

void TestScheduledPosts::refreshListsTheScheduledPost()
{
    auto client = makeClient();
    const QDateTime later = inMinutes(90);
    const QDateTime sooner = inMinutes(30);
    const QString laterId = schedule(*client, QStringLiteral("Later post"), later);
    const QString soonerId = schedule(*client, QStringLiteral("Sooner post"), sooner);
    QVERIFY(!laterId.isEmpty() && !soonerId.isEmpty());

    ScheduledPosts posts(client.get());
    QSignalSpy loaded(&posts, &ScheduledPosts::loaded);
    QSignalSpy failed(&posts, &ScheduledPosts::failed);
    posts.refresh();
    QVERIFY(posts.isRefreshing());
    QVERIFY(loaded.wait(waitMs));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!posts.isRefreshing());

    const auto list = loaded.first().first().value<QList<ScheduledStatus>>();
    QCOMPARE(list.size(), 2);
    // Soonest first, whatever order the server used.
    QCOMPARE(list.at(0).id, soonerId);
    QCOMPARE(list.at(0).text, QStringLiteral("Sooner post"));
    QCOMPARE(list.at(0).scheduledAt, sooner);
    QCOMPARE(list.at(1).id, laterId);
    QCOMPARE(list.at(1).scheduledAt, later);
    QCOMPARE(posts.posts().size(), 2);
}

void TestScheduledPosts::refreshFollowsEveryPage()
{
    auto client = makeClient();
    constexpr int count = ScheduledPosts::pageSize + 5;
    // An hour apart: Mastodon takes at most 25 scheduled posts for one day.
    for (int i = 0; i < count; ++i) {
        QVERIFY(
            !schedule(*client, QStringLiteral("Post %1").arg(i), inMinutes(10 + 60 * i)).isEmpty());
    }

    ScheduledPosts posts(client.get());
    QSignalSpy loaded(&posts, &ScheduledPosts::loaded);
    posts.refresh();
    QVERIFY(loaded.wait(waitMs));
    const auto list = loaded.first().first().value<QList<ScheduledStatus>>();
    QCOMPARE(list.size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(list.at(i).text, QStringLiteral("Post %1").arg(i));

    // Two pages, the second one from the Link header's max_id.
    const QList<QJsonObject> gets = m_sandbox.requestsUnder(listPath, "GET");
    QCOMPARE(gets.size(), 2);
    QVERIFY(!gets.at(0).value(QLatin1String("query")).toString().contains(QLatin1String("max_id")));
    QVERIFY2(gets.at(1).value(QLatin1String("query")).toString().contains(QLatin1String("max_id=")),
             qPrintable(gets.at(1).value(QLatin1String("query")).toString()));
}

void TestScheduledPosts::noScheduledPostsGiveAnEmptyList()
{
    auto client = makeClient();
    ScheduledPosts posts(client.get());
    QSignalSpy loaded(&posts, &ScheduledPosts::loaded);
    posts.refresh();
    QVERIFY(loaded.wait(waitMs));
    QVERIFY(loaded.first().first().value<QList<ScheduledStatus>>().isEmpty());
}

void TestScheduledPosts::rescheduleChangesTheServer()
{
    auto client = makeClient();
    const QString id = schedule(*client, QStringLiteral("Move me"), inMinutes(60));
    ScheduledPosts posts(client.get());
    QSignalSpy loaded(&posts, &ScheduledPosts::loaded);
    posts.refresh();
    QVERIFY(loaded.wait(waitMs));

    const QDateTime moved = inMinutes(180);
    QSignalSpy rescheduled(&posts, &ScheduledPosts::rescheduled);
    QSignalSpy failed(&posts, &ScheduledPosts::failed);
    // Given in a zone other than UTC: only the instant matters.
    posts.reschedule(id, moved.toTimeZone(QTimeZone(3600)));
    QVERIFY(posts.isBusy(id));
    QVERIFY(rescheduled.wait(waitMs));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!posts.isBusy(id));
    const auto post = rescheduled.first().first().value<ScheduledStatus>();
    QCOMPARE(post.id, id);
    QCOMPARE(post.scheduledAt, moved);
    QCOMPARE(posts.posts().first().scheduledAt, moved);

    const QJsonArray onServer = m_sandbox.scheduledStatuses();
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(QDateTime::fromString(
                 onServer.first().toObject().value(QLatin1String("scheduled_at")).toString(),
                 Qt::ISODateWithMs),
             moved);
}

void TestScheduledPosts::tooSoonIsRefusedByTheServer()
{
    auto client = makeClient();
    const QDateTime original = inMinutes(60);
    const QString id = schedule(*client, QStringLiteral("Not so fast"), original);
    ScheduledPosts posts(client.get());
    QSignalSpy rescheduled(&posts, &ScheduledPosts::rescheduled);
    QSignalSpy failed(&posts, &ScheduledPosts::failed);
    posts.reschedule(id, inMinutes(2));
    QVERIFY(failed.wait(waitMs));
    QCOMPARE(rescheduled.count(), 0);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(
        error.serverMessage,
        QStringLiteral("Validation failed: Scheduled at The scheduled date must be in the future"));
    QCOMPARE(error.message, error.serverMessage);
    QVERIFY(!posts.isBusy(id));

    const QJsonArray onServer = m_sandbox.scheduledStatuses();
    QCOMPARE(QDateTime::fromString(
                 onServer.first().toObject().value(QLatin1String("scheduled_at")).toString(),
                 Qt::ISODateWithMs),
             original);
}

void TestScheduledPosts::cancelRemovesIt()
{
    auto client = makeClient();
    const QString keep = schedule(*client, QStringLiteral("Keep"), inMinutes(60));
    const QString drop = schedule(*client, QStringLiteral("Drop"), inMinutes(30));
    ScheduledPosts posts(client.get());
    QSignalSpy loaded(&posts, &ScheduledPosts::loaded);
    posts.refresh();
    QVERIFY(loaded.wait(waitMs));
    QCOMPARE(posts.posts().size(), 2);

    QSignalSpy cancelled(&posts, &ScheduledPosts::cancelled);
    QSignalSpy failed(&posts, &ScheduledPosts::failed);
    posts.cancel(drop);
    QVERIFY(cancelled.wait(waitMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(cancelled.first().first().toString(), drop);
    QCOMPARE(posts.posts().size(), 1);
    QCOMPARE(posts.posts().first().id, keep);

    const QJsonArray onServer = m_sandbox.scheduledStatuses();
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().toObject().value(QLatin1String("id")).toString(), keep);
    QCOMPARE(m_sandbox.requestsUnder(listPath + QLatin1Char('/') + drop, "DELETE").size(), 1);
}

void TestScheduledPosts::cancelOfAPostAlreadyGoneCountsAsDone()
{
    auto client = makeClient();
    ScheduledPosts posts(client.get());
    QSignalSpy cancelled(&posts, &ScheduledPosts::cancelled);
    QSignalSpy failed(&posts, &ScheduledPosts::failed);
    // Published or cancelled elsewhere in the meantime: the server says 404.
    posts.cancel(QStringLiteral("999999"));
    QVERIFY(cancelled.wait(waitMs));
    QCOMPARE(failed.count(), 0);
}

void TestScheduledPosts::refreshWithoutReadScopeFails()
{
    auto client = makeClient(QStringLiteral("write:media"));
    ScheduledPosts posts(client.get());
    QSignalSpy loaded(&posts, &ScheduledPosts::loaded);
    QSignalSpy failed(&posts, &ScheduledPosts::failed);
    posts.refresh();
    QVERIFY(failed.wait(waitMs));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Forbidden);
}

QTEST_GUILESS_MAIN(TestScheduledPosts)
#include "tst_scheduledposts.moc"
