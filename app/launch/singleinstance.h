#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

// Makes one Posthorn per profile (user and XDG folders): the first process listens on
// a local socket in a folder only this user can enter (XDG_RUNTIME_DIR, else
// <cache>/run), and a later one hands its message there and exits. Without such a
// folder there is no hand-over: each process runs on its own. A lock file serialises the
// look-and-listen step, so two processes started together cannot both become the running one; a
// socket left by a crashed process is found dead and replaced.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Primary,   // this process runs Posthorn and listens for later ones
        HandedOff, // the running Posthorn took the message; this process should exit
        NoAnswer,  // a Posthorn runs but did not take the message
    };

    // A longer message than this is refused by the running instance.
    static constexpr qint64 maxMessageSize = 1024 * 1024 + 1024;
    // First byte of a message whose sender waits for an answer (requestReceived()).
    static constexpr char requestMarker = '?';

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the running instance, or hands `message` (one line, no newline) to the
    // one already running. Blocks for at most a few seconds, on a local socket only.
    [[nodiscard]] Role start(const QByteArray &message);
    // The socket's path, making Posthorn's own folder for it when needed; empty when
    // no private folder can be had. Tests use it to leave a stale socket behind.
    [[nodiscard]] static QString socketPath();

signals:
    // A later `posthorn` sent this message.
    void messageReceived(const QByteArray &message);
    // A later `posthorn` sent this message and waits for an answer on `socket`: one line,
    // written by whoever handles it, after which it closes the socket. Such a message
    // starts with requestMarker (taken off here) and gets no acknowledgement of its own.
    void requestReceived(const QByteArray &message, QLocalSocket *socket);

private:
    [[nodiscard]] static Role handOff(const QString &path, const QByteArray &message);
    bool listen(const QString &path);
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
};
