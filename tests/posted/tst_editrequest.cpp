// What an edit of a published post is made of: the draft StatusEdit builds from the
// post and its source, the PUT body StatusEditRequest sends, when a poll's votes are
// reset, and how EditSettler tells an applied edit from one that is not.
#include "api/status.h"
#include "compose/draft.h"
#include "outbox/editsettler.h"
#include "outbox/statuseditrequest.h"
#include "posted/statusedit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

Status publishedStatus()
{
    const auto status = Status::fromJson(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("9")},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-01T10:00:00.000Z")},
        {QStringLiteral("account"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                     {QStringLiteral("username"), QStringLiteral("demo")},
                     {QStringLiteral("acct"), QStringLiteral("demo")}}},
        {QStringLiteral("content"), QStringLiteral("<p>Tea &lt;or&gt; coffee?</p>")},
        {QStringLiteral("spoiler_text"), QStringLiteral("drinks")},
        {QStringLiteral("visibility"), QStringLiteral("private")},
        {QStringLiteral("language"), QStringLiteral("nl")},
        {QStringLiteral("sensitive"), true},
        {QStringLiteral("in_reply_to_id"), QStringLiteral("7")},
        {QStringLiteral("media_attachments"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("44")},
                                {QStringLiteral("type"), QStringLiteral("image")},
                                {QStringLiteral("description"), QStringLiteral("a cup")}}}},
    });
    return status.value_or(Status());
}

} // namespace

class TestEditRequest : public QObject
{
    Q_OBJECT

private slots:
    void draftHasTheSourceTextAndKnowsWhichPostItEdits()
    {
        const Status status = publishedStatus();
        QCOMPARE(status.id, QStringLiteral("9"));
        const Draft draft = StatusEdit::draftFrom(status, QStringLiteral("Tea <or> coffee?"),
                                                  QStringLiteral("drinks"), QStringLiteral("key"));
        QCOMPARE(draft.parts, QStringList{QStringLiteral("Tea <or> coffee?")});
        QCOMPARE(draft.effectiveSpoilerText(), QStringLiteral("drinks"));
        QCOMPARE(draft.language, QStringLiteral("nl"));
        QVERIFY(draft.sensitive);
        QCOMPARE(draft.attachments.size(), 1);
        QCOMPARE(draft.attachments.first().description, QStringLiteral("a cup"));
        QVERIFY(draft.edit);
        QCOMPARE(draft.edit->statusId, QStringLiteral("9"));
        QCOMPARE(draft.edit->createdAt, status.createdAt);
        // It stays an edit on disk, in the composer's draft and in the outbox.
        QCOMPARE(Draft::fromJson(draft.toJson()), draft);
        QVERIFY(Draft::isIntact(draft.toJson()));
    }

    void bodyNamesEverythingThePostKeepsAndNothingAnEditCannotChange()
    {
        Draft draft = StatusEdit::draftFrom(publishedStatus(), QStringLiteral("New words"),
                                            QString(), QStringLiteral("key"));
        draft.attachments.first().description = QStringLiteral("a blue cup");
        QCOMPARE(StatusEditRequest::path(draft), QStringLiteral("/api/v1/statuses/9"));
        const QJsonObject body = StatusEditRequest::body(draft);
        QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("New words"));
        // Sent empty, so the content warning is taken away.
        QVERIFY(body.contains(QLatin1String("spoiler_text")));
        QCOMPARE(body.value(QLatin1String("spoiler_text")).toString(), QString());
        QCOMPARE(body.value(QLatin1String("media_ids")).toArray(),
                 QJsonArray{QStringLiteral("44")});
        QCOMPARE(body.value(QLatin1String("media_attributes")).toArray(),
                 (QJsonArray{
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("44")},
                                 {QStringLiteral("description"), QStringLiteral("a blue cup")}}}));
        for (const char *key : {"visibility", "in_reply_to_id", "scheduled_at", "poll"})
            QVERIFY2(!body.contains(QLatin1String(key)), key);

        // A focal point set while editing goes with the media's other attributes.
        draft.attachments.first().focus = QStringLiteral("0.5,-0.25");
        QCOMPARE(StatusEditRequest::body(draft)
                     .value(QLatin1String("media_attributes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("focus"))
                     .toString(),
                 QStringLiteral("0.5,-0.25"));

        // Without media, an empty media_ids takes them all away.
        draft.attachments.clear();
        QCOMPARE(StatusEditRequest::body(draft).value(QLatin1String("media_ids")).toArray(),
                 QJsonArray());
        QVERIFY(!StatusEditRequest::body(draft).contains(QLatin1String("media_attributes")));
    }

    void onlyChangedOptionsResetAPollsVotes()
    {
        DraftPoll poll;
        poll.options = {QStringLiteral("Tea"), QStringLiteral("Coffee")};
        DraftEdit edit;
        edit.originalPoll = poll;
        DraftPoll longer = poll;
        longer.expiresIn = 7 * 24 * 3600;
        longer.hideTotals = true;
        QVERIFY(!edit.resetsVotes(longer));
        DraftPoll renamed = poll;
        renamed.options[1] = QStringLiteral("Cocoa");
        QVERIFY(edit.resetsVotes(renamed));
        DraftPoll multiple = poll;
        multiple.multiple = true;
        QVERIFY(edit.resetsVotes(multiple));
        QVERIFY(edit.resetsVotes(std::nullopt));
        // A post without a poll has no votes to lose.
        QVERIFY(!DraftEdit().resetsVotes(poll));
    }

    void appliedEditIsToldApartFromThePostAsItWas()
    {
        const Status status = publishedStatus();
        Draft edit = StatusEdit::draftFrom(status, QStringLiteral("Tea <or> coffee?"),
                                           QStringLiteral("drinks"), QStringLiteral("key"));
        QVERIFY(EditSettler::applied(edit, status, QStringLiteral("Tea <or> coffee?"),
                                     QStringLiteral("drinks")));
        QVERIFY(!EditSettler::applied(edit, status, QStringLiteral("Tea or coffee?"),
                                      QStringLiteral("drinks")));
        QVERIFY(!EditSettler::applied(edit, status, QStringLiteral("Tea <or> coffee?"), QString()));
        // Only a description changed: the post still shows the old one.
        edit.attachments.first().description = QStringLiteral("a blue cup");
        QVERIFY(!EditSettler::applied(edit, status, QStringLiteral("Tea <or> coffee?"),
                                      QStringLiteral("drinks")));
        edit.attachments.clear();
        QVERIFY(!EditSettler::applied(edit, status, QStringLiteral("Tea <or> coffee?"),
                                      QStringLiteral("drinks")));
    }
};

QTEST_GUILESS_MAIN(TestEditRequest)
#include "tst_editrequest.moc"
