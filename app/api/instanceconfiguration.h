#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class JsonReader;

// The limits an instance enforces (`configuration` in /api/v2/instance and, since
// Mastodon 3.4.2, /api/v1/instance). Anything the server leaves out keeps Mastodon's
// own default, so a default-constructed value describes a stock server.
struct InstanceConfiguration
{
    // statuses
    qint64 maxCharacters = 500;
    qint64 maxMediaAttachments = 4;
    qint64 charactersReservedPerUrl = 23;
    // media_attachments
    QStringList supportedMimeTypes;
    qint64 imageSizeLimit = 16 * 1024 * 1024;
    qint64 videoSizeLimit = 99 * 1024 * 1024;
    qint64 imageMatrixLimit = 33177600;
    qint64 videoMatrixLimit = 8294400;
    qint64 descriptionLimit = 1500;
    // polls
    qint64 pollMaxOptions = 4;
    qint64 pollMaxCharactersPerOption = 50;
    qint64 pollMinExpiration = 300;
    qint64 pollMaxExpiration = 2629746;

    [[nodiscard]] static std::optional<InstanceConfiguration> fromJson(const QJsonValue &value,
                                                                       QString *error = nullptr);
    static InstanceConfiguration read(JsonReader &reader);
};
