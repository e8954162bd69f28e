#include "auth/loopbackredirectserver.h"
#include "auth/oauthcallback.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>

// The listener of "Use my browser instead", reached over real loopback HTTP as the
// user's browser reaches it.
class TestLoopbackRedirectServer : public QObject
{
    Q_OBJECT

private:
    // The request line goes out exactly as given: an HTTP client library could tidy
    // up a path such as /callback/../x before sending it.
    // The server answers from this thread's event loop, which the spy's wait runs.
    static QByteArray rawGet(quint16 port, const QByteArray &target)
    {
        QTcpSocket socket;
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        if (!closed.wait(5000))
            return {};
        return socket.readAll();
    }

private slots:
    void catchesTheRedirectAndAnswersTheBrowser()
    {
        LoopbackRedirectServer server;
        QVERIFY(server.listen());
        QVERIFY(server.port() > 0);
        QSignalSpy caught(&server, &LoopbackRedirectServer::callbackReceived);

        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/callback?code=c0de-X_y&state=St4te")
                     .arg(server.port()))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(reply->readAll().contains("close this tab"));
        reply->deleteLater();

        QCOMPARE(caught.size(), 1);
        const OAuthCallback cb = OAuthCallback::parse(
            caught.constFirst().constFirst().toUrl(),
            QUrl(QStringLiteral("http://127.0.0.1/callback")), QStringLiteral("St4te"));
        QCOMPARE(cb.outcome, OAuthCallback::Outcome::Code);
        QCOMPARE(cb.code, QStringLiteral("c0de-X_y"));
    }

    // A page elsewhere on 127.0.0.1 (or a guess at one) is not a callback, however
    // close its path is to /callback.
    void answersOnlyTheExactCallbackPath_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("longer name") << QByteArrayLiteral("/callbackX");
        QTest::newRow("dot segments") << QByteArrayLiteral("/callback/../x");
        QTest::newRow("below it") << QByteArrayLiteral("/callback/evil");
        QTest::newRow("other case") << QByteArrayLiteral("/Callback");
        QTest::newRow("percent-encoded") << QByteArrayLiteral("/%63allback");
        QTest::newRow("root") << QByteArrayLiteral("/");
    }

    void answersOnlyTheExactCallbackPath()
    {
        QFETCH(QByteArray, path);
        LoopbackRedirectServer server;
        QVERIFY(server.listen());
        QSignalSpy caught(&server, &LoopbackRedirectServer::callbackReceived);

        const QByteArray wrong = rawGet(server.port(), path + "?code=c0de&state=St4te");
        QVERIFY2(wrong.startsWith("HTTP/1.1 404 "), wrong.constData());
        QVERIFY(!wrong.contains("close this tab"));
        QCOMPARE(caught.size(), 0);

        // The same server still takes the real callback afterwards.
        const QByteArray right = rawGet(server.port(), "/callback?code=c0de&state=St4te");
        QVERIFY2(right.startsWith("HTTP/1.1 200 "), right.constData());
        QCOMPARE(caught.size(), 1);
        QCOMPARE(caught.constFirst().constFirst().toUrl().path(), QStringLiteral("/callback"));
    }

    // Nothing on the network may reach it: the kernel's own table of listening
    // sockets shows which address the port is bound to.
    void listensOnLoopbackOnly()
    {
        LoopbackRedirectServer server;
        QVERIFY(server.listen());
        QFile table(QStringLiteral("/proc/net/tcp"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QByteArray port =
            QByteArray::number(server.port(), 16).toUpper().rightJustified(4, '0');
        QByteArrayList boundTo;
        for (const QByteArray &line : table.readAll().split('\n')) {
            const QByteArrayList fields = line.simplified().split(' ');
            // fields: sl local_address rem_address st ...; 0A is LISTEN
            if (fields.size() > 3 && fields.at(3) == "0A" &&
                fields.at(1).endsWith(QByteArray(':' + port)))
                boundTo.append(fields.at(1).left(8));
        }
        QCOMPARE(boundTo, QByteArrayList{"0100007F"}); // 127.0.0.1, little-endian hex
        server.close();
        QCOMPARE(server.port(), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackRedirectServer)
#include "tst_loopbackredirectserver.moc"
