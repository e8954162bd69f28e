#include "apiclient.h"

#include "api/apilog.h"
#include "api/originpolicy.h"
#include "api/requestbuilder.h"
#include "util/logredactor.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcApi, "posthorn.api")

namespace {

const QByteArray jsonContentType = QByteArrayLiteral("application/json");

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(
          baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash))
    , m_baseUrlAllowed(OriginPolicy::isAllowedBaseUrl(m_baseUrl))
{
    Q_ASSERT(m_nam);
    if (!m_baseUrlAllowed)
        qCWarning(lcApi).noquote()
            << "refusing insecure base URL" << OriginPolicy::origin(m_baseUrl);
}

void ApiClient::setAccessToken(const QString &token)
{
    // Registered for redaction whatever happens next; an old token stays registered,
    // which is harmless and covers another client still holding it.
    LogRedactor::addSecret(token);
    m_accessToken = token;
}

void ApiClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_transferTimeout = timeout;
}

void ApiClient::setMaxReplySize(qint64 bytes)
{
    m_maxReplySize = bytes;
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    return start(request, nullptr);
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return start(request, nullptr);
}

ApiReply *ApiClient::postJson(const QString &path, const QJsonObject &body,
                              const ApiRequest::Headers &extraHeaders)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = jsonContentType;
    request.headers = extraHeaders;
    return start(request, nullptr);
}

ApiReply *ApiClient::postForm(const QString &path, const QUrlQuery &form)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = path;
    request.body = encodeQuery(form).toLatin1();
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    return start(request, nullptr);
}

ApiReply *ApiClient::postMultipart(const QString &path, QHttpMultiPart *multiPart,
                                   const ApiRequest::Headers &extraHeaders)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = path;
    request.headers = extraHeaders;
    return start(request, multiPart);
}

ApiReply *ApiClient::putJson(const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = jsonContentType;
    return start(request, nullptr);
}

ApiReply *ApiClient::deleteResource(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = path;
    request.query = query;
    return start(request, nullptr);
}

QString ApiClient::encodeQuery(const QUrlQuery &query)
{
    QStringList pairs;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                         QUrl::toPercentEncoding(value)));
    return pairs.join(QLatin1Char('&'));
}

ApiReply *ApiClient::start(const ApiRequest &request, QHttpMultiPart *multiPart)
{
    auto *reply = new ApiReply(request.method, request.path, m_maxReplySize, this);
    connect(reply, &ApiReply::finished, this, [this](const ApiResult &result) {
        if (result.error.kind == ApiError::Kind::Unauthorized && hasAccessToken())
            emit unauthorized();
    });
    if (multiPart)
        multiPart->setParent(reply);

    if (!m_baseUrlAllowed) {
        reply->failSoon(
            ApiError::make(ApiError::Kind::Insecure,
                           tr("Posthorn only connects to servers over https; %1 is not one.")
                               .arg(OriginPolicy::origin(m_baseUrl))));
        return reply;
    }
    const QUrl url = resolve(request);
    // The path cannot change the host as built, but a token must never be sent
    // anywhere else, so check the result rather than trust the construction.
    if (!OriginPolicy::isSameOrigin(m_baseUrl, url)) {
        reply->failSoon(ApiError::make(ApiError::Kind::Insecure,
                                       tr("The request's address is not on the server.")));
        return reply;
    }

    const QNetworkRequest networkRequest = buildRequest(request, url, multiPart != nullptr);
    QNetworkReply *networkReply = nullptr;
    if (multiPart && request.method == "PUT")
        networkReply = m_nam->put(networkRequest, multiPart);
    else if (multiPart)
        networkReply = m_nam->post(networkRequest, multiPart);
    else if (request.method == "GET")
        networkReply = m_nam->get(networkRequest);
    else if (request.method == "POST")
        networkReply = m_nam->post(networkRequest, request.body);
    else if (request.method == "PUT")
        networkReply = m_nam->put(networkRequest, request.body);
    else if (request.method == "DELETE" && request.body.isEmpty())
        networkReply = m_nam->deleteResource(networkRequest);
    else
        networkReply = m_nam->sendCustomRequest(networkRequest, request.method, request.body);
    reply->attach(networkReply, url);
    qCDebug(lcApi).noquote() << request.method << request.path;
    return reply;
}

QUrl ApiClient::resolve(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString path = request.path;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    // Decoded mode: the path is literal text, so a '?' or '%' in an id cannot start a
    // query or smuggle an escape.
    url.setPath(m_baseUrl.path(QUrl::FullyDecoded) + path, QUrl::DecodedMode);
    if (!request.query.isEmpty())
        url.setQuery(encodeQuery(request.query), QUrl::StrictMode);
    return url;
}

QNetworkRequest ApiClient::buildRequest(const ApiRequest &request, const QUrl &url,
                                        bool hasMultiPart) const
{
    QNetworkRequest networkRequest = RequestBuilder::build(url, m_transferTimeout);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    else if (!hasMultiPart && request.method != "GET" && request.method != "DELETE")
        // What Qt would pick anyway for a body-less POST, minus its runtime warning.
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/x-www-form-urlencoded"));
    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), jsonContentType);
    if (!m_accessToken.isEmpty())
        networkRequest.setRawHeader(QByteArrayLiteral("Authorization"),
                                    "Bearer " + m_accessToken.toUtf8());
    // The shared access manager has a disk cache for pictures. API replies carry
    // account data and, from the OAuth endpoints, tokens: they never go to disk, and a
    // reply is always fresh from the server.
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    return networkRequest;
}
