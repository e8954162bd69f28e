#include "instanceprobe.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProbe, "posthorn.instance")

namespace {

const QString instanceV2Path = QStringLiteral("/api/v2/instance");
const QString instanceV1Path = QStringLiteral("/api/v1/instance");
const QString discoveryPath = QStringLiteral("/.well-known/oauth-authorization-server");

// ApiError has one kind, Network, for every failure to connect, and tells them apart
// only by its message. Compared with ApiReply's own (translated) text, so both sides
// use the same translation.
bool isMessageOf(const ApiError &error, const char *apiReplyText)
{
    return error.message == QCoreApplication::translate("ApiReply", apiReplyText);
}

} // namespace

InstanceProbe::InstanceProbe(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    Q_ASSERT(m_nam);
}

InstanceProbe::~InstanceProbe()
{
    abort();
}

void InstanceProbe::start(const QUrl &baseUrl)
{
    abort();
    m_client = new ApiClient(m_nam, baseUrl, this);
    m_client->setTransferTimeout(m_timeout);
    m_result = InstanceProbeResult();
    m_result.baseUrl = m_client->baseUrl();
    m_instanceDone = false;
    m_authServerDone = false;
    m_askedV1 = false;
    qCDebug(lcProbe).noquote() << "probing" << m_result.baseUrl.toString();

    // Both at once: the discovery document is small and saves a round trip later.
    requestInstance(instanceV2Path);
    m_authServerReply = m_client->get(discoveryPath);
    connect(m_authServerReply, &ApiReply::finished, this, &InstanceProbe::onAuthServerFinished);
}

void InstanceProbe::abort()
{
    // Disconnected first: ApiReply::abort() reports Cancelled at once, and an aborted
    // probe must never report.
    for (ApiReply *reply : {m_instanceReply.data(), m_authServerReply.data()}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    m_instanceReply = nullptr;
    m_authServerReply = nullptr;
    if (m_client) {
        // Later, not now: abort() may run inside one of the client's own replies'
        // finished() (a new start() from a slot connected to finished()).
        m_client->deleteLater();
        m_client = nullptr;
    }
}

void InstanceProbe::requestInstance(const QString &path)
{
    m_instanceReply = m_client->get(path);
    connect(m_instanceReply, &ApiReply::finished, this, &InstanceProbe::onInstanceFinished);
}

void InstanceProbe::onInstanceFinished(const ApiResult &result)
{
    m_instanceReply = nullptr;
    if (result.error.kind == ApiError::Kind::NotFound && !m_askedV1) {
        // Mastodon before 4.0 has only the v1 endpoint.
        m_askedV1 = true;
        requestInstance(instanceV1Path);
        return;
    }
    ApiError error;
    const std::optional<Instance> instance = result.parseAs<Instance>(&error);
    if (!instance) {
        fail(error);
        return;
    }
    m_result.instance = *instance;
    m_instanceDone = true;
    reportIfDone();
}

void InstanceProbe::onAuthServerFinished(const ApiResult &result)
{
    m_authServerReply = nullptr;
    m_authServerDone = true;
    // Optional by nature: servers before 4.3 answer 404, and without it the sign-in
    // falls back to the classic endpoints and scopes. Only a timeout says something
    // about the server as a whole, and the instance request will say it too.
    if (result.ok()) {
        ApiError error;
        if (const auto metadata = result.parseAs<AuthServerMetadata>(&error))
            m_result.authServer = *metadata;
        else
            qCWarning(lcProbe).noquote() << "ignoring unusable OAuth metadata:" << error.message;
    } else if (result.error.kind != ApiError::Kind::NotFound) {
        qCDebug(lcProbe).noquote() << "no OAuth metadata:" << ApiError::kindName(result.error.kind);
    }
    reportIfDone();
}

void InstanceProbe::fail(const ApiError &error)
{
    qCDebug(lcProbe).noquote() << "probe failed:" << ApiError::kindName(error.kind)
                               << error.httpStatus;
    // The discovery document is of no use without the instance.
    abort();
    m_result.error = error;
    m_result.message = messageFor(error);
    m_result.authServer.reset();
    const InstanceProbeResult result = m_result;
    emit finished(result);
}

void InstanceProbe::reportIfDone()
{
    if (!m_instanceDone || !m_authServerDone)
        return;
    m_client->deleteLater();
    m_client = nullptr;
    const InstanceProbeResult result = m_result;
    emit finished(result);
}

QString InstanceProbe::messageFor(const ApiError &error) const
{
    const QString host = m_result.baseUrl.host();
    const QString notMastodon =
        tr("%1 does not look like a Mastodon server (or one compatible with it). Check the "
           "address: it is the part after the second @ of your handle, like mastodon.social.")
            .arg(host);
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
        if (isMessageOf(error, "The server's address could not be found."))
            return tr("There is no server called %1. Check the address for typing mistakes.")
                .arg(host);
        if (isMessageOf(error, "The server refused the connection."))
            return tr("%1 refused the connection. The server may be down, or the address or "
                      "port may be wrong.")
                .arg(m_result.baseUrl.authority());
        return tr("Posthorn could not reach %1. Check your network connection and try again.")
            .arg(host);
    case ApiError::Kind::Timeout:
        return tr("%1 did not answer in time. It may be busy or down; try again in a while.")
            .arg(host);
    case ApiError::Kind::Tls:
        return tr("The secure connection to %1 failed, so Posthorn did not go on. The server's "
                  "certificate may be invalid or expired, or something between you and the "
                  "server interferes. (%2)")
            .arg(host, error.message);
    case ApiError::Kind::ServerError:
        return tr("%1 has a problem right now (HTTP %2). Try again later.")
            .arg(host)
            .arg(error.httpStatus);
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Malformed:
        return notMastodon;
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Insecure:
    case ApiError::Kind::Cancelled:
        return error.message;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Validation:
        // Mastodon describes itself to anyone; refusing to is not Mastodon behaviour.
        return notMastodon + QLatin1Char(' ') + tr("(It answered HTTP %1.)").arg(error.httpStatus);
    }
    return error.message;
}
