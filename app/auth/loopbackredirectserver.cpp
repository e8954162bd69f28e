#include "loopbackredirectserver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QOAuthHttpServerReplyHandler>
#include <QUrlQuery>

LoopbackRedirectServer::LoopbackRedirectServer(QObject *parent)
    : QObject(parent)
{}

LoopbackRedirectServer::~LoopbackRedirectServer() = default;

bool LoopbackRedirectServer::listen()
{
    close();
    // Qt's own small server for OAuth redirects; bound to 127.0.0.1, so nothing on
    // the network can reach it.
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_handler->isListening()) {
        close();
        return false;
    }
    m_handler->setCallbackPath(QStringLiteral("/callback"));
    m_handler->setCallbackText(QCoreApplication::translate(
        "LoopbackRedirectServer",
        "<h1>Posthorn</h1><p>Signing in is done here. You can close this tab and go back "
        "to Posthorn.</p>"));
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            [this](const QVariantMap &values) {
                QUrlQuery query;
                for (auto it = values.cbegin(); it != values.cend(); ++it)
                    query.addQueryItem(it.key(), it.value().toString());
                QUrl url;
                url.setScheme(QStringLiteral("http"));
                url.setHost(QStringLiteral("127.0.0.1"));
                url.setPort(port());
                url.setPath(QStringLiteral("/callback"));
                url.setQuery(query);
                emit callbackReceived(url);
            });
    return true;
}

void LoopbackRedirectServer::close()
{
    delete m_handler;
    m_handler = nullptr;
}

quint16 LoopbackRedirectServer::port() const
{
    return m_handler ? m_handler->port() : 0;
}
