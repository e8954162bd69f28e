#include "waylandactivation.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>
#include <optional>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

// The objects this client makes: wl_display is 1 by the protocol; the others in order.
constexpr quint32 displayId = 1;
constexpr quint32 registryId = 2;
constexpr quint32 syncId = 3;
constexpr quint32 activationId = 4;
constexpr quint32 tokenId = 5;
constexpr int timeoutMs = 5000;

// Words in the host's byte order, strings with their length (counting the closing zero)
// and padded to a word, as the Wayland wire format has them.
class Message
{
public:
    Message(quint32 object, quint16 opcode)
        : m_object(object)
        , m_opcode(opcode)
    {}

    Message &word(quint32 value)
    {
        m_body.append(reinterpret_cast<const char *>(&value), sizeof value);
        return *this;
    }

    Message &string(const QByteArray &text)
    {
        word(quint32(text.size() + 1));
        m_body.append(text).append('\0');
        while (m_body.size() % 4 != 0)
            m_body.append('\0');
        return *this;
    }

    [[nodiscard]] QByteArray bytes() const
    {
        Message header(m_object, m_opcode);
        header.word(m_object).word(quint32(8 + m_body.size()) << 16 | m_opcode);
        return header.m_body + m_body;
    }

private:
    quint32 m_object;
    quint16 m_opcode;
    QByteArray m_body;
};

// Reads the arguments of one event.
class Arguments
{
public:
    explicit Arguments(const QByteArray &body)
        : m_body(body)
    {}

    quint32 word()
    {
        quint32 value = 0;
        if (m_at + 4 <= m_body.size())
            std::memcpy(&value, m_body.constData() + m_at, sizeof value);
        m_at += 4;
        return value;
    }

    QByteArray string()
    {
        const quint32 length = word();
        const QByteArray text = m_body.mid(m_at, qsizetype(length)).chopped(length > 0 ? 1 : 0);
        m_at += (qsizetype(length) + 3) / 4 * 4;
        return text;
    }

private:
    QByteArray m_body;
    qsizetype m_at = 0;
};

QString socketPath()
{
    const QString display = qEnvironmentVariable("WAYLAND_DISPLAY", QStringLiteral("wayland-0"));
    if (QDir::isAbsolutePath(display))
        return display;
    return QDir(qEnvironmentVariable("XDG_RUNTIME_DIR")).filePath(display);
}

bool send(int fd, const QByteArray &bytes)
{
    return ::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
}

} // namespace

namespace WaylandActivation {

QString requestToken(QString *error)
{
    const auto fail = [error](const QString &why) {
        *error = why;
        return QString();
    };
    const QByteArray path = QFile::encodeName(socketPath());
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof address.sun_path))
        return fail(QStringLiteral("the socket path is too long"));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        return fail(
            QStringLiteral("cannot connect to %1: %2")
                .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(std::strerror(errno))));

    // wl_display.get_registry, then wl_display.sync: its callback comes once every
    // global has been announced.
    if (!send(fd, Message(displayId, 1).word(registryId).bytes() +
                      Message(displayId, 0).word(syncId).bytes()))
        return fail(QStringLiteral("cannot write to the compositor"));

    std::optional<quint32> activationGlobal;
    QByteArray received;
    for (;;) {
        pollfd waiting{fd, POLLIN, 0};
        if (::poll(&waiting, 1, timeoutMs) <= 0)
            return fail(QStringLiteral("no answer from the compositor"));
        char chunk[4096];
        const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
        if (got <= 0)
            return fail(QStringLiteral("the compositor closed the connection"));
        received.append(chunk, qsizetype(got));

        while (received.size() >= 8) {
            Arguments header(received.left(8));
            const quint32 object = header.word();
            const quint32 sizeAndOpcode = header.word();
            const qsizetype size = qsizetype(sizeAndOpcode >> 16);
            const quint32 opcode = sizeAndOpcode & 0xffff;
            if (size < 8)
                return fail(QStringLiteral("a malformed event"));
            if (received.size() < size)
                break;
            Arguments event(received.mid(8, size - 8));
            received.remove(0, size);

            if (object == displayId && opcode == 0) {
                event.word();
                const quint32 code = event.word();
                return fail(QStringLiteral("protocol error %1: %2")
                                .arg(code)
                                .arg(QString::fromUtf8(event.string())));
            }
            if (object == registryId && opcode == 0) {
                const quint32 name = event.word();
                if (event.string() == "xdg_activation_v1")
                    activationGlobal = name;
            } else if (object == syncId && opcode == 0) {
                if (!activationGlobal)
                    return fail(QStringLiteral("the compositor has no xdg_activation_v1"));
                // wl_registry.bind, xdg_activation_v1.get_activation_token,
                // xdg_activation_token_v1.commit.
                const QByteArray request = Message(registryId, 0)
                                               .word(*activationGlobal)
                                               .string("xdg_activation_v1")
                                               .word(1)
                                               .word(activationId)
                                               .bytes() +
                                           Message(activationId, 1).word(tokenId).bytes() +
                                           Message(tokenId, 3).bytes();
                if (!send(fd, request))
                    return fail(QStringLiteral("cannot write to the compositor"));
            } else if (object == tokenId && opcode == 0) {
                return QString::fromUtf8(event.string());
            }
        }
    }
}

} // namespace WaylandActivation
