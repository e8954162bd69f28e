#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Faults armed through POST /_sandbox/faults. Each matching request consumes one use.
class FaultInjector
{
public:
    enum class Kind {
        DropAfter, // handle, then close without answering
        Drop,      // close without handling
        Delay,     // handle, answer after delayMs
        Status,    // answer 5xx without handling
        RateLimit, // answer 429 without handling
        Malformed, // answer 200 with a body that is not JSON
        Truncate,  // handle, send the headers and half the body, then close
        Huge,      // answer 200 with a very large JSON array
        Redirect,  // answer 3xx (307 unless told) to the same path on another origin
    };

    struct Fault
    {
        QByteArray method; // empty = any
        QString path;      // exact, or a prefix when it ends in '*'
        Kind kind = Kind::Status;
        int count = 1;
        // Matching requests that pass untouched before the fault applies.
        int skip = 0;
        int delayMs = 2000;
        int status = 500;
        int resetInSeconds = 5;
        qint64 bytes = 20 * 1024 * 1024;
    };

    // Returns an error message when the description is not understood.
    QString add(const QJsonObject &description);
    // Finds and consumes the first fault armed for this request.
    std::optional<Fault> take(const QByteArray &method, const QString &path);
    [[nodiscard]] QJsonArray toJson() const;
    void clear();

    static QString kindName(Kind kind);

private:
    QList<Fault> m_faults;
};
