#include "util/logredactor.h"
#include "util/redactingmessagehandler.h"

#include <QtTest>

class TestLogRedactor : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LogRedactor::clearSecrets(); }

    void redactsPatterns_data()
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
    }

    void redactsPatterns()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = LogRedactor::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(LogRedactor::mask), qPrintable(out));
    }

    void keepsOrdinaryText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("plain") << QStringLiteral("POST /api/v1/statuses -> 200");
        QTest::newRow("words") << QStringLiteral("the token store is ready");
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
