#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// How one outbox entry ended for whoever waits on it (a `posthorn post`), and the exit
// code that says so to a script.
struct PostOutcome
{
    enum class Kind {
        Published,      // exit 0, `url` is the post's page
        Scheduled,      // exit 0, `scheduledAt` says when it appears
        Refused,        // exit 2, `message` has the server's (or Posthorn's) words
        Waiting,        // exit 3, still in the outbox, which sends it later
        SignInRequired, // exit 4
    };

    static constexpr int usageExitCode = 64;

    Kind kind = Kind::Waiting;
    QString message;
    QUrl url;
    // The status made, or the scheduled status; empty unless published or scheduled.
    QString statusId;
    QDateTime scheduledAt;

    [[nodiscard]] int exitCode() const;
    // A compact object for the single-instance socket, between two Posthorn processes.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<PostOutcome> fromJson(const QJsonObject &object);
};
