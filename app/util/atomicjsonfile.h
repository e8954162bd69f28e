#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A JSON object in a file that is replaced in one piece (QSaveFile): after a crash at
// any moment the file holds the old object or the new one, never half of either.
class AtomicJsonFile final
{
public:
    AtomicJsonFile() = delete;

    // Creates the folder when needed; folder and file are private (PrivateFiles). False
    // with a message for the user on failure.
    static bool write(const QString &path, const QJsonObject &object, QString *error = nullptr);
    // Nothing when the file is missing, unreadable or not a JSON object; `damaged` tells
    // the last two from a missing file.
    [[nodiscard]] static std::optional<QJsonObject> read(const QString &path,
                                                         bool *damaged = nullptr);
};
