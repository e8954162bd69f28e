// InstanceProbe against the real sandbox server and real sockets: every failure is
// produced by the network or the server, and turned into a message for the user.
#include "instance/instanceprobe.h"

#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;

namespace {

constexpr int finishTimeoutMs = 20000;

enum class Setup {
    ClosedPort,
    HttpsToPlainPort,
    MalformedInstance,
    NotFoundBoth,
    ServerError,
    Stalled,
    NoSuchHost,
    PlainHttpElsewhere,
};

QJsonObject fault(const QString &path, const QString &kind, const QJsonObject &extra = {})
{
    QJsonObject fault = extra;
    fault.insert(QStringLiteral("method"), QStringLiteral("GET"));
    fault.insert(QStringLiteral("path"), path);
    fault.insert(QStringLiteral("kind"), kind);
    return fault;
}

QStringList pathsRequested(SandboxProcess &sandbox)
{
    QStringList paths;
    const QJsonArray all = sandbox.requests();
    for (const QJsonValue &entry : all)
        paths << entry.toObject().value(QLatin1String("path")).toString();
    return paths;
}

} // namespace

class TestInstanceProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void v2InstanceIsParsed();
    void serverWithoutV2InstanceIsReadFromV1();
    void withoutDiscoveryMetadataIsAbsent();
    void failedProbeSaysWhatWentWrong_data();
    void failedProbeSaysWhatWentWrong();
    void onlyTheNewestStartReports();
    void abortedProbeIsSilent();

private:
    // Runs one probe to its end; the result of the single finished() it must emit.
    InstanceProbeResult probe(const QUrl &baseUrl, std::chrono::milliseconds timeout = 15s);

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestInstanceProbe::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
}

void TestInstanceProbe::init()
{
    m_sandbox.reset();
}

InstanceProbeResult TestInstanceProbe::probe(const QUrl &baseUrl, std::chrono::milliseconds timeout)
{
    InstanceProbe probe(&m_nam);
    probe.setTransferTimeout(timeout);
    QSignalSpy finished(&probe, &InstanceProbe::finished);
    probe.start(baseUrl);
    if (!finished.wait(finishTimeoutMs)) {
        QTest::qFail("the probe never finished", __FILE__, __LINE__);
        return {};
    }
    // Fixed wait: checks that nothing happens; a late second report would show up here.
    QTest::qWait(50);
    if (finished.size() != 1)
        QTest::qFail("the probe reported more than once", __FILE__, __LINE__);
    return finished.constFirst().constFirst().value<InstanceProbeResult>();
}

void TestInstanceProbe::v2InstanceIsParsed()
{
    // Limits other than Mastodon's defaults, so they are known to come from the server.
    m_sandbox.control(
        "POST", QStringLiteral("/_sandbox/instance"),
        QJsonObject{{QStringLiteral("configuration"),
                     QJsonObject{{QStringLiteral("statuses"),
                                  QJsonObject{{QStringLiteral("max_characters"), 1000},
                                              {QStringLiteral("max_media_attachments"), 6}}},
                                 {QStringLiteral("polls"),
                                  QJsonObject{{QStringLiteral("max_options"), 8}}}}},
                    {QStringLiteral("version"), QStringLiteral("4.3.2")}});

    const InstanceProbeResult result = probe(m_sandbox.baseUrl());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.baseUrl, m_sandbox.baseUrl());
    QCOMPARE(result.instance.title, QStringLiteral("Posthorn Sandbox"));
    QCOMPARE(result.instance.version, QStringLiteral("4.3.2"));
    QVERIFY(!result.instance.fromV1);
    QCOMPARE(result.instance.userCount, std::optional<qint64>(42));
    QCOMPARE(result.instance.configuration.maxCharacters, 1000);
    QCOMPARE(result.instance.configuration.maxMediaAttachments, 6);
    QCOMPARE(result.instance.configuration.charactersReservedPerUrl, 23);
    QCOMPARE(result.instance.configuration.pollMaxOptions, 8);
    QVERIFY(!result.instance.rules.isEmpty());

    QVERIFY(result.authServer.has_value());
    QVERIFY(result.authServer->supportsPkceS256());
    QVERIFY(result.authServer->supportsScope(QStringLiteral("write:statuses")));
    QCOMPARE(result.authServer->authorizationEndpoint,
             m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/oauth/authorize"))));

    const QStringList paths = pathsRequested(m_sandbox);
    QVERIFY(paths.contains(QStringLiteral("/api/v2/instance")));
    QVERIFY(paths.contains(QStringLiteral("/.well-known/oauth-authorization-server")));
    QVERIFY(!paths.contains(QStringLiteral("/api/v1/instance")));
}

void TestInstanceProbe::serverWithoutV2InstanceIsReadFromV1()
{
    m_sandbox.control(
        "POST", QStringLiteral("/_sandbox/instance"),
        QJsonObject{
            {QStringLiteral("features"), QJsonObject{{QStringLiteral("v2_instance"), false}}},
            {QStringLiteral("configuration"),
             QJsonObject{{QStringLiteral("statuses"),
                          QJsonObject{{QStringLiteral("max_characters"), 777}}}}}});

    const InstanceProbeResult result = probe(m_sandbox.baseUrl());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.instance.fromV1);
    QCOMPARE(result.instance.title, QStringLiteral("Posthorn Sandbox"));
    QVERIFY(!result.instance.version.isEmpty());
    QCOMPARE(result.instance.userCount, std::optional<qint64>(59));
    QCOMPARE(result.instance.configuration.maxCharacters, 777);
    QVERIFY(result.authServer.has_value());

    const QStringList paths = pathsRequested(m_sandbox);
    const qsizetype v2 = paths.indexOf(QStringLiteral("/api/v2/instance"));
    const qsizetype v1 = paths.indexOf(QStringLiteral("/api/v1/instance"));
    QVERIFY(v2 >= 0);
    QVERIFY2(v1 > v2, "v1 is asked only after v2 answered 404");
}

void TestInstanceProbe::withoutDiscoveryMetadataIsAbsent()
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/instance"),
                      QJsonObject{{QStringLiteral("features"),
                                   QJsonObject{{QStringLiteral("oauth_discovery"), false}}}});
    const InstanceProbeResult result = probe(m_sandbox.baseUrl());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!result.authServer.has_value());
    QCOMPARE(result.instance.title, QStringLiteral("Posthorn Sandbox"));
}

void TestInstanceProbe::failedProbeSaysWhatWentWrong_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("says");

    QTest::newRow("connection refused")
        << Setup::ClosedPort << ApiError::Kind::Network << QStringLiteral("refused the connection");
    QTest::newRow("https to a plain-HTTP port")
        << Setup::HttpsToPlainPort << ApiError::Kind::Tls
        << QStringLiteral("The secure connection to 127.0.0.1 failed");
    QTest::newRow("malformed instance JSON")
        << Setup::MalformedInstance << ApiError::Kind::Malformed
        << QStringLiteral("does not look like a Mastodon server");
    QTest::newRow("404 on v2 and v1") << Setup::NotFoundBoth << ApiError::Kind::NotFound
                                      << QStringLiteral("does not look like a Mastodon server");
    QTest::newRow("server error") << Setup::ServerError << ApiError::Kind::ServerError
                                  << QStringLiteral("has a problem right now (HTTP 503)");
    QTest::newRow("timeout") << Setup::Stalled << ApiError::Kind::Timeout
                             << QStringLiteral("did not answer in time");
    QTest::newRow("no such host") << Setup::NoSuchHost << ApiError::Kind::Network
                                  << QStringLiteral(
                                         "There is no server called posthorn-probe.invalid");
}

void TestInstanceProbe::failedProbeSaysWhatWentWrong()
{
    QFETCH(Setup, setup);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, says);

    QUrl url = m_sandbox.baseUrl();
    std::chrono::milliseconds timeout = 15s;
    switch (setup) {
    case Setup::ClosedPort: {
        // A port that was free a moment ago and has nobody listening now.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        url.setPort(server.serverPort());
        server.close();
        break;
    }
    case Setup::HttpsToPlainPort:
        url.setScheme(QStringLiteral("https"));
        break;
    case Setup::MalformedInstance:
        m_sandbox.addFault(fault(QStringLiteral("/api/v2/instance"), QStringLiteral("malformed")));
        break;
    case Setup::NotFoundBoth:
        for (const QString &path :
             {QStringLiteral("/api/v2/instance"), QStringLiteral("/api/v1/instance")})
            m_sandbox.addFault(
                fault(path, QStringLiteral("status"), {{QStringLiteral("status"), 404}}));
        break;
    case Setup::ServerError:
        m_sandbox.addFault(fault(QStringLiteral("/api/v2/instance"), QStringLiteral("status"),
                                 {{QStringLiteral("status"), 503}}));
        break;
    case Setup::Stalled:
        m_sandbox.addFault(fault(QStringLiteral("/api/v2/instance"), QStringLiteral("delay"),
                                 {{QStringLiteral("delayMs"), 4000}}));
        timeout = 600ms;
        break;
    case Setup::NoSuchHost:
        // RFC 6761: .invalid never resolves.
        url = QUrl(QStringLiteral("https://posthorn-probe.invalid"));
        break;
    case Setup::PlainHttpElsewhere:
        url = QUrl(QStringLiteral("http://posthorn-probe.invalid"));
        break;
    }

    const InstanceProbeResult result = probe(url, timeout);
    QVERIFY(!result.ok());
    QCOMPARE(ApiError::kindName(result.error.kind), ApiError::kindName(kind));
    QVERIFY2(result.message.contains(says), qPrintable(result.message));
    QVERIFY(!result.authServer.has_value());
}

void TestInstanceProbe::onlyTheNewestStartReports()
{
    m_sandbox.addFault(fault(QStringLiteral("/api/v2/instance"), QStringLiteral("delay"),
                             {{QStringLiteral("delayMs"), 1500}}));
    QUrl closed = m_sandbox.baseUrl();
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        closed.setPort(server.serverPort());
    }
    InstanceProbe probe(&m_nam);
    QSignalSpy finished(&probe, &InstanceProbe::finished);
    probe.start(m_sandbox.baseUrl()); // slow: superseded before it answers
    probe.start(closed);
    QVERIFY(finished.wait(finishTimeoutMs));
    // Fixed wait: checks that nothing happens; the superseded probe's slow answer is due
    // by then, and must not be reported.
    QTest::qWait(2000);
    QCOMPARE(finished.size(), 1);
    const auto result = finished.constFirst().constFirst().value<InstanceProbeResult>();
    QCOMPARE(result.baseUrl, closed);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
}

void TestInstanceProbe::abortedProbeIsSilent()
{
    m_sandbox.addFault(fault(QStringLiteral("/api/v2/instance"), QStringLiteral("delay"),
                             {{QStringLiteral("delayMs"), 500}}));
    InstanceProbe probe(&m_nam);
    QSignalSpy finished(&probe, &InstanceProbe::finished);
    probe.start(m_sandbox.baseUrl());
    probe.abort();
    // Fixed wait: checks that nothing happens past the server's 500 ms delay.
    QTest::qWait(1000);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestInstanceProbe)
#include "tst_instanceprobe.moc"
