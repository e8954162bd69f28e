#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// What a start of posthorn asks for: from its own command line, or sent by a second
// posthorn process over the local socket to the one already running.
struct LaunchRequest
{
    // The running instance reads no more than this from one connection.
    static constexpr qsizetype maxMessageSize = 1024 * 1024;

    bool quickPost = false;
    bool minimized = false;
    // Shared text for the quick-post window; not empty means quickPost.
    QString shareText;
    // The xdg-activation token the second posthorn's launcher gave it
    // (XDG_ACTIVATION_TOKEN): on Wayland the running one needs it to take the focus.
    QString activationToken;
    // A post's link to reply to or to quote in the main window's composer (at most one).
    QString replyTo;
    QString quote;

    // A compact JSON object in UTF-8 (activationToken, replyTo and quote only when set).
    [[nodiscard]] QByteArray toMessage() const;
    // Nothing for a message over maxMessageSize, not a JSON object, or with a member
    // of the wrong type. Missing members keep their defaults and unknown ones are
    // ignored, so a newer posthorn can still talk to an older one that is running.
    [[nodiscard]] static std::optional<LaunchRequest> fromMessage(const QByteArray &message);

    friend bool operator==(const LaunchRequest &a, const LaunchRequest &b)
    {
        return a.quickPost == b.quickPost && a.minimized == b.minimized &&
               a.shareText == b.shareText && a.activationToken == b.activationToken &&
               a.replyTo == b.replyTo && a.quote == b.quote;
    }
    friend bool operator!=(const LaunchRequest &a, const LaunchRequest &b) { return !(a == b); }
};
