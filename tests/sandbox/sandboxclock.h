#pragma once

#include <QDateTime>

// The sandbox's notion of "now": real UTC time plus an offset the control API can advance,
// so tests can expire codes, rate-limit windows and scheduled posts without waiting.
class SandboxClock
{
public:
    [[nodiscard]] QDateTime now() const
    {
        return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
    }
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }
    void reset() { m_offsetMs = 0; }

private:
    qint64 m_offsetMs = 0;
};
