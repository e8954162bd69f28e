#include "sandboxprocess.h"
#include "util/imagefetcher.h"

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

    void fetchesAnAvatarWithoutCredentials()
    {
        const QJsonObject me =
            m_sandbox.control("GET", QStringLiteral("/api/v1/accounts/1")).object();
        const QUrl avatar(me.value(QStringLiteral("avatar_static")).toString());
        QVERIFY(avatar.isValid());
        const QByteArray bytes = fetch(avatar);
        QVERIFY2(bytes.startsWith("\x89PNG"), bytes.left(40).constData());
        const QJsonArray log = m_sandbox.requests();
        QVERIFY(!log.isEmpty());
        QVERIFY(!log.last()[QStringLiteral("headers")].toObject().contains(
            QStringLiteral("authorization")));
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
