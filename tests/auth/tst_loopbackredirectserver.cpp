#include "auth/loopbackredirectserver.h"
#include "auth/oauthcallback.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

// The listener of "Use my browser instead", reached over real loopback HTTP as the
// user's browser reaches it.
class TestLoopbackRedirectServer : public QObject
{
    Q_OBJECT

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
