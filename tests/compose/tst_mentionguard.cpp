// The direct post guard's pure parts: which handles a draft mentions (as the server
// parses them) and how a refusal with unexpected_accounts is put to the user.
#include "api/apiresult.h"
#include "compose/draft.h"
#include "outbox/mentionguard.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

class TestMentionGuard : public QObject
{
    Q_OBJECT

private slots:
    void handlesAreTheMentionsOfEveryPartOnceEach_data()
    {
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<QStringList>("handles");
        QTest::newRow("none") << QStringList{QStringLiteral("no one here")} << QStringList{};
        QTest::newRow("local and remote")
            << QStringList{QStringLiteral("Hi @alice and @bob@remote.example!")}
            << QStringList{QStringLiteral("alice"), QStringLiteral("bob@remote.example")};
        QTest::newRow("an address is no mention")
            << QStringList{QStringLiteral("mail me at me@example.org")} << QStringList{};
        QTest::newRow("once, whatever the case, across parts")
            << QStringList{QStringLiteral("@Alice first"), QStringLiteral("then @alice and @carol")}
            << QStringList{QStringLiteral("Alice"), QStringLiteral("carol")};
    }

    void handlesAreTheMentionsOfEveryPartOnceEach()
    {
        QFETCH(QStringList, parts);
        QFETCH(QStringList, handles);
        Draft draft;
        draft.parts = parts;
        QCOMPARE(MentionGuard::handles(draft), handles);
    }

    void onlyDirectPostsAreGuarded()
    {
        Draft draft;
        QVERIFY(!MentionGuard::applies(draft));
        draft.visibility = QStringLiteral("private");
        QVERIFY(!MentionGuard::applies(draft));
        draft.visibility = QStringLiteral("direct");
        QVERIFY(MentionGuard::applies(draft));
    }

    void refusalNamesTheUnexpectedAccounts()
    {
        ApiResult result;
        result.httpStatus = 422;
        result.json = QJsonDocument(QJsonObject{
            {QStringLiteral("error"), QStringLiteral("Post would be sent to unexpected accounts")},
            {QStringLiteral("unexpected_accounts"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("7")},
                                    {QStringLiteral("acct"), QStringLiteral("bob@remote.example")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                                    {QStringLiteral("acct"), QStringLiteral("alice")}}}}});
        const QString refusal = MentionGuard::refusal(result);
        QVERIFY(refusal.contains(QLatin1String("@bob@remote.example, @alice")));

        // Any other refusal is not the guard's.
        result.json = QJsonDocument(QJsonObject{
            {QStringLiteral("error"), QStringLiteral("Validation failed: Text can't be blank")}});
        QVERIFY(MentionGuard::refusal(result).isEmpty());
    }
};

QTEST_MAIN(TestMentionGuard)
#include "tst_mentionguard.moc"
