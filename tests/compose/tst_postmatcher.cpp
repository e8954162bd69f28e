// Which status on the profile is the outbox's uncertain part: the text as the server
// renders it, the reply target, the content warning and the time it was sent.
#include "outbox/postmatcher.h"

#include <QtTest>

namespace {

const QDateTime sentAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());

} // namespace

class TestPostMatcher : public QObject
{
    Q_OBJECT

private slots:
    void statusMatchesOnlyThePartItIs_data();
    void statusMatchesOnlyThePartItIs();
    void scheduledStatusMatchesTextAndTime();
    void findReturnsTheMatchingStatus();
    void remoteMentionMatchesHowMastodonShowsIt();
};

void TestPostMatcher::statusMatchesOnlyThePartItIs_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("spoiler");
    QTest::addColumn<QString>("inReplyTo");
    QTest::addColumn<int>("secondsAfterSending");
    QTest::addColumn<bool>("reblog");
    QTest::addColumn<bool>("matches");

    const QString text = QStringLiteral("<p>Tea &amp; cake<br />at four</p><p>All welcome</p>");
    QTest::newRow("same post, rendered as HTML") << text << ""
                                                 << "" << 2 << false << true;
    QTest::newRow("clock a little behind") << text << ""
                                           << "" << -30 << false << true;
    QTest::newRow("made before it was sent") << text << ""
                                             << "" << -3600 << false << false;
    QTest::newRow("made late within the key's hour") << text << ""
                                                     << "" << 58 * 60 << false << true;
    QTest::newRow("made a day later") << text << ""
                                      << "" << 86400 << false << false;
    QTest::newRow("other words") << "<p>Tea and cake at four</p>"
                                 << ""
                                 << "" << 2 << false << false;
    QTest::newRow("a different reply target") << text << ""
                                              << "99" << 2 << false << false;
    QTest::newRow("a content warning it did not have") << text << "food"
                                                       << "" << 2 << false << false;
    QTest::newRow("a boost of it") << text << ""
                                   << "" << 2 << true << false;
}

void TestPostMatcher::statusMatchesOnlyThePartItIs()
{
    QFETCH(QString, content);
    QFETCH(QString, spoiler);
    QFETCH(QString, inReplyTo);
    QFETCH(int, secondsAfterSending);
    QFETCH(bool, reblog);
    QFETCH(bool, matches);

    PostMatcher matcher;
    matcher.text = QStringLiteral("Tea & cake\nat four\n\nAll welcome");
    matcher.sentAt = sentAt;
    Status status;
    status.id = QStringLiteral("7");
    status.content = content;
    status.spoilerText = spoiler;
    status.inReplyToId = inReplyTo;
    status.createdAt = sentAt.addSecs(secondsAfterSending);
    if (reblog)
        status.reblog = std::make_shared<Status>(status);
    QCOMPARE(matcher.matches(status), matches);
}

void TestPostMatcher::scheduledStatusMatchesTextAndTime()
{
    PostMatcher matcher;
    matcher.text = QStringLiteral("Later, gator");
    matcher.sentAt = sentAt;
    matcher.scheduledAt = sentAt.addDays(1);
    ScheduledStatus scheduled;
    scheduled.text = QStringLiteral("Later,  gator ");
    scheduled.scheduledAt = matcher.scheduledAt;
    QVERIFY(matcher.matches(scheduled));
    scheduled.scheduledAt = matcher.scheduledAt.addSecs(3600);
    QVERIFY(!matcher.matches(scheduled));
    scheduled.scheduledAt = matcher.scheduledAt;
    scheduled.text = QStringLiteral("Later, alligator");
    QVERIFY(!matcher.matches(scheduled));

    // Published when it was due, long after it was sent: still this part.
    Status published;
    published.content = QStringLiteral("<p>Later, gator</p>");
    published.createdAt = matcher.scheduledAt.addSecs(20);
    QVERIFY(matcher.matches(published));
}

void TestPostMatcher::findReturnsTheMatchingStatus()
{
    PostMatcher matcher;
    matcher.text = QStringLiteral("second");
    matcher.inReplyToId = QStringLiteral("1");
    matcher.sentAt = sentAt;
    Status first;
    first.id = QStringLiteral("1");
    first.content = QStringLiteral("<p>first</p>");
    first.createdAt = sentAt.addSecs(-5);
    Status second;
    second.id = QStringLiteral("2");
    second.content = QStringLiteral("<p>second</p>");
    second.inReplyToId = QStringLiteral("1");
    second.createdAt = sentAt.addSecs(1);
    const auto found = matcher.find(QList<Status>{second, first});
    QVERIFY(found);
    QCOMPARE(found->id, QStringLiteral("2"));
    QVERIFY(!matcher.find(QList<Status>{first}));
}

void TestPostMatcher::remoteMentionMatchesHowMastodonShowsIt()
{
    PostMatcher matcher;
    matcher.text = QStringLiteral("Thanks @bob@remote.example and @alice!");
    matcher.sentAt = sentAt;
    Status status;
    status.id = QStringLiteral("7");
    status.createdAt = sentAt.addSecs(2);
    // Mastodon's markup: the other server's account shown as @bob.
    status.content = QStringLiteral(
        "<p>Thanks <span class=\"h-card\" translate=\"no\"><a href=\"https://remote.example/@bob\" "
        "class=\"u-url mention\">@<span>bob</span></a></span> and <span class=\"h-card\" "
        "translate=\"no\"><a href=\"https://sandbox.invalid/@alice\" class=\"u-url "
        "mention\">@<span>alice</span></a></span>!</p>");
    QVERIFY(matcher.matches(status));
    // Shown in full where two mentioned accounts share the name.
    status.content = QStringLiteral("<p>Thanks @<span>bob@remote.example</span> and "
                                    "@<span>alice</span>!</p>");
    QVERIFY(matcher.matches(status));
    // Another account is still another post.
    status.content = QStringLiteral("<p>Thanks @<span>rob</span> and @<span>alice</span>!</p>");
    QVERIFY(!matcher.matches(status));
}

QTEST_GUILESS_MAIN(TestPostMatcher)
#include "tst_postmatcher.moc"
