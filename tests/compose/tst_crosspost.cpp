// Cross-posting's pure rules: the limits a post must keep to go to every server picked,
// and which drafts may go to several accounts and how each account's copy looks.
#include "compose/crosspost.h"
#include "compose/strictestlimits.h"

#include <QtTest>

class TestCrossPost : public QObject
{
    Q_OBJECT

private slots:
    void oneServerKeepsItsOwnLimits()
    {
        InstanceConfiguration server;
        server.maxCharacters = 5000;
        server.supportedMimeTypes = {QStringLiteral("image/png")};
        const InstanceConfiguration limits = StrictestLimits::of({server});
        QCOMPARE(limits.maxCharacters, 5000);
        QCOMPARE(limits.supportedMimeTypes, server.supportedMimeTypes);
    }

    void everyNumberIsTheStrictestOfTheServers()
    {
        InstanceConfiguration big;
        big.maxCharacters = 5000;
        big.maxMediaAttachments = 8;
        big.charactersReservedPerUrl = 20;
        big.imageSizeLimit = 40'000'000;
        big.videoSizeLimit = 10'000'000;
        big.descriptionLimit = 3000;
        big.pollMaxOptions = 10;
        big.pollMaxCharactersPerOption = 100;
        big.pollMinExpiration = 60;
        big.pollMaxExpiration = 100'000;
        InstanceConfiguration small;
        small.maxCharacters = 100;
        small.maxMediaAttachments = 2;
        small.charactersReservedPerUrl = 30;
        small.imageSizeLimit = 1'000'000;
        small.videoSizeLimit = 50'000'000;
        small.descriptionLimit = 500;
        small.pollMaxOptions = 3;
        small.pollMaxCharactersPerOption = 25;
        small.pollMinExpiration = 600;
        small.pollMaxExpiration = 200'000;
        // The order the accounts were picked in does not matter.
        for (const auto &servers : {QList{big, small}, QList{small, big}}) {
            const InstanceConfiguration limits = StrictestLimits::of(servers);
            QCOMPARE(limits.maxCharacters, 100);
            QCOMPARE(limits.maxMediaAttachments, 2);
            QCOMPARE(limits.charactersReservedPerUrl, 30);
            QCOMPARE(limits.imageSizeLimit, 1'000'000);
            QCOMPARE(limits.videoSizeLimit, 10'000'000);
            QCOMPARE(limits.descriptionLimit, 500);
            QCOMPARE(limits.pollMaxOptions, 3);
            QCOMPARE(limits.pollMaxCharactersPerOption, 25);
            QCOMPARE(limits.pollMinExpiration, 600);
            QCOMPARE(limits.pollMaxExpiration, 100'000);
        }
    }

    void mediaTypesAreThoseEveryServerTakes_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<QStringList>("common");
        QTest::addColumn<qint64>("maxMedia");
        const QString png = QStringLiteral("image/png");
        const QString webp = QStringLiteral("image/webp");
        const QString mp4 = QStringLiteral("video/mp4");
        QTest::newRow("overlap") << QStringList{png, webp} << QStringList{mp4, png}
                                 << QStringList{png} << qint64(4);
        QTest::newRow("one did not say")
            << QStringList{} << QStringList{png, mp4} << QStringList{png, mp4} << qint64(4);
        QTest::newRow("neither said")
            << QStringList{} << QStringList{} << QStringList{} << qint64(4);
        // An empty list would read as "any type": no attachment can go to both.
        QTest::newRow("nothing in common")
            << QStringList{webp} << QStringList{mp4} << QStringList{} << qint64(0);
    }

    void mediaTypesAreThoseEveryServerTakes()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(QStringList, common);
        QFETCH(qint64, maxMedia);
        InstanceConfiguration a;
        a.supportedMimeTypes = first;
        InstanceConfiguration b;
        b.supportedMimeTypes = second;
        const InstanceConfiguration limits = StrictestLimits::of({a, b});
        QCOMPARE(limits.supportedMimeTypes, common);
        QCOMPARE(limits.maxMediaAttachments, maxMedia);
    }

    void repliesQuotesAndEditsStayWithOneAccount_data()
    {
        QTest::addColumn<Draft>("draft");
        QTest::addColumn<QString>("reason");
        Draft plain;
        plain.parts = {QStringLiteral("hello")};
        QTest::newRow("plain post") << plain << QString();
        Draft reply = plain;
        reply.link = DraftLink{};
        reply.link->kind = DraftLink::Kind::Reply;
        reply.inReplyToId = QStringLiteral("7");
        QTest::newRow("reply") << reply << QStringLiteral("reply");
        Draft rest = plain;
        rest.inReplyToId = QStringLiteral("7");
        QTest::newRow("rest of a thread") << rest << QStringLiteral("reply");
        Draft quote = plain;
        quote.link = DraftLink{};
        quote.link->kind = DraftLink::Kind::Quote;
        QTest::newRow("quote") << quote << QStringLiteral("quote");
        Draft edit = plain;
        edit.edit = DraftEdit{};
        QTest::newRow("edit") << edit << QStringLiteral("edit");
        Draft media = plain;
        media.attachments = {DraftAttachment{}};
        QTest::newRow("media") << media << QString();
    }

    void repliesQuotesAndEditsStayWithOneAccount()
    {
        QFETCH(Draft, draft);
        QFETCH(QString, reason);
        const QString why = CrossPost::whyNot(draft);
        if (reason.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(reason, Qt::CaseInsensitive), qPrintable(why));
    }

    void eachAccountsCopyIsTheSamePostUploadedAgain()
    {
        Draft draft;
        draft.accountKey = QStringLiteral("one.example/1");
        draft.parts = {QStringLiteral("first"), QStringLiteral("second")};
        draft.contentWarning = true;
        draft.spoilerText = QStringLiteral("cw");
        draft.visibility = QStringLiteral("unlisted");
        DraftAttachment picture;
        picture.localPath = QStringLiteral("/tmp/picture.png");
        picture.mediaId = QStringLiteral("123");
        picture.description = QStringLiteral("A cat");
        draft.attachments = {picture};
        const Draft copy = CrossPost::copyFor(draft, QStringLiteral("two.example/5"));
        QCOMPARE(copy.accountKey, QStringLiteral("two.example/5"));
        QCOMPARE(copy.parts, draft.parts);
        QCOMPARE(copy.spoilerText, draft.spoilerText);
        QCOMPARE(copy.visibility, draft.visibility);
        QCOMPARE(copy.attachments.size(), 1);
        // The id is the first server's; the file and its description go to the other.
        QVERIFY(copy.attachments.constFirst().mediaId.isEmpty());
        QCOMPARE(copy.attachments.constFirst().localPath, picture.localPath);
        QCOMPARE(copy.attachments.constFirst().description, picture.description);
    }
};

QTEST_GUILESS_MAIN(TestCrossPost)
#include "tst_crosspost.moc"
