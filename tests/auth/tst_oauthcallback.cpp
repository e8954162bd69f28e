#include "auth/oauthcallback.h"

#include <QtTest>

Q_DECLARE_METATYPE(OAuthCallback::Outcome)

class TestOAuthCallback : public QObject
{
    Q_OBJECT

private slots:
    void isRedirectTo_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<bool>("expected");

        QTest::newRow("custom scheme") << "posthorn://callback?code=x"
                                       << "posthorn://callback" << true;
        QTest::newRow("custom scheme other host") << "posthorn://other?code=x"
                                                  << "posthorn://callback" << false;
        QTest::newRow("loopback other port") << "http://127.0.0.1:51234/callback?code=x"
                                             << "http://127.0.0.1/callback" << true;
        QTest::newRow("ipv6 loopback other port") << "http://[::1]:4000/callback"
                                                  << "http://[::1]/callback" << true;
        QTest::newRow("localhost needs same port") << "http://localhost:4000/callback"
                                                   << "http://localhost:3000/callback" << false;
        QTest::newRow("loopback other path") << "http://127.0.0.1:5000/evil"
                                             << "http://127.0.0.1/callback" << false;
        QTest::newRow("https instead of http") << "https://127.0.0.1/callback"
                                               << "http://127.0.0.1/callback" << false;
        QTest::newRow("instance page") << "https://mastodon.example/oauth/authorize"
                                       << "posthorn://callback" << false;
    }

    void isRedirectTo()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, redirect);
        QFETCH(bool, expected);
        QCOMPARE(OAuthCallback::isRedirectTo(QUrl(candidate), QUrl(redirect)), expected);
    }

    void callbackIsReadOrRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<OAuthCallback::Outcome>("outcome");
        QTest::addColumn<QString>("code");

        using O = OAuthCallback::Outcome;
        QTest::newRow("approved") << "posthorn://callback?code=abc123&state=S1" << O::Code
                                  << "abc123";
        QTest::newRow("encoded state")
            << "posthorn://callback?state=S1&code=c%2Bd" << O::Code << "c+d";
        QTest::newRow("wrong state")
            << "posthorn://callback?code=abc123&state=S2" << O::StateMismatch << "";
        QTest::newRow("missing state")
            << "posthorn://callback?code=abc123" << O::StateMismatch << "";
        QTest::newRow("denied") << "posthorn://callback?error=access_denied&state=S1" << O::Denied
                                << "";
        QTest::newRow("denied with wrong state")
            << "posthorn://callback?error=access_denied&state=nope" << O::StateMismatch << "";
        QTest::newRow("other error")
            << "posthorn://callback?error=invalid_scope&error_description=Bad+scope&state=S1"
            << O::Error << "";
        QTest::newRow("no code") << "posthorn://callback?state=S1" << O::Error << "";
        QTest::newRow("elsewhere")
            << "https://example.com/?code=abc&state=S1" << O::NotACallback << "";
    }

    void callbackIsReadOrRefusedWithTheReason()
    {
        QFETCH(QString, url);
        QFETCH(OAuthCallback::Outcome, outcome);
        QFETCH(QString, code);
        const OAuthCallback cb = OAuthCallback::parse(
            QUrl(url), QUrl(QStringLiteral("posthorn://callback")), QStringLiteral("S1"));
        QCOMPARE(cb.outcome, outcome);
        QCOMPARE(cb.code, code);
        if (outcome != OAuthCallback::Outcome::Code &&
            outcome != OAuthCallback::Outcome::NotACallback)
            QVERIFY(!cb.message.isEmpty());
        QVERIFY(!cb.message.contains(QStringLiteral("abc123")));
    }

    void emptyExpectedStateNeverMatches()
    {
        const OAuthCallback cb =
            OAuthCallback::parse(QUrl(QStringLiteral("posthorn://callback?code=x&state=")),
                                 QUrl(QStringLiteral("posthorn://callback")), QString());
        QCOMPARE(cb.outcome, OAuthCallback::Outcome::StateMismatch);
    }
};

QTEST_GUILESS_MAIN(TestOAuthCallback)
#include "tst_oauthcallback.moc"
