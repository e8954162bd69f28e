// What widgets get from AppContext talks to the server the way ApiClient does: the
// wizard's instance check, the finish page's avatar and the main window's pictures all
// carry Posthorn's User-Agent, and pictures no credentials.
#include "api/imagefetcher.h"
#include "appcontext.h"
#include "instance/instanceprobe.h"
#include "sandboxprocess.h"
#include "search/imageloader.h"

#include <QtTest>
#include <QUuid>

class TestAppContext : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    // A picture address no earlier run has put in the shared disk cache, so that the
    // request has to reach the sandbox.
    QUrl freshAvatarUrl(const QString &id) const
    {
        QUrl url = m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/avatars/%1.png").arg(id)));
        url.setQuery(QStringLiteral("run=") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        return url;
    }

    // The headers of the one request that reached `path`.
    QJsonObject headersOfOnlyRequestTo(const QString &path)
    {
        const QList<QJsonObject> seen = m_sandbox.requestsTo(path, "GET");
        if (seen.size() != 1)
            return {};
        return seen.first().value(QStringLiteral("headers")).toObject();
    }

    static bool isPosthornsUserAgent(const QJsonObject &headers)
    {
        return headers.value(QStringLiteral("user-agent"))
            .toString()
            .startsWith(QLatin1String("Posthorn/"));
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }
    void init() { m_sandbox.reset(); }

    void picturesForWidgetsCarryPosthornsUserAgentAndNoCredentials()
    {
        AppContext context;
        QObject owner;

        ImageFetcher *fetcher = context.createImageFetcher(&owner);
        QSignalSpy fetched(fetcher, &ImageFetcher::fetched);
        fetcher->fetch(freshAvatarUrl(QStringLiteral("1")));
        QVERIFY(fetched.wait(10000));
        QVERIFY(fetched.constFirst().at(1).toByteArray().startsWith("\x89PNG"));
        const QJsonObject fetcherHeaders = headersOfOnlyRequestTo(QStringLiteral("/avatars/1.png"));
        QVERIFY(isPosthornsUserAgent(fetcherHeaders));
        QVERIFY(!fetcherHeaders.contains(QStringLiteral("authorization")));

        ImageLoader *loader = context.createImageLoader(&owner);
        const QUrl avatar = freshAvatarUrl(QStringLiteral("2"));
        loader->request(avatar);
        QTRY_VERIFY_WITH_TIMEOUT(loader->hasImage(avatar), 10000);
        const QJsonObject loaderHeaders = headersOfOnlyRequestTo(QStringLiteral("/avatars/2.png"));
        QVERIFY(isPosthornsUserAgent(loaderHeaders));
        QVERIFY(!loaderHeaders.contains(QStringLiteral("authorization")));
    }

    void instanceCheckForTheWizardCarriesPosthornsUserAgent()
    {
        AppContext context;
        QObject owner;
        InstanceProbe *probe = context.createInstanceProbe(&owner);
        QSignalSpy finished(probe, &InstanceProbe::finished);
        probe->start(m_sandbox.baseUrl());
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.constFirst().at(0).value<InstanceProbeResult>().ok());
        QVERIFY(isPosthornsUserAgent(headersOfOnlyRequestTo(QStringLiteral("/api/v2/instance"))));
    }
};

QTEST_GUILESS_MAIN(TestAppContext)
#include "tst_appcontext.moc"
