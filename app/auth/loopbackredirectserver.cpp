#include "loopbackredirectserver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>

namespace {

// A browser's request for the callback is a few hundred bytes; anything far larger is
// not one, and is not buffered.
constexpr qint64 maxRequestSize = 16 * 1024;
constexpr std::chrono::seconds requestTimeout{10};
const QByteArray callbackPath = QByteArrayLiteral("/callback");

} // namespace

LoopbackRedirectServer::LoopbackRedirectServer(QObject *parent)
    : QObject(parent)
{}

LoopbackRedirectServer::~LoopbackRedirectServer() = default;

bool LoopbackRedirectServer::listen()
{
    close();
    m_server = new QTcpServer(this);
    // Bound to 127.0.0.1, so nothing on the network can reach it.
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        close();
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectServer::onNewConnection);
    return true;
}

void LoopbackRedirectServer::close()
{
    delete m_server;
    m_server = nullptr;
}

quint16 LoopbackRedirectServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void LoopbackRedirectServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A client that never finishes its request does not keep the socket open.
        QTimer::singleShot(requestTimeout, socket, &QTcpSocket::abort);
    }
}

void LoopbackRedirectServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > maxRequestSize) {
        socket->abort();
        return;
    }
    // The whole head is read before answering: closing with unread bytes would make
    // the kernel reset the connection, and the browser show an error instead.
    if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n"))
        return;
    const QByteArray head = socket->readAll();
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1);
    const qsizetype queryStart = target.indexOf('?');
    // The path is compared as sent, not decoded or normalised: /callback/../x,
    // /%63allback and /callbackX are other paths.
    if (requestLine.size() != 3 || requestLine.constFirst() != "GET" ||
        target.left(queryStart) != callbackPath) {
        answer(socket, QByteArrayLiteral("404 Not Found"),
               QCoreApplication::translate("LoopbackRedirectServer",
                                           "<h1>Posthorn</h1><p>There is nothing here.</p>"));
        return;
    }
    answer(socket, QByteArrayLiteral("200 OK"),
           QCoreApplication::translate(
               "LoopbackRedirectServer",
               "<h1>Posthorn</h1><p>Signing in is done here. You can close this tab and go back "
               "to Posthorn.</p>"));
    emit callbackReceived(QUrl::fromEncoded(QByteArrayLiteral("http://127.0.0.1:") +
                                            QByteArray::number(port()) + target));
}

void LoopbackRedirectServer::answer(QTcpSocket *socket, const QByteArray &status,
                                    const QString &html)
{
    const QByteArray body = QByteArrayLiteral("<!DOCTYPE html><html><head><meta "
                                              "charset=\"utf-8\"><title>Posthorn</title></"
                                              "head><body>") +
                            html.toUtf8() + QByteArrayLiteral("</body></html>");
    socket->write(QByteArrayLiteral("HTTP/1.1 ") + status +
                  QByteArrayLiteral("\r\nContent-Type: text/html; charset=utf-8\r\n"
                                    "Content-Length: ") +
                  QByteArray::number(body.size()) +
                  QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body);
    socket->disconnectFromHost();
}
