#pragma once

#include <QString>
#include <QUrl>

// Which servers Posthorn talks to, and where a request may be redirected. Pure
// functions, shared by ApiClient and the setup wizard's address check.
class OriginPolicy final
{
public:
    OriginPolicy() = delete;

    // `localhost`, 127.0.0.0/8 and ::1 (with or without brackets). Other names that
    // happen to resolve to loopback are not trusted: what they resolve to can change.
    [[nodiscard]] static bool isLoopbackHost(const QString &host);
    // https with a host, or http to a loopback host for local development servers.
    // No user info: credentials belong in the Authorization header, never in a URL.
    [[nodiscard]] static bool isAllowedBaseUrl(const QUrl &url);
    // Same scheme, host and port (default ports filled in), as browsers define it.
    [[nodiscard]] static bool isSameOrigin(const QUrl &a, const QUrl &b);
    // "https://host:port" for messages and logs: no path, query or user info.
    [[nodiscard]] static QString origin(const QUrl &url);
};
