#include "apireply.h"

#include "api/apilog.h"
#include "api/originpolicy.h"
#include "api/servererror.h"

#include <QJsonParseError>
#include <QLocale>
#include <QMetaObject>
#include <QNetworkReply>

namespace {

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

bool isTlsError(QNetworkReply::NetworkError code)
{
    return code == QNetworkReply::SslHandshakeFailedError;
}

// Errors of the connection itself, as opposed to the HTTP status errors
// (ContentNotFoundError, InternalServerError, …) that QNetworkReply derives from a
// reply that did arrive and that are classed by their status instead.
bool isTransportError(QNetworkReply::NetworkError code)
{
    return (code > QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied) ||
           code == QNetworkReply::ProtocolFailure;
}

} // namespace

ApiReply::ApiReply(const QByteArray &method, const QString &path, qint64 maxReplySize,
                   QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_path(path)
    , m_maxReplySize(maxReplySize)
{}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    if (m_reply) {
        abortWith(AbortReason::User);
        return;
    }
    ApiResult result;
    result.error = ApiError::make(ApiError::Kind::Cancelled, tr("The request was cancelled."));
    complete(result);
}

void ApiReply::attach(QNetworkReply *reply, const QUrl &requestUrl)
{
    m_reply = reply;
    m_requestUrl = requestUrl;
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiReply::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &ApiReply::onReadyRead);
    connect(reply, &QNetworkReply::redirected, this, &ApiReply::onRedirected);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiReply::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_encrypted = true; });
    connect(reply, &QNetworkReply::uploadProgress, this, &ApiReply::onUploadProgress);
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onFinished);
}

void ApiReply::failSoon(const ApiError &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (m_finished)
                return;
            ApiResult result;
            result.error = error;
            complete(result);
        },
        Qt::QueuedConnection);
}

void ApiReply::onMetaDataChanged()
{
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        m_headersReceived = true;
    // Refuse an announced oversized body before a byte of it is read.
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > m_maxReplySize)
        abortWith(AbortReason::Oversized);
}

void ApiReply::onReadyRead()
{
    if (m_abortReason != AbortReason::None)
        return;
    // Read as it arrives, so the cap also holds for bodies without Content-Length and
    // for servers that send more than they announced.
    const qint64 available = m_reply->bytesAvailable();
    if (m_body.size() + available > m_maxReplySize) {
        abortWith(AbortReason::Oversized);
        return;
    }
    m_body += m_reply->read(available);
}

void ApiReply::onRedirected(const QUrl &target)
{
    const QUrl resolved = m_reply->url().resolved(target);
    // Qt would repeat the Authorization header to wherever the redirect points, so
    // only the origin the request was made for is followed. https → http is a change
    // of origin too.
    if (OriginPolicy::isSameOrigin(m_requestUrl, resolved)) {
        m_headersReceived = false;
        emit m_reply->redirectAllowed();
        return;
    }
    m_refusedOrigin = OriginPolicy::origin(resolved);
    qCWarning(lcApi).noquote() << m_method << m_path
                               << "redirect to another origin refused:" << m_refusedOrigin;
    abortWith(AbortReason::CrossOriginRedirect);
}

void ApiReply::onUploadProgress(qint64 bytesSent, qint64 bytesTotal)
{
    // Qt sends a last 0/0 when the reply finishes, which would reset a progress bar
    // that just reached 100 %.
    if (bytesTotal > 0)
        emit uploadProgress(bytesSent, bytesTotal);
}

void ApiReply::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the reply then fails with SslHandshakeFailedError. Keep the reason,
    // which is more useful to the user than the generic handshake message.
    QStringList problems;
    for (const QSslError &error : errors)
        problems.append(error.errorString());
    m_sslProblem = problems.join(QStringLiteral("; "));
}

void ApiReply::onFinished()
{
    if (m_finished)
        return;
    ApiResult result;
    result.url = m_reply->url();
    result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed and has nothing left to read.
    if (m_abortReason == AbortReason::None && m_reply->isOpen()) {
        const QByteArray rest = m_reply->readAll();
        if (m_body.size() + rest.size() > m_maxReplySize)
            m_abortReason = AbortReason::Oversized;
        else
            m_body += rest;
    }
    result.body = m_body;
    result.headers = m_reply->rawHeaderPairs();
    result.rateLimit =
        RateLimit::fromHeaders(result.header(QByteArrayLiteral("X-RateLimit-Limit")),
                               result.header(QByteArrayLiteral("X-RateLimit-Remaining")),
                               result.header(QByteArrayLiteral("X-RateLimit-Reset")));
    if (!result.body.isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            result.json = document;
    }
    result.error = classify(result);

    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    complete(result);
}

void ApiReply::abortWith(AbortReason reason)
{
    if (m_abortReason == AbortReason::None)
        m_abortReason = reason;
    if (m_reply)
        m_reply->abort();
}

ApiError ApiReply::classify(const ApiResult &result) const
{
    const int status = result.httpStatus;
    switch (m_abortReason) {
    case AbortReason::User:
        return ApiError::make(ApiError::Kind::Cancelled, tr("The request was cancelled."), status);
    case AbortReason::Oversized:
        return ApiError::make(ApiError::Kind::Malformed,
                              tr("The server's reply is larger than the %1 Posthorn accepts.")
                                  .arg(QLocale().formattedDataSize(m_maxReplySize)),
                              status);
    case AbortReason::CrossOriginRedirect:
        return ApiError::make(ApiError::Kind::Insecure,
                              tr("The server sent the request on to another site (%1). Posthorn "
                                 "did not follow, to keep your sign-in private.")
                                  .arg(m_refusedOrigin),
                              status);
    case AbortReason::None:
        break;
    }

    const QNetworkReply::NetworkError code = m_reply->error();
    // A server that does not speak TLS at all (plain HTTP on the https port, a
    // middlebox) just closes the connection during the handshake: Qt 6.4 reports that
    // as RemoteHostClosedError without any sslErrors. Qt has already retried it on
    // fresh connections by then, so it is not a passing hiccup.
    const bool closedDuringHandshake = code == QNetworkReply::RemoteHostClosedError &&
                                       m_requestUrl.scheme() == QLatin1String("https") &&
                                       !m_encrypted && !m_headersReceived;
    if (!m_sslProblem.isEmpty() || isTlsError(code) || closedDuringHandshake) {
        const QString reason = !m_sslProblem.isEmpty() ? m_sslProblem
                               : closedDuringHandshake
                                   ? tr("the server closed the connection during the handshake")
                                   : m_reply->errorString();
        return ApiError::make(ApiError::Kind::Tls,
                              tr("The secure connection to the server failed: %1").arg(reason),
                              status);
    }
    if (code == QNetworkReply::InsecureRedirectError)
        return ApiError::make(ApiError::Kind::Insecure,
                              tr("The server tried to switch to an unencrypted connection."),
                              status);
    // Qt 6.4 reports an expired transfer timeout as a cancellation; ours are flagged
    // above, so a cancellation here is the timeout.
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
        return ApiError::make(ApiError::Kind::Timeout, tr("The server did not answer in time."),
                              status);
    if (isTransportError(code)) {
        // Decided: a success status followed by a cut-off body is Malformed, not Network.
        // The server did act on the request, so retrying it blindly is wrong; the
        // caller must look (an Idempotency-Key retry is still safe and says what
        // happened). Before the headers nothing is known, so that is a Network error.
        if (m_headersReceived && isSuccess(status))
            return ApiError::make(ApiError::Kind::Malformed, tr("The server's reply was cut off."),
                                  status);
        if (!m_headersReceived || status < 400)
            return transportError();
    }

    if (isSuccess(status)) {
        bool ok = false;
        const qint64 length = result.header(QByteArrayLiteral("Content-Length")).toLongLong(&ok);
        // With Content-Encoding, Qt inflates the body and the length no longer applies.
        if (ok && result.header(QByteArrayLiteral("Content-Encoding")).isEmpty() &&
            result.body.size() < length)
            return ApiError::make(ApiError::Kind::Malformed, tr("The server's reply was cut off."),
                                  status);
        if (!result.body.trimmed().isEmpty() && result.json.isNull())
            return result.malformed(tr("not JSON"));
        return ApiError::fromHttpStatus(status, {}, {});
    }

    QString serverMessage;
    if (const auto serverError = ServerError::fromJson(result.jsonValue()))
        serverMessage = serverError->message();
    return ApiError::fromHttpStatus(status, serverMessage, result.rateLimit.reset);
}

ApiError ApiReply::transportError() const
{
    QString message;
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        message = tr("The server refused the connection.");
        break;
    case QNetworkReply::HostNotFoundError:
        message = tr("The server's address could not be found.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        message = tr("The connection closed before the server answered.");
        break;
    default:
        message = tr("Could not reach the server. Check the network connection.");
        break;
    }
    return ApiError::make(ApiError::Kind::Network, message);
}

void ApiReply::complete(const ApiResult &result)
{
    m_finished = true;
    qCDebug(lcApi).noquote() << m_method << m_path << "->" << result.httpStatus
                             << ApiError::kindName(result.error.kind);
    emit finished(result);
    deleteLater();
}
