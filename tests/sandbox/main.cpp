#include "oauthroutes.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>

#include <cstdio>

namespace {

void printLine(const QString &line)
{
    // Flushed at once: tests wait for the first line before they send anything.
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("posthorn-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTHORN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Mastodon-compatible server for Posthorn's tests and demos (loopback only)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 picks a free one)."),
                                        QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("Loopback address to listen on."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption hostileOption(
        QStringLiteral("hostile"),
        QStringLiteral("Append TEXT to every name, post, description and error the API "
                       "returns, like a server that sends markup (for trying Posthorn with one)."),
        QStringLiteral("TEXT"));
    parser.addOption(portOption);
    parser.addOption(hostOption);
    parser.addOption(hostileOption);
    const QCommandLineOption apiVersionOption(
        QStringLiteral("api-version"),
        QStringLiteral("The api_versions.mastodon to report (7 by default: quote posts; 2 for a "
                       "4.3 server that cannot quote; 0 for none, as before 4.3)."),
        QStringLiteral("N"));
    parser.addOption(apiVersionOption);
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "posthorn-sandbox: --port needs a number from 0 to 65535\n");
        return 2;
    }
    QString host = parser.value(hostOption);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    // The sandbox hands out tokens to anyone and has a control API: never expose it.
    if (address.isNull() || !address.isLoopback()) {
        std::fprintf(stderr,
                     "posthorn-sandbox: refusing to listen on %s: only loopback "
                     "addresses (127.0.0.1, ::1) are allowed\n",
                     qPrintable(host));
        return 2;
    }

    auto *tcpServer = new QTcpServer;
    if (!tcpServer->listen(address, quint16(port))) {
        std::fprintf(stderr, "posthorn-sandbox: cannot listen on %s port %u: %s\n",
                     qPrintable(host), port, qPrintable(tcpServer->errorString()));
        delete tcpServer;
        return 1;
    }
    const QString hostPart = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                 : address.toString();
    const QString origin =
        QStringLiteral("http://%1:%2").arg(hostPart).arg(tcpServer->serverPort());

    auto *elsewhere = new QTcpServer;
    if (!elsewhere->listen(address, 0)) {
        std::fprintf(stderr, "posthorn-sandbox: cannot open a second port on %s: %s\n",
                     qPrintable(host), qPrintable(elsewhere->errorString()));
        delete tcpServer;
        delete elsewhere;
        return 1;
    }
    const QString elsewhereOrigin =
        QStringLiteral("http://%1:%2").arg(hostPart).arg(elsewhere->serverPort());

    SandboxServer server(origin);
    server.bind(tcpServer);
    server.bindElsewhere(elsewhere, elsewhereOrigin);
    server.state().hostileText = parser.value(hostileOption);
    if (parser.isSet(apiVersionOption)) {
        bool versionOk = false;
        const int apiVersion = parser.value(apiVersionOption).toInt(&versionOk);
        if (!versionOk || apiVersion < 0) {
            std::fprintf(stderr, "posthorn-sandbox: --api-version needs a number from 0\n");
            return 2;
        }
        server.state().startApiVersion = apiVersion;
        server.state().config.setApiVersion(apiVersion);
    }

    printLine(QStringLiteral("Posthorn sandbox listening on ") + origin);
    printLine(QStringLiteral("Demo account: @demo (Demo). The sign-in page signs you in as "
                             "@demo without a password; press Authorize."));
    printLine(QStringLiteral("Clients that sign in with the password grant: e-mail %1, "
                             "password %2.")
                  .arg(OAuthRoutes::demoEmail(), OAuthRoutes::demoPassword()));
    printLine(QStringLiteral("Point Posthorn at it: enter %1 as the instance address in the "
                             "setup wizard.")
                  .arg(origin));
    printLine(QStringLiteral("Control API for tests: %1/_sandbox/ (requests, reset, faults, "
                             "tokens, clock, ...). Stop with Ctrl+C.")
                  .arg(origin));
    printLine(QStringLiteral("Another site, where redirect faults point: ") + elsewhereOrigin);
    return app.exec();
}
