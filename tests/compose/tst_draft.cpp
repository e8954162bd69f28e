// Drafts on disk and the checks before Post: pure logic and files, no network.
#include "compose/draftautosave.h"
#include "compose/draftcheck.h"
#include "compose/draftstore.h"
#include "outbox/statusrequest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDraft : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField();
    void storeWritesWholeFilesOnly();
    void autosaveWritesSoonAndOnFlush();
    void draftCheckNamesTheFirstProblem_data();
    void draftCheckNamesTheFirstProblem();
    void requestBodyCarriesEveryChoiceOfItsPart();
    void quoteGoesOutWithItsPolicyOnTheFirstPartOnly();
};

namespace {

Draft fullDraft()
{
    Draft draft;
    draft.accountKey = QStringLiteral("https://example.social/42");
    draft.parts = {QStringLiteral("first 🐘"), QStringLiteral("second")};
    draft.contentWarning = true;
    draft.spoilerText = QStringLiteral("spoiler");
    draft.visibility = QStringLiteral("private");
    draft.language = QStringLiteral("de");
    draft.sensitive = true;
    draft.attachments = {DraftAttachment{QStringLiteral("/tmp/a.png"), QStringLiteral("7"),
                                         QStringLiteral("alt"), QStringLiteral("-0.50,0.25")}};
    draft.poll = DraftPoll{{QStringLiteral("a"), QStringLiteral("b")}, 3600, true, true};
    draft.scheduledAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    DraftLink link;
    link.kind = DraftLink::Kind::Quote;
    link.url = QUrl(QStringLiteral("https://a.example/@alice/1"));
    link.statusId = QStringLiteral("1234");
    link.authorName = QStringLiteral("Alice");
    link.authorAcct = QStringLiteral("alice@a.example");
    link.text = QStringLiteral("<b>not markup</b>");
    link.mediaCount = 2;
    link.quotePolicy = QStringLiteral("followers");
    draft.link = link;
    return draft;
}

} // namespace

void TestDraft::roundTripsEveryField()
{
    const Draft draft = fullDraft();
    QCOMPARE(Draft::fromJson(draft.toJson()), draft);
    QVERIFY(Draft().isBlank());
    QVERIFY(!draft.isBlank());
    Draft onlyWarning;
    onlyWarning.spoilerText = QStringLiteral("cw typed, nothing else");
    QVERIFY(!onlyWarning.isBlank());
}

void TestDraft::storeWritesWholeFilesOnly()
{
    QTemporaryDir dir;
    const DraftStore store(dir.filePath(QStringLiteral("drafts")));
    QVERIFY(store.save(QStringLiteral("main"), fullDraft()));
    QCOMPARE(store.load(QStringLiteral("main")), fullDraft());
    // Only the draft itself is in the folder: QSaveFile left no temporary behind.
    QCOMPARE(QDir(store.directory()).entryList(QDir::Files),
             QStringList{QStringLiteral("main.json")});

    // A damaged file gives an empty draft, not a crash or garbage.
    QFile file(store.directory() + QStringLiteral("/broken.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"parts\": [\"cut");
    file.close();
    QCOMPARE(store.load(QStringLiteral("broken")), Draft());

    // An unwritable folder is reported, not ignored.
    const DraftStore blocked(QStringLiteral("/proc/posthorn-cannot-write-here"));
    QString error;
    QVERIFY(!blocked.save(QStringLiteral("main"), fullDraft(), &error));
    QVERIFY(!error.isEmpty());
}

void TestDraft::autosaveWritesSoonAndOnFlush()
{
    QTemporaryDir dir;
    const DraftStore store(dir.path());
    DraftAutosave autosave(store, QStringLiteral("main"));
    autosave.setDelay(std::chrono::milliseconds(50));
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    Draft draft;
    draft.parts = {QStringLiteral("typing")};
    autosave.changed(draft);
    QVERIFY(saved.wait(2000));
    QCOMPARE(store.load(QStringLiteral("main")).parts, QStringList{QStringLiteral("typing")});

    // Opening and closing without a change leaves the saved draft alone.
    {
        DraftAutosave untouched(store, QStringLiteral("main"));
        QVERIFY(untouched.flush());
    }
    QCOMPARE(store.load(QStringLiteral("main")).parts, QStringList{QStringLiteral("typing")});

    // Quitting right after a keystroke: flush writes it without waiting.
    draft.parts = {QStringLiteral("typing more")};
    autosave.changed(draft);
    autosave.flush();
    QCOMPARE(store.load(QStringLiteral("main")).parts, QStringList{QStringLiteral("typing more")});
}

void TestDraft::draftCheckNamesTheFirstProblem_data()
{
    QTest::addColumn<Draft>("draft");
    QTest::addColumn<QString>("expected"); // part of the first problem; empty: none

    const auto text = [](const QString &value) {
        Draft draft;
        draft.parts = {value};
        return draft;
    };
    QTest::newRow("empty") << text(QString()) << QStringLiteral("Write something");
    QTest::newRow("spaces only") << text(QStringLiteral("   \n"))
                                 << QStringLiteral("Write something");
    QTest::newRow("plain") << text(QStringLiteral("hello")) << QString();
    QTest::newRow("at the limit") << text(QString(500, QLatin1Char('a'))) << QString();
    QTest::newRow("one over") << text(QString(501, QLatin1Char('a')))
                              << QStringLiteral("1 over the character limit");
    Draft warned = text(QString(495, QLatin1Char('a')));
    warned.contentWarning = true;
    warned.spoilerText = QStringLiteral("123456");
    QTest::newRow("warning counts") << warned << QStringLiteral("1 over the character limit");
    warned.contentWarning = false;
    QTest::newRow("warning off does not count") << warned << QString();
    Draft media = text(QString());
    media.attachments = {DraftAttachment{QStringLiteral("/a.png"), QStringLiteral("1"), {}}};
    QTest::newRow("media without text") << media << QString();
    Draft both = media;
    both.parts = {QStringLiteral("Which?")};
    both.poll = DraftPoll{{QStringLiteral("a"), QStringLiteral("b")}, 3600, false, false};
    QTest::newRow("media and poll") << both << QStringLiteral("media or a poll");
    Draft five = text(QStringLiteral("x"));
    for (int i = 0; i < 5; ++i)
        five.attachments.append(DraftAttachment{QStringLiteral("/a.png"), QString::number(i), {}});
    QTest::newRow("five attachments") << five << QStringLiteral("4 at most");
    Draft longAlt = media;
    longAlt.attachments.first().description = QString(1501, QLatin1Char('d'));
    QTest::newRow("alt text too long") << longAlt << QStringLiteral("description");
    Draft poll = text(QStringLiteral("Which?"));
    poll.poll = DraftPoll{{QStringLiteral("a"), QStringLiteral("b")}, 3600, false, false};
    QTest::newRow("poll") << poll << QString();
    poll.poll->options = {QStringLiteral("same"), QStringLiteral("same ")};
    QTest::newRow("poll duplicates") << poll << QStringLiteral("the same");
    poll.poll->options = {QStringLiteral("a")};
    QTest::newRow("poll one choice") << poll << QStringLiteral("at least two");
    poll.poll->options = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("d"), QStringLiteral("e")};
    QTest::newRow("poll five choices") << poll << QStringLiteral("4 at most");
    poll.poll->options = {QStringLiteral("a"), QString(51, QLatin1Char('b'))};
    QTest::newRow("poll choice too long") << poll << QStringLiteral("limit of 50");
    poll.poll->options = {QStringLiteral("a"),
                          QStringLiteral("👨‍👩‍👧‍👦").repeated(50)};
    QTest::newRow("poll choice of 50 emoji") << poll << QString();
    poll.poll->options = {QStringLiteral("a"), QStringLiteral("b")};
    poll.poll->expiresIn = 60;
    QTest::newRow("poll too short") << poll << QStringLiteral("must run");
    Draft pollNoQuestion = text(QString());
    pollNoQuestion.poll = DraftPoll{{QStringLiteral("a"), QStringLiteral("b")}, 3600, false, false};
    QTest::newRow("poll without question") << pollNoQuestion << QStringLiteral("question");
    Draft thread = text(QStringLiteral("one"));
    thread.parts.append(QString());
    QTest::newRow("empty second post") << thread << QStringLiteral("Post 2");
    thread.parts.last() = QString(501, QLatin1Char('x'));
    QTest::newRow("second post too long")
        << thread << QStringLiteral("Post 2 of the thread is 1 over");
    thread.parts.last() = QStringLiteral("two");
    thread.scheduledAt = QDateTime::currentDateTimeUtc().addDays(1);
    QTest::newRow("scheduled thread") << thread << QStringLiteral("cannot be scheduled");
}

void TestDraft::draftCheckNamesTheFirstProblem()
{
    QFETCH(Draft, draft);
    QFETCH(QString, expected);
    const QStringList found = DraftCheck::problems(draft, InstanceConfiguration());
    if (expected.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('|'))));
    } else {
        QVERIFY2(!found.isEmpty(), "no problem found");
        QVERIFY2(found.first().contains(expected), qPrintable(found.join(QLatin1Char('|'))));
    }
}

void TestDraft::requestBodyCarriesEveryChoiceOfItsPart()
{
    const Draft draft = fullDraft();
    const QJsonObject first = StatusRequest::body(draft, 0, QString());
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("first 🐘"));
    QCOMPARE(first.value(QLatin1String("spoiler_text")).toString(), QStringLiteral("spoiler"));
    QCOMPARE(first.value(QLatin1String("visibility")).toString(), QStringLiteral("private"));
    QCOMPARE(first.value(QLatin1String("language")).toString(), QStringLiteral("de"));
    QCOMPARE(first.value(QLatin1String("media_ids")).toArray(), QJsonArray{QStringLiteral("7")});
    QCOMPARE(first.value(QLatin1String("sensitive")).toBool(), true);
    // Media win over a poll the UI would not have allowed alongside them.
    QVERIFY(!first.contains(QLatin1String("poll")));
    QCOMPARE(first.value(QLatin1String("scheduled_at")).toString(),
             QStringLiteral("2030-01-02T03:04:05.000Z"));
    QVERIFY(!first.contains(QLatin1String("in_reply_to_id")));

    const QJsonObject second = StatusRequest::body(draft, 1, QStringLiteral("99"));
    QCOMPARE(second.value(QLatin1String("status")).toString(), QStringLiteral("second"));
    QCOMPARE(second.value(QLatin1String("in_reply_to_id")).toString(), QStringLiteral("99"));
    QCOMPARE(second.value(QLatin1String("spoiler_text")).toString(), QStringLiteral("spoiler"));
    QVERIFY(!second.contains(QLatin1String("media_ids")));

    Draft poll;
    poll.parts = {QStringLiteral("Q?")};
    poll.poll = DraftPoll{{QStringLiteral(" a "), QStringLiteral("b")}, 900, true, false};
    const QJsonObject pollBody = StatusRequest::body(poll, 0, QString());
    const QJsonObject sent = pollBody.value(QLatin1String("poll")).toObject();
    QCOMPARE(sent.value(QLatin1String("options")).toArray(),
             (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(sent.value(QLatin1String("expires_in")).toInt(), 900);
    QCOMPARE(sent.value(QLatin1String("multiple")).toBool(), true);
    QVERIFY(!pollBody.contains(QLatin1String("spoiler_text")));
}

void TestDraft::quoteGoesOutWithItsPolicyOnTheFirstPartOnly()
{
    const Draft draft = fullDraft();
    const QJsonObject first = StatusRequest::body(draft, 0, QString());
    QCOMPARE(first.value(QLatin1String("quoted_status_id")).toString(), QStringLiteral("1234"));
    QCOMPARE(first.value(QLatin1String("quote_approval_policy")).toString(),
             QStringLiteral("followers"));
    QVERIFY(!first.contains(QLatin1String("in_reply_to_id")));
    const QJsonObject second = StatusRequest::body(draft, 1, QStringLiteral("99"));
    QVERIFY(!second.contains(QLatin1String("quoted_status_id")));

    // A damaged link keeps the file from being read as a draft without it.
    QJsonObject damaged = draft.toJson();
    damaged.insert(QStringLiteral("link"), QJsonObject{{QStringLiteral("kind"), 3}});
    QVERIFY(!Draft::isIntact(damaged));
    QVERIFY(Draft::isIntact(draft.toJson()));
}

QTEST_GUILESS_MAIN(TestDraft)
#include "tst_draft.moc"
