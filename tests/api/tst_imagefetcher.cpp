#include "api/imagefetcher.h"
#include "sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QtTest>

class TestImageFetcher : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;

    QByteArray fetch(const QUrl &url)
    {
        ImageFetcher fetcher(&m_nam);
        QSignalSpy fetched(&fetcher, &ImageFetcher::fetched);
        fetcher.fetch(url);
        if (fetched.isEmpty() && !fetched.wait(10000))
            return "timeout";
        return fetched.constFirst().at(1).toByteArray();
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void fetchesAnAvatarWithPosthornsUserAgentAndNoCredentials()
    {
        const QJsonObject me =
            m_sandbox.control("GET", QStringLiteral("/api/v1/accounts/1")).object();
        const QUrl avatar(me.value(QStringLiteral("avatar_static")).toString());
        QVERIFY(avatar.isValid());
        const QByteArray bytes = fetch(avatar);
        QVERIFY2(bytes.startsWith("\x89PNG"), bytes.left(40).constData());
        const QList<QJsonObject> seen = m_sandbox.requestsTo(avatar.path(), "GET");
        QVERIFY(!seen.isEmpty());
        const QJsonObject headers = seen.last().value(QStringLiteral("headers")).toObject();
        QVERIFY2(headers.value(QStringLiteral("user-agent"))
                     .toString()
                     .startsWith(QLatin1String("Posthorn/")),
                 qPrintable(headers.value(QStringLiteral("user-agent")).toString()));
        QVERIFY(!headers.contains(QStringLiteral("authorization")));
        QVERIFY(!headers.contains(QStringLiteral("cookie")));
    }

    // Pictures often live on a CDN: the instance's redirect there is followed, and the
    // other site sees Posthorn's User-Agent but never a credential.
    void followsAPictureToAnotherOriginWithoutCredentials()
    {
        const QString path = QStringLiteral("/avatars/2.png");
        m_sandbox.addFault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("redirect")},
                                       {QStringLiteral("path"), path},
                                       {QStringLiteral("status"), 302}});
        // The other site answers 404 to everything, so no picture comes back; what
        // matters is what reached it.
        QCOMPARE(fetch(m_sandbox.baseUrl().resolved(QUrl(path))), QByteArray());
        const QString elsewhere = m_sandbox.elsewhereUrl().toString();
        QList<QJsonObject> atElsewhere;
        const QList<QJsonObject> seen = m_sandbox.requestsTo(path, "GET");
        for (const QJsonObject &entry : seen) {
            if (entry.value(QStringLiteral("origin")).toString() == elsewhere)
                atElsewhere.append(entry);
        }
        QCOMPARE(atElsewhere.size(), 1);
        const QJsonObject headers = atElsewhere.first().value(QStringLiteral("headers")).toObject();
        QVERIFY(headers.value(QStringLiteral("user-agent"))
                    .toString()
                    .startsWith(QLatin1String("Posthorn/")));
        QVERIFY(!headers.contains(QStringLiteral("authorization")));
        QVERIFY(!headers.contains(QStringLiteral("cookie")));
    }

    void givesUpOnAPictureLargerThanTheLimit()
    {
        const QString path = QStringLiteral("/avatars/3.png");
        m_sandbox.addFault(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("huge")},
                        {QStringLiteral("path"), path},
                        {QStringLiteral("bytes"), double(ImageFetcher::maxBytes + 1)}});
        QCOMPARE(fetch(m_sandbox.baseUrl().resolved(QUrl(path))), QByteArray());
        // The same picture within the limit does arrive: the size was the reason.
        QVERIFY(fetch(m_sandbox.baseUrl().resolved(QUrl(path))).startsWith("\x89PNG"));
    }

    void refusesInsecureAndMissingPictures_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("plain http elsewhere") << "http://example.org/a.png";
        QTest::newRow("not found") << "/avatars/does-not-exist.png";
    }

    void refusesInsecureAndMissingPictures()
    {
        QFETCH(QString, url);
        QCOMPARE(fetch(m_sandbox.baseUrl().resolved(QUrl(url))), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestImageFetcher)
#include "tst_imagefetcher.moc"
