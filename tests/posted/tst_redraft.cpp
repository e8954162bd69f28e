// A deleted post turned back into a draft, as "delete and redraft" needs it.
#include "api/status.h"
#include "posted/redraft.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject deletedStatus()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("9")},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-01T10:00:00.000Z")},
        {QStringLiteral("account"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                     {QStringLiteral("username"), QStringLiteral("demo")},
                     {QStringLiteral("acct"), QStringLiteral("demo")}}},
        {QStringLiteral("content"), QStringLiteral("<p>Tea &lt;or&gt; coffee?</p>")},
        {QStringLiteral("text"), QStringLiteral("Tea <or> coffee?")},
        {QStringLiteral("spoiler_text"), QStringLiteral("drinks")},
        {QStringLiteral("visibility"), QStringLiteral("private")},
        {QStringLiteral("language"), QStringLiteral("nl")},
        {QStringLiteral("sensitive"), true},
        {QStringLiteral("in_reply_to_id"), QStringLiteral("7")},
        {QStringLiteral("media_attachments"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("44")},
                                {QStringLiteral("type"), QStringLiteral("image")},
                                {QStringLiteral("description"), QStringLiteral("a cup")}}}},
    };
}

} // namespace

class TestRedraft : public QObject
{
    Q_OBJECT

private slots:
    void textOptionsAndMediaComeBackAsTheyWereWritten()
    {
        const auto status = Status::fromJson(deletedStatus());
        QVERIFY(status);
        const Draft draft = Redraft::fromDeleted(*status, QStringLiteral("key"));
        QCOMPARE(draft.accountKey, QStringLiteral("key"));
        // The source, not the rendered HTML.
        QCOMPARE(draft.parts, QStringList{QStringLiteral("Tea <or> coffee?")});
        QVERIFY(draft.contentWarning);
        QCOMPARE(draft.spoilerText, QStringLiteral("drinks"));
        QCOMPARE(draft.visibility, QStringLiteral("private"));
        QCOMPARE(draft.language, QStringLiteral("nl"));
        QVERIFY(draft.sensitive);
        QCOMPARE(draft.inReplyToId, QStringLiteral("7"));
        QCOMPARE(draft.attachments.size(), 1);
        // Attached again by id: nothing to upload.
        QCOMPARE(draft.attachments.first().mediaId, QStringLiteral("44"));
        QVERIFY(draft.attachments.first().localPath.isEmpty());
        QCOMPARE(draft.attachments.first().description, QStringLiteral("a cup"));
        QVERIFY(!draft.poll);
    }

    void pollComesBackWithItsOptionsAndDuration()
    {
        QJsonObject json = deletedStatus();
        json.remove(QStringLiteral("media_attachments"));
        json.insert(
            QStringLiteral("poll"),
            QJsonObject{
                {QStringLiteral("id"), QStringLiteral("3")},
                {QStringLiteral("expires_at"), QStringLiteral("2026-01-01T16:00:01.200Z")},
                {QStringLiteral("multiple"), true},
                {QStringLiteral("options"),
                 QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("tea")}},
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("coffee")}}}}});
        const auto status = Status::fromJson(json);
        QVERIFY(status);
        const Draft draft = Redraft::fromDeleted(*status, QStringLiteral("key"));
        QVERIFY(draft.poll);
        QCOMPARE(draft.poll->options,
                 (QStringList{QStringLiteral("tea"), QStringLiteral("coffee")}));
        QVERIFY(draft.poll->multiple);
        // Six hours and a moment: the six hours the composer offers.
        QCOMPARE(draft.poll->expiresIn, qint64(6 * 60 * 60));
    }

    void mediaKeepTheirFocalPointAndServerPreview()
    {
        QJsonObject json = deletedStatus();
        QJsonObject media = json.value(QLatin1String("media_attachments"))[0].toObject();
        media.insert(QStringLiteral("preview_url"),
                     QStringLiteral("https://files.example/media/small/44.png"));
        media.insert(
            QStringLiteral("meta"),
            QJsonObject{{QStringLiteral("focus"),
                         QJsonObject{{QStringLiteral("x"), 0.3}, {QStringLiteral("y"), -0.5}}}});
        QJsonObject centred = media;
        centred.insert(QStringLiteral("id"), QStringLiteral("45"));
        centred.insert(
            QStringLiteral("meta"),
            QJsonObject{{QStringLiteral("focus"),
                         QJsonObject{{QStringLiteral("x"), 0}, {QStringLiteral("y"), 0}}}});
        json.insert(QStringLiteral("media_attachments"), QJsonArray{media, centred});
        const auto status = Status::fromJson(json);
        QVERIFY(status);
        const Draft draft = Redraft::fromDeleted(*status, QStringLiteral("key"));
        QCOMPARE(draft.attachments.size(), 2);
        QCOMPARE(draft.attachments.at(0).focus, QStringLiteral("0.30,-0.50"));
        QCOMPARE(draft.attachments.at(0).previewUrl,
                 QStringLiteral("https://files.example/media/small/44.png"));
        // The middle is what the server assumes anyway: nothing to send for it.
        QVERIFY(draft.attachments.at(1).focus.isEmpty());
        // Both survive the draft file, and a file from before them still loads.
        const QJsonObject saved = draft.toJson();
        QVERIFY(Draft::isIntact(saved));
        QCOMPARE(Draft::fromJson(saved).attachments, draft.attachments);
        QJsonObject old = saved;
        QJsonArray attachments = old.value(QLatin1String("attachments")).toArray();
        QJsonObject first = attachments.at(0).toObject();
        first.remove(QStringLiteral("previewUrl"));
        first.remove(QStringLiteral("focus"));
        attachments.replace(0, first);
        old.insert(QStringLiteral("attachments"), attachments);
        QVERIFY(Draft::isIntact(old));
        QVERIFY(Draft::fromJson(old).attachments.at(0).previewUrl.isEmpty());
        // A damaged one is told apart, as for the other fields.
        first.insert(QStringLiteral("previewUrl"), 5);
        attachments.replace(0, first);
        old.insert(QStringLiteral("attachments"), attachments);
        QVERIFY(!Draft::isIntact(old));
    }

    void serverWithoutSourceGivesThePlainText()
    {
        QJsonObject json = deletedStatus();
        json.remove(QStringLiteral("text"));
        json.remove(QStringLiteral("spoiler_text"));
        const auto status = Status::fromJson(json);
        QVERIFY(status);
        const Draft draft = Redraft::fromDeleted(*status, QStringLiteral("key"));
        QCOMPARE(draft.parts, QStringList{QStringLiteral("Tea <or> coffee?")});
        QVERIFY(!draft.contentWarning);
    }
};

QTEST_GUILESS_MAIN(TestRedraft)
#include "tst_redraft.moc"
