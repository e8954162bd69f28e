#include "sandboxserver.h"

#include "accountroutes.h"
#include "controlroutes.h"
#include "hostiletext.h"
#include "instanceroutes.h"
#include "mediaroutes.h"
#include "nodeinforoutes.h"
#include "oauthroutes.h"
#include "quoteroutes.h"
#include "sandboxrequest.h"
#include "sandboxresponse.h"
#include "socialroutes.h"
#include "statusdetailroutes.h"
#include "statusroutes.h"
#include "timelineroutes.h"
#include "tokenauth.h"
#include "writingaidroutes.h"

#include <QHttpServerRequest>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

// Above Mastodon's largest upload (99 MB video) plus multipart overhead.
constexpr qint64 MaxBodyBytes = 110 * 1000 * 1000;

// An answer a test asked for on purpose says so, so the API validator (tests/prism) does
// not count it against the sandbox.
SandboxResponse tagged(SandboxResponse response, FaultInjector::Kind kind)
{
    response.setHeader("X-Sandbox-Fault", FaultInjector::kindName(kind).toLatin1());
    return response;
}
constexpr qsizetype MaxLoggedBody = 64 * 1024;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

SandboxServer::SandboxServer(const QString &origin, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(origin)
    , m_auth(std::make_unique<TokenAuth>(m_state))
    , m_statusRoutes(std::make_unique<StatusRoutes>(m_state))
{
    // Before ControlRoutes and AccountRoutes: it answers /_sandbox/posts and the
    // statuses kind of /api/v2/search.
    m_routes.push_back(std::make_unique<QuoteRoutes>(m_state, *m_statusRoutes));
    m_routes.push_back(std::make_unique<ControlRoutes>(m_state, *m_statusRoutes));
    m_routes.push_back(std::make_unique<OAuthRoutes>(m_state));
    m_routes.push_back(std::make_unique<InstanceRoutes>(m_state));
    // Before AccountRoutes, which answers every other kind of /api/v2/search.
    m_routes.push_back(std::make_unique<WritingAidRoutes>(m_state));
    m_routes.push_back(std::make_unique<AccountRoutes>(m_state));
    m_routes.push_back(std::make_unique<MediaRoutes>(m_state));
    m_routes.push_back(std::make_unique<TimelineRoutes>(m_state));
    m_routes.push_back(std::make_unique<StatusDetailRoutes>(m_state));
    m_routes.push_back(std::make_unique<SocialRoutes>(m_state));
    m_routes.push_back(std::make_unique<NodeInfoRoutes>(m_state));
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::bindElsewhere(QTcpServer *server, const QString &origin)
{
    m_elsewhere = server;
    m_elsewhereOrigin = origin;
    bind(server);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    SandboxRequest request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.rawQuery = httpRequest.url().query(QUrl::FullyEncoded).toLatin1();
    const auto headers = httpRequest.headers();
    for (const auto &header : headers)
        request.headerList.append({header.first.toLower(), header.second});
    request.body = httpRequest.body();
    request.peer = httpRequest.remoteAddress();
    request.receivedAt = m_state.clock.now();
    const bool closeAfter = request.header("connection").toLower().contains("close");

    if (m_elsewhere && socket->localPort() == m_elsewhere->serverPort()) {
        logRequest(request, m_elsewhereOrigin);
        write(socket, SandboxResponse::error(404, QStringLiteral("Not Found")), closeAfter);
        return true;
    }

    const bool control = request.path.startsWith(QLatin1String("/_sandbox/"));
    if (control) {
        // The control API can rewrite everything; only local processes may use it.
        if (!request.peer.isLoopback()) {
            write(socket, SandboxResponse::error(403, QStringLiteral("Forbidden")), closeAfter);
            return true;
        }
        request.parseParameters();
        write(socket, dispatch(request), closeAfter);
        return true;
    }

    logRequest(request, m_state.origin());
    // Rails routes ignore a trailing slash (Mastodon.py asks for /api/v1/instance/, toot
    // opens /oauth/authorize/?…); the log above keeps the path as it was sent.
    while (request.path.size() > 1 && request.path.endsWith(QLatin1Char('/')))
        request.path.chop(1);
    if (request.body.size() > MaxBodyBytes) {
        write(socket, SandboxResponse::error(413, QStringLiteral("Request Entity Too Large")),
              true);
        return true;
    }
    request.parseParameters();

    const auto fault = m_state.faults.take(request.method, request.path);
    if (fault)
        annotateLog(QStringLiteral("fault"), FaultInjector::kindName(fault->kind));
    using Kind = FaultInjector::Kind;
    const Kind kind = fault ? fault->kind : Kind::Delay;
    if (fault && kind == Kind::Drop) {
        socket->abort();
        return true;
    }
    if (fault && kind == Kind::Status) {
        write(socket,
              tagged(HostileText::apply(faultResponse(fault->status), m_state.hostileText), kind),
              closeAfter);
        return true;
    }
    if (fault && kind == Kind::RateLimit) {
        write(
            socket,
            tagged(SandboxResponse::tooManyRequests(
                       m_state.tokenRateLimit, m_state.clock.now().addSecs(fault->resetInSeconds)),
                   kind),
            closeAfter);
        return true;
    }
    if (fault && kind == Kind::Malformed) {
        write(socket,
              tagged(SandboxResponse::bytes(
                         QByteArrayLiteral("{\"id\":\"1\",\"content\":\"<p>cut off"),
                         QByteArrayLiteral("application/json; charset=utf-8")),
                     kind),
              closeAfter);
        return true;
    }
    if (fault && kind == Kind::Redirect) {
        // Unhandled here: a server that moved the API elsewhere.
        QString target = m_elsewhereOrigin + request.path;
        if (!request.rawQuery.isEmpty())
            target += QLatin1Char('?') + QString::fromLatin1(request.rawQuery);
        SandboxResponse response = SandboxResponse::error(fault->status, QStringLiteral("Moved"));
        response.setHeader("Location", target.toUtf8());
        write(socket, tagged(response, kind), closeAfter);
        return true;
    }
    if (fault && kind == Kind::Huge) {
        // A valid JSON array of exactly `bytes` bytes: "[0,0,...,0 ]".
        QByteArray body(fault->bytes, ' ');
        body[0] = '[';
        body[body.size() - 1] = ']';
        for (qsizetype i = 1; i + 1 < body.size() - 1; i += 2) {
            body[i] = '0';
            body[i + 1] = ',';
        }
        const qsizetype lastComma = body.lastIndexOf(',');
        if (lastComma > 0)
            body[lastComma] = ' ';
        write(socket,
              tagged(SandboxResponse::bytes(body,
                                            QByteArrayLiteral("application/json; charset=utf-8")),
                     kind),
              closeAfter);
        return true;
    }

    const SandboxResponse response =
        HostileText::apply(respondWithRateLimit(request), m_state.hostileText);
    annotateLog(QStringLiteral("status"), response.status);
    if (!fault) {
        write(socket, response, closeAfter);
        return true;
    }
    switch (kind) {
    case Kind::DropAfter:
        // The request took effect, but the client never learns it: the case that
        // Idempotency-Key exists for.
        socket->abort();
        break;
    case Kind::Delay: {
        // A timer on the socket's own thread keeps other connections served meanwhile;
        // the socket as context cancels the reply if the client gave up and closed.
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(fault->delayMs, socket, [guarded, response, closeAfter] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                write(guarded, response, closeAfter);
        });
        break;
    }
    case Kind::Truncate: {
        socket->write(serializeHead(response, response.body.size()));
        socket->write(response.body.left(response.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        break;
    }
    default:
        write(socket, response, closeAfter);
        break;
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    write(socket, SandboxResponse::error(404, QStringLiteral("Not Found")), false);
}

SandboxResponse SandboxServer::respondWithRateLimit(const SandboxRequest &request)
{
    // Mastodon throttles authenticated API requests per token; the headers describe that
    // window on every authenticated reply unless a narrower limit already answered.
    const AccessToken *token = m_auth->validToken(request);
    if (!token || !request.path.startsWith(QLatin1String("/api/")))
        return dispatch(request);
    const RateLimiter::Verdict verdict =
        m_state.limiter.hit(QStringLiteral("token:") + token->token, m_state.tokenRateLimit,
                            m_state.tokenRateWindowSeconds);
    SandboxResponse response =
        verdict.allowed ? dispatch(request)
                        : SandboxResponse::error(429, QStringLiteral("Too many requests"));
    if (response.header("X-RateLimit-Limit").isEmpty()) {
        response.setHeader("X-RateLimit-Limit", QByteArray::number(verdict.limit));
        response.setHeader("X-RateLimit-Remaining", QByteArray::number(verdict.remaining));
        response.setHeader("X-RateLimit-Reset",
                           verdict.resetAt.toString(Qt::ISODateWithMs).toLatin1());
    }
    return response;
}

SandboxResponse SandboxServer::dispatch(const SandboxRequest &request)
{
    const bool isApi = request.path.startsWith(QLatin1String("/api/")) ||
                       request.path.startsWith(QLatin1String("/oauth/"));
    if (isApi && !request.bodyError.isEmpty())
        return SandboxResponse::error(400, request.bodyError);
    m_statusRoutes->publishDue();
    if (auto response = m_statusRoutes->handle(request))
        return *response;
    for (const auto &routes : m_routes) {
        if (auto response = routes->handle(request))
            return *response;
    }
    if (isApi || request.path.startsWith(QLatin1String("/.well-known/")))
        return SandboxResponse::error(404, QStringLiteral("Not Found"));
    return SandboxResponse::html(
        QStringLiteral("<!DOCTYPE html><html><head><title>The page you are looking for isn't "
                       "here. - Posthorn Sandbox</title></head><body><h1>404</h1><p>The page "
                       "you are looking for isn't here.</p></body></html>"),
        404);
}

void SandboxServer::logRequest(const SandboxRequest &request, const QString &origin)
{
    QJsonObject headers;
    for (const auto &header : request.headerList)
        headers.insert(QString::fromLatin1(header.first), QString::fromLatin1(header.second));
    QString body;
    if (request.header("content-type").toLower().startsWith("multipart/"))
        body = QStringLiteral("[multipart body, %1 bytes]").arg(request.body.size());
    else
        body = QString::fromUtf8(request.body.left(MaxLoggedBody));
    m_state.requestLog.append(QJsonObject{
        {QStringLiteral("origin"), origin},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), QString::fromLatin1(request.rawQuery)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), body},
        {QStringLiteral("bodySize"), double(request.body.size())},
        {QStringLiteral("time"), request.receivedAt.toString(Qt::ISODateWithMs)},
    });
}

void SandboxServer::annotateLog(const QString &key, const QJsonValue &value)
{
    if (m_state.requestLog.isEmpty())
        return;
    QJsonObject entry = m_state.requestLog.last().toObject();
    entry.insert(key, value);
    m_state.requestLog.replace(m_state.requestLog.size() - 1, entry);
}

SandboxResponse SandboxServer::faultResponse(int status)
{
    if (status == 502 || status == 504) {
        // These come from the reverse proxy in front of Mastodon, as nginx HTML pages.
        const QString title = QString::number(status) + QLatin1Char(' ') +
                              QString::fromLatin1(SandboxResponse::reasonPhrase(status));
        return SandboxResponse::html(
            QStringLiteral("<html>\r\n<head><title>%1</title></head>\r\n"
                           "<body>\r\n<center><h1>%1</h1></center>\r\n"
                           "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
                .arg(title),
            status);
    }
    if (status == 503)
        return SandboxResponse::error(
            503, QStringLiteral("The page could not be served due to a temporary server failure."));
    return SandboxResponse::error(
        status, QStringLiteral("We're sorry, but something went wrong on our end."));
}

QByteArray SandboxServer::serializeHead(const SandboxResponse &response, qint64 contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      SandboxResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    head += "Server: Mastodon\r\n";
    head += "\r\n";
    return head;
}

void SandboxServer::write(QTcpSocket *socket, const SandboxResponse &response, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool bodyless = response.status == 304 || response.status == 204;
    socket->write(serializeHead(response, bodyless ? 0 : response.body.size()));
    if (!bodyless)
        socket->write(response.body);
    if (closeAfter)
        socket->disconnectFromHost();
}
