#include "util/logredactor.h"
#include "util/redactingmessagehandler.h"

#include <QtTest>

class TestLogRedactor : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LogRedactor::clearSecrets(); }

    void everySecretPatternIsMasked_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");

        QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer abcDEF123_-xyz")
                                       << QStringLiteral("abcDEF123_-xyz");
        QTest::newRow("bearer lower case")
            << QStringLiteral("authorization: bearer tok3n.value") << QStringLiteral("tok3n.value");
        QTest::newRow("query access_token")
            << QStringLiteral("GET https://h/api?access_token=s3cr3tvalue&x=1")
            << QStringLiteral("s3cr3tvalue");
        QTest::newRow("callback code")
            << QStringLiteral("posthorn://callback?code=AUTHCODE42&state=st4t3v4lue")
            << QStringLiteral("AUTHCODE42");
        QTest::newRow("callback state")
            << QStringLiteral("posthorn://callback?code=AUTHCODE42&state=st4t3v4lue")
            << QStringLiteral("st4t3v4lue");
        QTest::newRow("form client_secret")
            << QStringLiteral("client_id=abc&client_secret=verysecret99&grant_type=x")
            << QStringLiteral("verysecret99");
        QTest::newRow("form code_verifier")
            << QStringLiteral("code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
            << QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QTest::newRow("json access_token")
            << QStringLiteral(R"({"access_token":"ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0",)"
                              R"("token_type":"Bearer"})")
            << QStringLiteral("ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0");
        QTest::newRow("json client_secret with spaces")
            << QStringLiteral(R"({"client_secret" : "abcdefghijkl"})")
            << QStringLiteral("abcdefghijkl");
        QTest::newRow("revoke token form") << QStringLiteral("token=r3vok3m3please&client_id=1")
                                           << QStringLiteral("r3vok3m3please");

        // Percent-encoded once or twice, as when a URL travels inside another URL.
        QTest::newRow("encoded code")
            << QStringLiteral("code%3Dabc123xyz") << QStringLiteral("abc123xyz");
        QTest::newRow("encoded code, lower-case hex")
            << QStringLiteral("x%3fcode%3dl0wercas3") << QStringLiteral("l0wercas3");
        QTest::newRow("encoded state")
            << QStringLiteral("state%3Dst4t3v4lue%26x%3D1") << QStringLiteral("st4t3v4lue");
        QTest::newRow("encoded json access_token")
            << QStringLiteral(
                   "body=%7B%22access_token%22%3A%22ZA-Yj3aBD8U8Cm7l%22%2C%22x%22%3A1%7D")
            << QStringLiteral("ZA-Yj3aBD8U8Cm7l");
        QTest::newRow("encoded callback url: code")
            << QStringLiteral(
                   "GET /login?redirect%3Dhttp%3A%2F%2F127.0.0.1%2Fcallback%3Fcode%3DSECRETc0de"
                   "%26state%3DSt4teX")
            << QStringLiteral("SECRETc0de");
        QTest::newRow("encoded callback url: state")
            << QStringLiteral(
                   "GET /login?redirect%3Dhttp%3A%2F%2F127.0.0.1%2Fcallback%3Fcode%3DSECRETc0de"
                   "%26state%3DSt4teX")
            << QStringLiteral("St4teX");
        QTest::newRow("double-encoded callback url")
            << QStringLiteral(
                   "next=http%253A%252F%252F127.0.0.1%252Fcallback%253Fcode%253DDOUBLEc0de"
                   "%2526state%253DSt4te")
            << QStringLiteral("DOUBLEc0de");
        QTest::newRow("double-encoded json refresh_token")
            << QStringLiteral("%2522refresh_token%2522%253A%2520%2522r3fr3sh-v4lue%2522")
            << QStringLiteral("r3fr3sh-v4lue");
        QTest::newRow("encoded bearer header")
            << QStringLiteral("h=Authorization%3A%20Bearer%20t0kenvalue99")
            << QStringLiteral("t0kenvalue99");
    }

    void everySecretPatternIsMasked()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = LogRedactor::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(LogRedactor::mask), qPrintable(out));
    }

    // An encoded value is masked whole, up to the encoded separator, and what follows
    // it is kept.
    void masksEncodedValuesWhole_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("encoded characters inside the value")
            << QStringLiteral("client_secret%3Dab%2Bcd%2Fef99%26x%3D1")
            << QStringLiteral("client_secret%3D[redacted]%26x%3D1");
        QTest::newRow("double-encoded callback")
            << QStringLiteral("u=%252Fcallback%253Fcode%253Dc0de%252B9%2526state%253Ds1%2520x")
            << QStringLiteral("u=%252Fcallback%253Fcode%253D[redacted]%2526state%253D[redacted]"
                              "%2520x");
    }

    void masksEncodedValuesWhole()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(LogRedactor::redact(input), expected);
    }

    void keepsOrdinaryText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("plain") << QStringLiteral("POST /api/v1/statuses -> 200");
        QTest::newRow("words") << QStringLiteral("the token store is ready");
        QTest::newRow("code review") << QStringLiteral("after code review the state is good");
        QTest::newRow("encoded words")
            << QStringLiteral("GET /api/v2/search?q=code%20review%20state%3F&type=statuses");
        QTest::newRow("encoded other parameter")
            << QStringLiteral("redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback&scope=read%20write");
        QTest::newRow("empty") << QString();
    }

    void keepsOrdinaryText()
    {
        QFETCH(QString, input);
        QCOMPARE(LogRedactor::redact(input), input);
    }

    void redactsRegisteredSecretsAnywhere()
    {
        const QString secret = QStringLiteral("Zq8-unusual-shape-secret");
        QVERIFY(!LogRedactor::redact(secret).contains(LogRedactor::mask));
        LogRedactor::addSecret(secret);
        QCOMPARE(LogRedactor::redact(QStringLiteral("stored ") + secret + QStringLiteral(" ok")),
                 QStringLiteral("stored ") + LogRedactor::mask + QStringLiteral(" ok"));
        LogRedactor::removeSecret(secret);
        QVERIFY(LogRedactor::redact(secret).contains(secret));
    }

    void ignoresTooShortSecrets()
    {
        LogRedactor::addSecret(QStringLiteral("a"));
        QCOMPARE(LogRedactor::redact(QStringLiteral("a banana")), QStringLiteral("a banana"));
    }

    // The installed handler is what protects Qt's own messages too; check what a
    // handler further down the chain receives.
    void handlerForwardsRedactedMessages()
    {
        static QStringList received;
        received.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &msg) {
                received.append(msg);
            });
        RedactingMessageHandler::install();
        qWarning("reply: %s", R"({"access_token":"leakyleakyleaky"})");
        qInstallMessageHandler(previous);

        QCOMPARE(received.size(), 1);
        QVERIFY2(!received.constFirst().contains(QStringLiteral("leakyleakyleaky")),
                 qPrintable(received.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestLogRedactor)
#include "tst_logredactor.moc"
