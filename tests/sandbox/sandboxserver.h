#pragma once

#include "sandboxstate.h"

#include <QAbstractHttpServer>
#include <QPointer>

#include <memory>
#include <vector>

class QTcpServer;
class QTcpSocket;
class Routes;
class StatusRoutes;
class TokenAuth;
class SandboxRequest;
class SandboxResponse;

// The HTTP front of the sandbox. It subclasses QAbstractHttpServer rather than using
// QHttpServer's router because every request must pass through one place: it is logged,
// a fault may replace, delay or cut its reply, and per-token rate limits apply. Replies are
// written to the socket by hand so that faults can send half a body or none at all.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const QString &origin, QObject *parent = nullptr);
    ~SandboxServer() override;

    [[nodiscard]] SandboxState &state() { return m_state; }
    // A second listener that stands for another site: the target of redirect faults.
    // It serves nothing; it only logs what reached it, so tests can prove that no
    // request (and no Authorization header) followed a redirect off the instance.
    void bindElsewhere(QTcpServer *server, const QString &origin);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxResponse dispatch(const SandboxRequest &request);
    SandboxResponse respondWithRateLimit(const SandboxRequest &request);
    void logRequest(const SandboxRequest &request, const QString &origin);
    void annotateLog(const QString &key, const QJsonValue &value);
    static SandboxResponse faultResponse(int status);

    static QByteArray serializeHead(const SandboxResponse &response, qint64 contentLength);
    static void write(QTcpSocket *socket, const SandboxResponse &response, bool closeAfter);

    SandboxState m_state;
    QPointer<QTcpServer> m_elsewhere;
    QString m_elsewhereOrigin;
    std::unique_ptr<TokenAuth> m_auth;
    std::unique_ptr<StatusRoutes> m_statusRoutes;
    std::vector<std::unique_ptr<Routes>> m_routes;
};
