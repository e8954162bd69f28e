#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <cerrno>
#include <chrono>
#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

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

// Why `folder` is not fit to hold the socket, or empty when it is: it must be a real
// folder (not a symbolic link to one), ours, and closed to group and others. Anything
// else may be a folder another local user prepared, to listen there for what a later
// start hands over, or to answer in our place.
QString whyNotPrivate(const QString &folder)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(folder).constData(), &info) != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    if (S_ISLNK(info.st_mode))
        return QStringLiteral("it is a symbolic link");
    if (!S_ISDIR(info.st_mode))
        return QStringLiteral("it is not a folder");
    if (info.st_uid != ::geteuid())
        return QStringLiteral("it belongs to user %1").arg(info.st_uid);
    if ((info.st_mode & 077) != 0)
        return QStringLiteral("others may use it (mode %1)")
            .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0'));
    return {};
}

// Each missing folder is made 0700 from the start, whatever the umask; QDir::mkpath
// would make them readable by others under the usual umask 022.
bool makeFolders(const QString &path)
{
    QByteArray built;
    for (const QByteArray &part : QFile::encodeName(path).split('/')) {
        if (part.isEmpty())
            continue;
        built += '/' + part;
        if (::mkdir(built.constData(), 0700) != 0 && errno != EEXIST)
            return false;
    }
    return true;
}

// A socket's path must fit sockaddr_un's sun_path with its terminating zero.
bool fitsSocketAddress(const QString &path)
{
    return QFile::encodeName(path).size() < qsizetype(sizeof(sockaddr_un::sun_path));
}

QString socketPathIn(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("posthorn-") + profileTag() +
                                 QStringLiteral(".socket"));
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

// XDG_RUNTIME_DIR when it is private, else a folder of Posthorn's own in its cache
// folder. Never a shared temporary folder: QStandardPaths::RuntimeLocation is not
// asked, as Qt 6.4 falls back to /tmp/runtime-<user>, a name any local user can take
// first, and warns on stderr each time.
QString SingleInstance::socketPath()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        const QString why = QDir::isAbsolutePath(runtime) ? whyNotPrivate(runtime)
                                                          : QStringLiteral("it is not absolute");
        if (why.isEmpty() && fitsSocketAddress(socketPathIn(runtime)))
            return socketPathIn(runtime);
        qCWarning(lcInstance).noquote()
            << "not using XDG_RUNTIME_DIR" << runtime << "for the single-instance socket:"
            << (why.isEmpty() ? QStringLiteral("the path is too long for a socket") : why);
    }
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!QDir::isAbsolutePath(cache))
        return {};
    const QString own = QDir(cache).filePath(QStringLiteral("run"));
    if (!makeFolders(own)) {
        qCWarning(lcInstance).noquote()
            << "cannot make" << own << "for the single-instance socket:" << std::strerror(errno);
        return {};
    }
    if (const QString why = whyNotPrivate(own); !why.isEmpty()) {
        qCWarning(lcInstance).noquote()
            << "not using" << own << "for the single-instance socket:" << why;
        return {};
    }
    if (!fitsSocketAddress(socketPathIn(own))) {
        qCWarning(lcInstance).noquote()
            << "not using" << own << "for the single-instance socket: the path is too long";
        return {};
    }
    return socketPathIn(own);
}

SingleInstance::Role SingleInstance::start(const QByteArray &message)
{
    const QString path = socketPath();
    if (path.isEmpty()) {
        // Without a private folder, listening could hand other users' messages to us,
        // and connecting could hand ours to them: this process just runs.
        qCWarning(lcInstance) << "no private folder for the single-instance socket: this "
                                 "Posthorn runs on its own, and a later start will not hand "
                                 "over to it";
        return Role::Primary;
    }
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
        auto *timeout = new QTimer(socket);
        timeout->setObjectName(QStringLiteral("readTimeout"));
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, &QLocalSocket::abort);
        timeout->start(readTimeout);
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
    if (message.startsWith(requestMarker)) {
        // The answer may take as long as the request does; the sender decides how long
        // it waits.
        delete socket->findChild<QTimer *>(QStringLiteral("readTimeout"));
        disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
        emit requestReceived(message.mid(1), socket);
        return;
    }
    socket->write(acknowledgement);
    socket->flush();
    emit messageReceived(message);
}
