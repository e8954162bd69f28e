#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class JsonReader;

// A status's poll, as far as Posthorn reads it: enough to bring it back into the
// composer after "delete and redraft" (votes are not kept: a redraft is a new poll).
struct Poll
{
    QString id;
    // Null for a poll that never ends.
    QDateTime expiresAt;
    bool multiple = false;
    // The options' titles, in order.
    QStringList options;

    [[nodiscard]] static std::optional<Poll> fromJson(const QJsonValue &value,
                                                      QString *error = nullptr);
    static Poll read(JsonReader &reader);
};
