// The one protocol between Posthorn and posthorn-signin: what one side encodes the
// other decodes to the same message, and a line that is not a message is refused
// rather than half-understood.
#include "auth/signinpipe.h"

#include <QtTest>

using Kind = SignInPipe::Event::Kind;
Q_DECLARE_METATYPE(SignInPipe::Event::Kind)

class TestSignInPipe : public QObject
{
    Q_OBJECT

private:
    // One message is one line: a newline inside it would cut it in two for the reader.
    static bool isOneLine(const QByteArray &encoded)
    {
        return encoded.endsWith('\n') && encoded.count('\n') == 1;
    }

private slots:
    void requestRoundTripsUnchanged_data()
    {
        QTest::addColumn<QString>("authorizeUrl");
        QTest::addColumn<QString>("redirectUri");

        QTest::newRow("embedded, PKCE")
            << "https://mastodon.example/oauth/authorize?response_type=code&client_id=a-b_c"
               "&redirect_uri=posthorn%3A%2F%2Fcallback&scope=write%3Astatuses%20profile"
               "&state=Zm9v_YmFy-&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
               "&code_challenge_method=S256"
            << "posthorn://callback";
        QTest::newRow("loopback redirect with a port")
            << "http://127.0.0.1:3000/oauth/authorize?state=s%2Bt%26u"
            << "http://127.0.0.1:45123/callback";
        QTest::newRow("non-ASCII instance and path")
            << "https://xn--mstdn-gra.example/oauth/authorize?x=%C3%A9%E2%9C%93"
            << "posthorn://callback";
    }

    void requestRoundTripsUnchanged()
    {
        QFETCH(QString, authorizeUrl);
        QFETCH(QString, redirectUri);
        const SignInPipe::Request sent{QUrl(authorizeUrl, QUrl::StrictMode),
                                       QUrl(redirectUri, QUrl::StrictMode)};
        QVERIFY(sent.authorizeUrl.isValid());
        const QByteArray line = SignInPipe::encode(sent);
        QVERIFY(isOneLine(line));
        const std::optional<SignInPipe::Request> received = SignInPipe::decodeRequest(line);
        QVERIFY(received.has_value());
        // Byte for byte: the state and challenge must reach the server as they were made.
        QCOMPARE(received->authorizeUrl.toString(QUrl::FullyEncoded),
                 sent.authorizeUrl.toString(QUrl::FullyEncoded));
        QCOMPARE(received->redirectUri, sent.redirectUri);
    }

    void eventRoundTripsUnchanged_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");

        QTest::newRow("shown") << Kind::Shown << QString() << QString();
        QTest::newRow("cancelled") << Kind::Cancelled << QString() << QString();
        QTest::newRow("callback with code and state")
            << Kind::Callback << "posthorn://callback?code=c%2Bd%3D&state=Zm9v_YmFy-" << QString();
        QTest::newRow("callback with an error description")
            << Kind::Callback
            << "http://127.0.0.1:45123/callback?error=access_denied"
               "&error_description=The%20resource%20owner%20denied%20%E2%80%9Cit%E2%80%9D&state=s"
            << QString();
        QTest::newRow("error with quotes, a newline and non-ASCII")
            << Kind::Error << QString() << QStringLiteral("cannot \"start\"\nGPU: échec ✗ \\ end");
    }

    void eventRoundTripsUnchanged()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, url);
        QFETCH(QString, message);
        const SignInPipe::Event sent{kind, QUrl(url, QUrl::StrictMode), message};
        const QByteArray line = SignInPipe::encode(sent);
        QVERIFY(isOneLine(line));
        const std::optional<SignInPipe::Event> received = SignInPipe::decodeEvent(line);
        QVERIFY(received.has_value());
        QCOMPARE(received->kind, kind);
        QCOMPARE(received->url.toString(QUrl::FullyEncoded), sent.url.toString(QUrl::FullyEncoded));
        QCOMPARE(received->message, message);
    }

    // What the helper wrote before this protocol had one home must still be read.
    void eventsAsTheHelperWroteThemAreRead()
    {
        const auto shown = SignInPipe::decodeEvent(QByteArrayLiteral("{\"event\":\"shown\"}\n"));
        QVERIFY(shown && shown->kind == Kind::Shown);
        const auto callback = SignInPipe::decodeEvent(QByteArrayLiteral(
            "{\"event\":\"callback\",\"url\":\"posthorn://callback?code=x&state=y\"}"));
        QVERIFY(callback && callback->kind == Kind::Callback);
        QCOMPARE(callback->url, QUrl(QStringLiteral("posthorn://callback?code=x&state=y")));
        const auto request = SignInPipe::decodeRequest(
            QByteArrayLiteral("{\"authorizeUrl\":\"https://a.example/oauth/authorize?state=s\","
                              "\"redirectUri\":\"posthorn://callback\"}\n"));
        QVERIFY(request.has_value());
        QCOMPARE(request->authorizeUrl.host(), QStringLiteral("a.example"));
    }

    void malformedRequestIsRefused_data()
    {
        QTest::addColumn<QByteArray>("line");

        const QByteArray good = "\"redirectUri\":\"posthorn://callback\"";
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("authorizeUrl=https://a.example\n");
        QTest::newRow("cut short") << QByteArray("{\"authorizeUrl\":\"https://a.exa");
        QTest::newRow("an array") << QByteArray("[\"https://a.example\",\"posthorn://callback\"]");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("no redirect") << QByteArray("{\"authorizeUrl\":\"https://a.example/o\"}");
        QTest::newRow("no authorization page") << "{" + good + "}";
        QTest::newRow("authorization page not a string") << "{\"authorizeUrl\":42," + good + "}";
        QTest::newRow("local file") << "{\"authorizeUrl\":\"file:///etc/passwd\"," + good + "}";
        QTest::newRow("script") << "{\"authorizeUrl\":\"javascript:alert(1)\"," + good + "}";
        QTest::newRow("relative") << "{\"authorizeUrl\":\"/oauth/authorize\"," + good + "}";
        QTest::newRow("broken address") << "{\"authorizeUrl\":\"https://[::1/x\"," + good + "}";
        QTest::newRow("redirect not an address")
            << QByteArray("{\"authorizeUrl\":\"https://a.example/o\",\"redirectUri\":\"%zz\"}");
        QTest::newRow("over-long line") << "{\"authorizeUrl\":\"https://a.example/o?s=" +
                                               QByteArray(SignInPipe::maxLineSize, 'a') + "\"," +
                                               good + "}";
    }

    void malformedRequestIsRefused()
    {
        QFETCH(QByteArray, line);
        QVERIFY(!SignInPipe::decodeRequest(line).has_value());
    }

    void malformedEventIsRefused_data()
    {
        QTest::addColumn<QByteArray>("line");

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("callback posthorn://callback?code=x\n");
        QTest::newRow("cut short") << QByteArray("{\"event\":\"callback\",\"url\":\"posth");
        QTest::newRow("an array") << QByteArray("[\"shown\"]");
        QTest::newRow("no event") << QByteArray("{\"url\":\"posthorn://callback?code=x\"}");
        QTest::newRow("unknown event") << QByteArray("{\"event\":\"approved\"}");
        QTest::newRow("event not a string") << QByteArray("{\"event\":1}");
        QTest::newRow("callback without a URL") << QByteArray("{\"event\":\"callback\"}");
        QTest::newRow("callback URL not a string")
            << QByteArray("{\"event\":\"callback\",\"url\":[\"posthorn://callback\"]}");
        QTest::newRow("callback URL relative")
            << QByteArray("{\"event\":\"callback\",\"url\":\"/callback?code=x\"}");
        QTest::newRow("over-long line") << "{\"event\":\"error\",\"message\":\"" +
                                               QByteArray(SignInPipe::maxLineSize, 'm') + "\"}";
    }

    void malformedEventIsRefused()
    {
        QFETCH(QByteArray, line);
        QVERIFY(!SignInPipe::decodeEvent(line).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSignInPipe)
#include "tst_signinpipe.moc"
