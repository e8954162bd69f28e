// A post found by its link, as a reply or a quote needs it.
#include "posted/linkedstatus.h"
#include "posted/postlink.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject account(const QString &id, const QString &acct)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("acct"), acct},
            {QStringLiteral("username"), acct.section(QLatin1Char('@'), 0, 0)},
            {QStringLiteral("display_name"), QString()}};
}

QJsonObject mention(const QString &id, const QString &acct)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("acct"), acct}};
}

} // namespace

class TestLinkedStatus : public QObject
{
    Q_OBJECT

private slots:
    void replyStartsWithTheMentionsMastodonsComposerAdds_data()
    {
        QTest::addColumn<QJsonArray>("mentions");
        QTest::addColumn<QString>("authorId");
        QTest::addColumn<QString>("expected");

        const QString me = QStringLiteral("1");
        QTest::newRow("author only")
            << QJsonArray() << QStringLiteral("2") << QStringLiteral("@alice@a.example ");
        QTest::newRow("others, without me")
            << QJsonArray{mention(me, QStringLiteral("demo")),
                          mention(QStringLiteral("3"), QStringLiteral("bob@b.example"))}
            << QStringLiteral("2") << QStringLiteral("@alice@a.example @bob@b.example ");
        QTest::newRow("each once")
            << QJsonArray{mention(QStringLiteral("2"), QStringLiteral("alice@a.example")),
                          mention(QStringLiteral("3"), QStringLiteral("bob@b.example")),
                          mention(QStringLiteral("3"), QStringLiteral("bob@b.example"))}
            << QStringLiteral("2") << QStringLiteral("@alice@a.example @bob@b.example ");
        QTest::newRow("my own post")
            << QJsonArray{mention(QStringLiteral("3"), QStringLiteral("bob"))} << me
            << QStringLiteral("@bob ");
    }

    void replyStartsWithTheMentionsMastodonsComposerAdds()
    {
        QFETCH(QJsonArray, mentions);
        QFETCH(QString, authorId);
        QFETCH(QString, expected);
        const QString acct = authorId == QLatin1String("1") ? QStringLiteral("demo")
                                                            : QStringLiteral("alice@a.example");
        const auto status = LinkedStatus::fromJson(
            {{QStringLiteral("id"), QStringLiteral("9")},
             {QStringLiteral("account"), account(authorId, acct)},
             {QStringLiteral("content"), QStringLiteral("<p>Hi &amp; <b>bye</b></p>")},
             {QStringLiteral("mentions"), mentions}});
        QVERIFY(status);
        QCOMPARE(status->replyMentions(QStringLiteral("1")), expected);
        // Server HTML as text; the display name falls back to the user name.
        QCOMPARE(status->text, QStringLiteral("Hi & bye"));
        QVERIFY(!status->authorName.isEmpty());
    }

    void onlyASinglePostLinkIsOffered_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("offered");
        QTest::newRow("post") << QStringLiteral("https://a.example/@alice/1") << true;
        QTest::newRow("with spaces around")
            << QStringLiteral(" https://a.example/@alice/1\n") << true;
        QTest::newRow("site only") << QStringLiteral("https://a.example/") << false;
        QTest::newRow("text with a link")
            << QStringLiteral("see https://a.example/@alice/1") << false;
        QTest::newRow("not web") << QStringLiteral("ftp://a.example/x") << false;
        QTest::newRow("words") << QStringLiteral("hello") << false;
    }

    void onlyASinglePostLinkIsOffered()
    {
        QFETCH(QString, text);
        QFETCH(bool, offered);
        QCOMPARE(PostLink::looksLikeOne(text), offered);
    }
};

QTEST_GUILESS_MAIN(TestLinkedStatus)
#include "tst_linkedstatus.moc"
