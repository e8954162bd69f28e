#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

// The pipe between Posthorn (SignInBrowser) and posthorn-signin, the only definition of
// it both sides use. Each message is one line of compact JSON:
// Posthorn writes one request on the helper's stdin,
//     {"authorizeUrl": …, "redirectUri": …}
// and the helper answers on stdout with events:
//     {"event":"shown"}, then {"event":"callback","url":…} or {"event":"cancelled"}
//     or {"event":"error","message":…}.
// The URLs go through the pipe rather than the command line, where other local users
// could read the state parameter.
class SignInPipe final
{
public:
    SignInPipe() = delete;

    struct Request
    {
        QUrl authorizeUrl;
        QUrl redirectUri;
    };

    struct Event
    {
        enum class Kind { Shown, Callback, Cancelled, Error };

        Kind kind = Kind::Error;
        QUrl url;        // Callback: where the instance sent the browser back
        QString message; // Error: why the helper could not go on
    };

    // A line longer than this is not a message of this protocol.
    static constexpr qsizetype maxLineSize = 64 * 1024;

    // Each ends with the newline that delimits it.
    [[nodiscard]] static QByteArray encode(const Request &request);
    [[nodiscard]] static QByteArray encode(const Event &event);

    // Nothing for a line that is not a well-formed message: not JSON, not an object, an
    // unknown event, a callback without a URL, or a request whose authorization page is
    // not an http(s) address.
    [[nodiscard]] static std::optional<Request> decodeRequest(const QByteArray &line);
    [[nodiscard]] static std::optional<Event> decodeEvent(const QByteArray &line);
};
