#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

class SandboxClock;

// Fixed-window counters, like Rack::Attack's throttles that Mastodon uses: each key may be
// hit `limit` times per window that starts with its first hit.
class RateLimiter
{
public:
    struct Verdict
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        QDateTime resetAt;
    };

    explicit RateLimiter(const SandboxClock &clock);

    Verdict hit(const QString &key, int limit, int windowSeconds);
    [[nodiscard]] Verdict peek(const QString &key, int limit, int windowSeconds) const;
    // Makes key answer "exhausted" until resetInSeconds from now.
    void exhaust(const QString &key, int limit, int resetInSeconds);
    void clear();

private:
    struct Window
    {
        QDateTime start;
        QDateTime end;
        int count = 0;
    };

    const SandboxClock &m_clock;
    QHash<QString, Window> m_windows;
};
