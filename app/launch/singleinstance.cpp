#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <chrono>

namespace {

Q_LOGGING_CATEGORY(lcInstance, "posthorn.launch.instance")

constexpr int connectTimeoutMs = 1000;
constexpr int answerTimeoutMs = 3000;
constexpr std::chrono::seconds readTimeout{5};
const QByteArray acknowledgement = QByteArrayLiteral("ok\n");

// One running Posthorn per profile: a run with its own XDG folders (a test, a second
// profile) is a Posthorn of its own. Hashed, as a socket path must stay short.
QString profileTag()
{
    const QByteArray profile =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).toUtf8() + '\n' +
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(profile, QCryptographicHash::Sha256).toHex().left(16));
}

QString runtimeFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return folder;
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{}

SingleInstance::~SingleInstance()
{
    // The socket file goes with the server, so the next start finds no stale one.
    if (m_server)
        m_server->close();
}

QString SingleInstance::socketPath()
{
    return QDir(runtimeFolder())
        .filePath(QStringLiteral("posthorn-") + profileTag() + QStringLiteral(".socket"));
}

SingleInstance::Role SingleInstance::start(const QByteArray &message)
{
    const QString path = socketPath();
    QLockFile lock(path + QStringLiteral(".lock"));
    // A lock whose process is gone is taken over at once; only a live one is waited for.
    lock.setStaleLockTime(0);
    if (!lock.tryLock(answerTimeoutMs))
        qCWarning(lcInstance) << "could not take the start-up lock:" << lock.error();

    const Role role = handOff(path, message);
    if (role != Role::Primary)
        return role;
    listen(path);
    return Role::Primary;
}

SingleInstance::Role SingleInstance::handOff(const QString &path, const QByteArray &message)
{
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!socket.waitForConnected(connectTimeoutMs)) {
        // Nobody listens: no socket, or one left by a process that crashed.
        return Role::Primary;
    }
    socket.write(message + '\n');
    socket.flush();
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(answerTimeoutMs))
        answer += socket.readAll();
    socket.disconnectFromServer();
    if (answer == acknowledgement)
        return Role::HandedOff;
    qCWarning(lcInstance) << "the running Posthorn did not take the message";
    return Role::NoAnswer;
}

bool SingleInstance::listen(const QString &path)
{
    // Under the lock, and nobody answered: a file there is a dead instance's socket.
    QLocalServer::removeServer(path);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (!m_server->listen(path)) {
        // Posthorn still runs; a later start just cannot hand over to it.
        qCWarning(lcInstance) << "cannot listen for later starts:" << m_server->errorString();
        return false;
    }
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A client that never finishes its line does not keep the socket open for ever.
        QTimer::singleShot(readTimeout, socket, &QLocalSocket::abort);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > maxMessageSize) {
        qCWarning(lcInstance) << "refused an oversized message from a later start";
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    QByteArray message = socket->readLine();
    message.chop(1);
    socket->write(acknowledgement);
    socket->flush();
    emit messageReceived(message);
}
