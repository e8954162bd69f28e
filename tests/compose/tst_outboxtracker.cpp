// What a composer does with the outbox after Post, without widgets, over real HTTP
// against the sandbox: the entry followed until it is posted, refused text coming back
// (and staying in the outbox while it cannot be saved elsewhere), the status while it
// waits, and letting go of an entry until it leaves the outbox.
#include "api/apiclient.h"
#include "outbox/outbox.h"
#include "outbox/outboxstore.h"
#include "outbox/outboxtracker.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int waitMs = 15000;
const QString accountKey = QStringLiteral("sandbox/demo");
const QString statusesPath = QStringLiteral("/api/v1/statuses");

Draft draftWith(const QString &text)
{
    Draft draft;
    draft.accountKey = accountKey;
    draft.parts = {text};
    return draft;
}

} // namespace

class TestOutboxTracker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void submittedPostIsFollowedUntilPosted();
    void refusedPostComesBackAndLeavesTheOutbox();
    void refusedTextThatCannotBeSavedStaysInTheOutbox();
    void waitingPostSaysWhenItTriesAgainAndMayBeLetGo();
    void letGoEntryReportsWhenItIsDiscarded();
    void letGoEntryPostedLaterReportsLeavingAndNotPosted();
    void unauthorizedPostAsksForSignIn();
    void takeBackForEditEmptiesTheOutbox();

private:
    // The next POST /api/v1/statuses answers with this HTTP status.
    void failStatusPost(int status);
    // The server refuses posts over ten characters.
    void limitToTenCharacters();

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
    // What came back to the "composer", and whether saving it there works.
    QList<Draft> m_takenBack;
    bool m_canSave = true;
};

void TestOutboxTracker::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
}

void TestOutboxTracker::init()
{
    m_sandbox.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_client = std::make_unique<ApiClient>(&m_nam, m_sandbox.baseUrl());
    m_client->setAccessToken(m_sandbox.mintToken());
    m_outbox = std::make_unique<Outbox>(OutboxStore(m_dir->path()));
    m_outbox->setClient(accountKey, m_client.get());
    m_takenBack.clear();
    m_canSave = true;
}

void TestOutboxTracker::cleanup()
{
    m_outbox.reset();
    m_client.reset();
    m_dir.reset();
}

void TestOutboxTracker::failStatusPost(int status)
{
    m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), statusesPath},
                        {QStringLiteral("kind"), QStringLiteral("status")},
                        {QStringLiteral("status"), status}});
}

void TestOutboxTracker::limitToTenCharacters()
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/instance"),
                      {{QStringLiteral("configuration"),
                        QJsonObject{{QStringLiteral("statuses"),
                                     QJsonObject{{QStringLiteral("max_characters"), 10}}}}}});
}

void TestOutboxTracker::submittedPostIsFollowedUntilPosted()
{
    OutboxTracker tracker(m_outbox.get(), [](const Draft &) { return true; });
    QSignalSpy pending(&tracker, &OutboxTracker::pendingEntryChanged);
    QSignalSpy posted(&tracker, &OutboxTracker::posted);
    QVERIFY(tracker.submit(draftWith(QStringLiteral("followed"))));
    QVERIFY(tracker.isPending());
    QCOMPARE(pending.count(), 1);
    QCOMPARE(pending.first().first().toString(), tracker.pendingEntryId());
    QVERIFY(m_outbox->entry(tracker.pendingEntryId()));

    QVERIFY(posted.wait(waitMs));
    const QJsonArray statuses = m_sandbox.statuses();
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(posted.first().at(0).toUrl().toString(),
             statuses.first().toObject().value(QLatin1String("url")).toString());
    QVERIFY(!tracker.isPending());
    QCOMPARE(pending.last().first().toString(), QString());
}

void TestOutboxTracker::refusedPostComesBackAndLeavesTheOutbox()
{
    limitToTenCharacters();
    OutboxTracker tracker(m_outbox.get(), [this](const Draft &draft) {
        m_takenBack.append(draft);
        return m_canSave;
    });
    QSignalSpy tookBack(&tracker, &OutboxTracker::tookBack);
    const QString text = QStringLiteral("This is longer than ten characters");
    QVERIFY(tracker.submit(draftWith(text)));

    QVERIFY(tookBack.wait(waitMs));
    QCOMPARE(m_takenBack.size(), 1);
    QCOMPARE(m_takenBack.first().parts, QStringList{text});
    // The server's reason goes with it.
    const QString problem = tookBack.first().first().toString();
    QVERIFY2(problem.contains(QLatin1String("character limit")), qPrintable(problem));
    QVERIFY(!tracker.isPending());
    QVERIFY(m_outbox->entries().isEmpty());
    QCOMPARE(m_sandbox.statuses().size(), 0);
}

void TestOutboxTracker::refusedTextThatCannotBeSavedStaysInTheOutbox()
{
    limitToTenCharacters();
    m_canSave = false;
    OutboxTracker tracker(m_outbox.get(), [this](const Draft &draft) {
        m_takenBack.append(draft);
        return m_canSave;
    });
    QSignalSpy problem(&tracker, &OutboxTracker::problem);
    QSignalSpy tookBack(&tracker, &OutboxTracker::tookBack);
    QVERIFY(tracker.submit(draftWith(QStringLiteral("Too long to be accepted"))));

    QVERIFY(problem.wait(waitMs));
    QVERIFY(!problem.first().first().toString().isEmpty());
    QCOMPARE(tookBack.count(), 0);
    // Nothing typed is lost: the text is still in the outbox.
    QCOMPARE(m_outbox->entries().size(), 1);
    QCOMPARE(m_outbox->entries().first().draft.parts,
             QStringList{QStringLiteral("Too long to be accepted")});
}

void TestOutboxTracker::waitingPostSaysWhenItTriesAgainAndMayBeLetGo()
{
    failStatusPost(503);
    m_outbox->setRetryDelay(std::chrono::minutes(1));
    OutboxTracker tracker(m_outbox.get(), [](const Draft &) { return true; });
    QSignalSpy status(&tracker, &OutboxTracker::statusChanged);
    QSignalSpy canLetGo(&tracker, &OutboxTracker::canLetGoChanged);
    QVERIFY(tracker.submit(draftWith(QStringLiteral("waits a minute"))));

    QTRY_VERIFY_WITH_TIMEOUT(!canLetGo.isEmpty() && canLetGo.last().first().toBool(), waitMs);
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QLatin1String("safe in the outbox")),
             qPrintable(status.last().first().toString()));
    QCOMPARE(m_outbox->entry(tracker.pendingEntryId())->state, OutboxEntry::State::Waiting);

    // Let go of: the outbox keeps it, the composer is free.
    const QString entryId = tracker.pendingEntryId();
    tracker.letGo();
    QVERIFY(!tracker.isPending());
    QVERIFY(m_outbox->entry(entryId));
}

void TestOutboxTracker::letGoEntryReportsWhenItIsDiscarded()
{
    failStatusPost(503);
    m_outbox->setRetryDelay(std::chrono::minutes(1));
    OutboxTracker tracker(m_outbox.get(), [](const Draft &) { return true; });
    QSignalSpy left(&tracker, &OutboxTracker::leftOutbox);
    QVERIFY(tracker.submit(draftWith(QStringLiteral("discarded later"))));
    const QString entryId = tracker.pendingEntryId();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->entry(entryId)->state, OutboxEntry::State::Waiting, waitMs);
    tracker.letGo();
    QCOMPARE(left.count(), 0);

    m_outbox->discard(entryId);
    QCOMPARE(left.count(), 1);
}

void TestOutboxTracker::letGoEntryPostedLaterReportsLeavingAndNotPosted()
{
    failStatusPost(503);
    m_outbox->setRetryDelay(std::chrono::milliseconds(300));
    OutboxTracker tracker(m_outbox.get(), [](const Draft &) { return true; });
    QSignalSpy left(&tracker, &OutboxTracker::leftOutbox);
    QSignalSpy posted(&tracker, &OutboxTracker::posted);
    // Let go of the moment that is offered, as a user pressing the button at once.
    QString entryId;
    connect(&tracker, &OutboxTracker::canLetGoChanged, &tracker, [&](bool canLetGo) {
        if (!canLetGo || !tracker.isPending())
            return;
        entryId = tracker.pendingEntryId();
        tracker.letGo();
    });
    QVERIFY(tracker.submit(draftWith(QStringLiteral("goes out on its own"))));

    QVERIFY(left.wait(waitMs));
    QVERIFY(!entryId.isEmpty());
    QVERIFY(!m_outbox->entry(entryId));
    QCOMPARE(m_sandbox.statuses().size(), 1);
    // The composer let go of it: its confirmation is no longer this composer's.
    QCOMPARE(posted.count(), 0);
}

void TestOutboxTracker::unauthorizedPostAsksForSignIn()
{
    ApiClient revoked(&m_nam, m_sandbox.baseUrl());
    revoked.setAccessToken(QStringLiteral("not-a-valid-token"));
    m_outbox->setClient(accountKey, &revoked);
    OutboxTracker tracker(m_outbox.get(), [](const Draft &) { return true; });
    QSignalSpy signIn(&tracker, &OutboxTracker::signInNeeded);
    QSignalSpy canLetGo(&tracker, &OutboxTracker::canLetGoChanged);
    QVERIFY(tracker.submit(draftWith(QStringLiteral("kept through a 401"))));

    QVERIFY(signIn.wait(waitMs));
    QVERIFY(canLetGo.last().first().toBool());
    QVERIFY(tracker.isPending());
    QCOMPARE(m_outbox->entry(tracker.pendingEntryId())->state, OutboxEntry::State::NeedsSignIn);
}

void TestOutboxTracker::takeBackForEditEmptiesTheOutbox()
{
    // Not signed in: the entry waits in the outbox, where the user chooses Edit.
    m_outbox->setClient(accountKey, nullptr);
    const QString entryId = m_outbox->enqueue(draftWith(QStringLiteral("edit me")));
    QVERIFY(!entryId.isEmpty());
    OutboxTracker tracker(m_outbox.get(), [this](const Draft &draft) {
        m_takenBack.append(draft);
        return m_canSave;
    });

    m_canSave = false;
    QVERIFY(!tracker.takeBack(*m_outbox->entry(entryId)));
    QVERIFY(m_outbox->entry(entryId));

    m_canSave = true;
    QVERIFY(tracker.takeBack(*m_outbox->entry(entryId)));
    QCOMPARE(m_takenBack.size(), 2);
    QCOMPARE(m_takenBack.last().parts, QStringList{QStringLiteral("edit me")});
    QVERIFY(!m_outbox->entry(entryId));
    QCOMPARE(m_sandbox.statuses().size(), 0);
}

QTEST_GUILESS_MAIN(TestOutboxTracker)
#include "tst_outboxtracker.moc"
