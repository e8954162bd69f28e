#pragma once

#include "api/apierror.h"
#include "api/authservermetadata.h"
#include "api/instance.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class ApiClient;
class ApiReply;
class QNetworkAccessManager;
struct ApiResult;

// What the setup wizard learns about a server before signing in: the instance
// (GET /api/v2/instance, falling back to /api/v1/instance) and its OAuth metadata
// (/.well-known/oauth-authorization-server; absent before Mastodon 4.3).
struct InstanceProbeResult
{
    QUrl baseUrl;
    Instance instance;
    std::optional<AuthServerMetadata> authServer;
    ApiError error;  // Kind::None on success
    QString message; // for the user when it failed: what went wrong, in plain words

    [[nodiscard]] bool ok() const { return !error.isError(); }
};

class InstanceProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceProbe)

public:
    explicit InstanceProbe(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~InstanceProbe() override;

    // Aborts a probe still running; only the newest start() ever reports.
    void start(const QUrl &baseUrl);
    void abort();

    // No data for this long fails a request as a timeout. The wizard keeps the default;
    // tests shorten it so a stalled server need not be waited out.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    static constexpr std::chrono::milliseconds defaultTransferTimeout{15000};

signals:
    void finished(const InstanceProbeResult &result);

private:
    void requestInstance(const QString &path);
    void onInstanceFinished(const ApiResult &result);
    void onAuthServerFinished(const ApiResult &result);
    void fail(const ApiError &error);
    void reportIfDone();
    [[nodiscard]] QString messageFor(const ApiError &error) const;

    QNetworkAccessManager *m_nam;
    ApiClient *m_client = nullptr;
    QPointer<ApiReply> m_instanceReply;
    QPointer<ApiReply> m_authServerReply;
    InstanceProbeResult m_result;
    bool m_instanceDone = false;
    bool m_authServerDone = false;
    bool m_askedV1 = false;
    std::chrono::milliseconds m_timeout = defaultTransferTimeout;
};
