#include "launch/launchrequest.h"

#include <QtTest>

// The message a second posthorn process sends to the running one.
class TestLaunchRequest : public QObject
{
    Q_OBJECT

private:
    static LaunchRequest request(bool quickPost, bool minimized, const QString &shareText = {})
    {
        LaunchRequest r;
        r.quickPost = quickPost;
        r.minimized = minimized;
        r.shareText = shareText;
        return r;
    }

    // A request with this text whose message is exactly `size` bytes long.
    static QByteArray messageOfSize(qsizetype size)
    {
        const QByteArray head = QByteArrayLiteral("{\"shareText\":\"");
        const QByteArray tail = QByteArrayLiteral("\"}");
        return head + QByteArray(size - head.size() - tail.size(), 'a') + tail;
    }

private slots:
    void toMessageIsCompactJson()
    {
        QCOMPARE(
            request(true, false, QStringLiteral("hi")).toMessage(),
            QByteArrayLiteral("{\"minimized\":false,\"quickPost\":true,\"shareText\":\"hi\"}"));
        QCOMPARE(LaunchRequest().toMessage(),
                 QByteArrayLiteral("{\"minimized\":false,\"quickPost\":false,\"shareText\":\"\"}"));
    }

    void toMessageIsUtf8()
    {
        const QByteArray message = request(true, false, QStringLiteral("\U0001F418")).toMessage();
        QVERIFY2(message.contains("\xF0\x9F\x90\x98"), message.constData());
    }

    void requestSurvivesTheRoundTrip_data()
    {
        QTest::addColumn<bool>("quickPost");
        QTest::addColumn<bool>("minimized");
        QTest::addColumn<QString>("shareText");
        QTest::newRow("default") << false << false << QString();
        QTest::newRow("quick post") << true << false << QString();
        QTest::newRow("minimized") << false << true << QString();
        QTest::newRow("both") << true << true << QString();
        QTest::newRow("shared text") << true << false << QStringLiteral("Hello, world");
        QTest::newRow("json-special characters")
            << true << false << QStringLiteral("quote \" backslash \\ slash / brace }");
        QTest::newRow("lines, tabs and emoji")
            << true << true << QStringLiteral("line 1\nline\t2 \U0001F469\u200D\U0001F4BB");
        QTest::newRow("long text") << true << false << QString(100000, u'x');
    }

    void requestSurvivesTheRoundTrip()
    {
        QFETCH(bool, quickPost);
        QFETCH(bool, minimized);
        QFETCH(QString, shareText);
        const LaunchRequest sent = request(quickPost, minimized, shareText);
        const std::optional<LaunchRequest> received = LaunchRequest::fromMessage(sent.toMessage());
        QVERIFY(received);
        QCOMPARE(received->quickPost, quickPost);
        QCOMPARE(received->minimized, minimized);
        QCOMPARE(received->shareText, shareText);
        QVERIFY(*received == sent);
    }

    void messageIsReadWithDefaultsAndNoControlCharacters_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<bool>("quickPost");
        QTest::addColumn<bool>("minimized");
        QTest::addColumn<QString>("shareText");
        QTest::newRow("empty object") << QByteArrayLiteral("{}") << false << false << QString();
        QTest::newRow("shared text means quick post")
            << QByteArrayLiteral(R"({"quickPost":false,"shareText":"hi"})") << true << false
            << QStringLiteral("hi");
        QTest::newRow("only minimized")
            << QByteArrayLiteral(R"({"minimized":true})") << false << true << QString();
        QTest::newRow("unknown members ignored")
            << QByteArrayLiteral(R"({"quickPost":true,"account":"@a@b.test","v":2})") << true
            << false << QString();
        QTest::newRow("whitespace around")
            << QByteArrayLiteral(" \n{ \"quickPost\" : true }\n") << true << false << QString();
        QTest::newRow("control characters stripped")
            << QByteArrayLiteral("{\"shareText\":\"a\\u0000b\\u001b[0mc\\nd\"}") << true << false
            << QStringLiteral("ab[0mc\nd");
        QTest::newRow("only control characters is no text")
            << QByteArrayLiteral(R"({"shareText":"\u0007"})") << false << false << QString();
        QTest::newRow("escaped emoji") << QByteArrayLiteral(R"({"shareText":"\ud83d\udc18"})")
                                       << true << false << QStringLiteral("\U0001F418");
    }

    void messageIsReadWithDefaultsAndNoControlCharacters()
    {
        QFETCH(QByteArray, message);
        QFETCH(bool, quickPost);
        QFETCH(bool, minimized);
        QFETCH(QString, shareText);
        const std::optional<LaunchRequest> received = LaunchRequest::fromMessage(message);
        QVERIFY(received);
        QCOMPARE(received->quickPost, quickPost);
        QCOMPARE(received->minimized, minimized);
        QCOMPARE(received->shareText, shareText);
    }

    // A Wayland launcher's token reaches the running Posthorn, which needs it to take the
    // focus; without one the message stays as an older Posthorn sends it.
    void activationTokenIsHandedOverWhenThereIsOne()
    {
        LaunchRequest sent = request(true, false);
        sent.activationToken = QStringLiteral("sway-token-1_2.3");
        const QByteArray message = sent.toMessage();
        QVERIFY2(message.contains("\"activationToken\":\"sway-token-1_2.3\""), message.constData());
        const std::optional<LaunchRequest> received = LaunchRequest::fromMessage(message);
        QVERIFY(received);
        QCOMPARE(received->activationToken, sent.activationToken);
        QVERIFY(*received == sent);

        QVERIFY(!request(true, false).toMessage().contains("activationToken"));
        const std::optional<LaunchRequest> withControl = LaunchRequest::fromMessage(
            QByteArrayLiteral("{\"activationToken\":\"ab\\u001b[0mc\"}"));
        QVERIFY(withControl);
        QCOMPARE(withControl->activationToken, QStringLiteral("ab[0mc"));
    }

    void replyAndQuoteLinksSurviveTheHandOver()
    {
        LaunchRequest sent;
        sent.replyTo = QStringLiteral("https://a.example/@x/1");
        std::optional<LaunchRequest> received = LaunchRequest::fromMessage(sent.toMessage());
        QVERIFY(received);
        QVERIFY(*received == sent);
        QVERIFY(!received->quickPost);
        sent = LaunchRequest();
        sent.quote = QStringLiteral("https://a.example/@x/2");
        received = LaunchRequest::fromMessage(sent.toMessage());
        QVERIFY(received);
        QVERIFY(*received == sent);
        QVERIFY(!LaunchRequest().toMessage().contains("replyTo"));
        QVERIFY(!LaunchRequest::fromMessage(QByteArrayLiteral(R"({"quote":7})")));
    }

    void malformedIsRefused_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArrayLiteral("quick-post please");
        QTest::newRow("truncated") << QByteArrayLiteral(R"({"quickPost":tru)");
        QTest::newRow("trailing garbage") << QByteArrayLiteral(R"({"quickPost":true} x)");
        QTest::newRow("array") << QByteArrayLiteral(R"([{"quickPost":true}])");
        QTest::newRow("string") << QByteArrayLiteral(R"("quickPost")");
        QTest::newRow("number") << QByteArrayLiteral("42");
        QTest::newRow("null") << QByteArrayLiteral("null");
        QTest::newRow("quickPost a string") << QByteArrayLiteral(R"({"quickPost":"yes"})");
        QTest::newRow("quickPost a number") << QByteArrayLiteral(R"({"quickPost":1})");
        QTest::newRow("minimized null") << QByteArrayLiteral(R"({"minimized":null})");
        QTest::newRow("shareText a number") << QByteArrayLiteral(R"({"shareText":5})");
        QTest::newRow("shareText an array") << QByteArrayLiteral(R"({"shareText":["a"]})");
        QTest::newRow("shareText an object") << QByteArrayLiteral(R"({"shareText":{}})");
        QTest::newRow("activationToken a number")
            << QByteArrayLiteral(R"({"quickPost":true,"activationToken":7})");
        QTest::newRow("invalid UTF-8") << QByteArrayLiteral("{\"shareText\":\"a\xFF\"}");
        QTest::newRow("over 1 MiB") << messageOfSize(LaunchRequest::maxMessageSize + 1);
    }

    void malformedIsRefused()
    {
        QFETCH(QByteArray, message);
        QVERIFY(!LaunchRequest::fromMessage(message));
    }

    void oneMebibyteIsAccepted()
    {
        QCOMPARE(LaunchRequest::maxMessageSize, qsizetype(1024 * 1024));
        const QByteArray message = messageOfSize(LaunchRequest::maxMessageSize);
        QCOMPARE(message.size(), LaunchRequest::maxMessageSize);
        const std::optional<LaunchRequest> received = LaunchRequest::fromMessage(message);
        QVERIFY(received);
        QVERIFY(received->quickPost);
        QCOMPARE(received->shareText.size(), LaunchRequest::maxMessageSize - 16);
    }
};

QTEST_GUILESS_MAIN(TestLaunchRequest)
#include "tst_launchrequest.moc"
