#pragma once

#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// For "Use my browser instead": listens on http://127.0.0.1:<port>/callback, where the
// instance sends the user's own browser back after sign-in (RFC 8252 §7.3), answers
// with a page saying the tab can be closed, and hands the full callback URL over.
// Only the exact path /callback (with any query) is a callback; every other request,
// /callback/… and /Callback included, gets 404 and is not handed over.
class LoopbackRedirectServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirectServer)

public:
    explicit LoopbackRedirectServer(QObject *parent = nullptr);
    ~LoopbackRedirectServer() override;

    // Listens on a free port of 127.0.0.1 only; false when no port could be had.
    bool listen();
    void close();
    [[nodiscard]] quint16 port() const;

signals:
    void callbackReceived(const QUrl &url);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &status, const QString &html);

    QTcpServer *m_server = nullptr;
};
