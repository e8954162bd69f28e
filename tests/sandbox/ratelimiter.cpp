#include "ratelimiter.h"

#include "sandboxclock.h"

RateLimiter::RateLimiter(const SandboxClock &clock)
    : m_clock(clock)
{}

RateLimiter::Verdict RateLimiter::hit(const QString &key, int limit, int windowSeconds)
{
    const QDateTime now = m_clock.now();
    Window &window = m_windows[key];
    if (!window.end.isValid() || now >= window.end) {
        window.start = now;
        window.end = now.addSecs(windowSeconds);
        window.count = 0;
    }
    Verdict verdict;
    verdict.limit = limit;
    verdict.resetAt = window.end;
    if (window.count >= limit) {
        verdict.allowed = false;
        verdict.remaining = 0;
        return verdict;
    }
    ++window.count;
    verdict.remaining = limit - window.count;
    return verdict;
}

RateLimiter::Verdict RateLimiter::peek(const QString &key, int limit, int windowSeconds) const
{
    const QDateTime now = m_clock.now();
    Verdict verdict;
    verdict.limit = limit;
    const auto it = m_windows.constFind(key);
    if (it == m_windows.constEnd() || now >= it->end) {
        verdict.remaining = limit;
        verdict.resetAt = now.addSecs(windowSeconds);
        return verdict;
    }
    verdict.remaining = qMax(0, limit - it->count);
    verdict.allowed = verdict.remaining > 0;
    verdict.resetAt = it->end;
    return verdict;
}

void RateLimiter::exhaust(const QString &key, int limit, int resetInSeconds)
{
    const QDateTime now = m_clock.now();
    m_windows.insert(key, Window{now, now.addSecs(resetInSeconds), limit});
}

void RateLimiter::clear()
{
    m_windows.clear();
}
