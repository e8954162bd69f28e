#include "instanceconfiguration.h"

#include "jsonreader.h"

namespace {

// A limit of zero or less would make posting impossible, and no server enforces such
// a thing; it is a misconfigured or half-implemented server, so keep the default.
qint64 limit(JsonReader &reader, QLatin1String key, qint64 fallback)
{
    const qint64 value = reader.optionalInt(key, fallback);
    return value > 0 ? value : fallback;
}

} // namespace

std::optional<InstanceConfiguration> InstanceConfiguration::fromJson(const QJsonValue &value,
                                                                     QString *error)
{
    return JsonReader::parse<InstanceConfiguration>(value, QStringLiteral("InstanceConfiguration"),
                                                    error);
}

InstanceConfiguration InstanceConfiguration::read(JsonReader &reader)
{
    InstanceConfiguration config;
    JsonReader statuses = reader.child(QLatin1String("statuses"));
    config.maxCharacters = limit(statuses, QLatin1String("max_characters"), config.maxCharacters);
    config.maxMediaAttachments =
        limit(statuses, QLatin1String("max_media_attachments"), config.maxMediaAttachments);
    config.charactersReservedPerUrl = limit(statuses, QLatin1String("characters_reserved_per_url"),
                                            config.charactersReservedPerUrl);

    JsonReader media = reader.child(QLatin1String("media_attachments"));
    config.supportedMimeTypes = media.optionalStringList(QLatin1String("supported_mime_types"));
    config.imageSizeLimit = limit(media, QLatin1String("image_size_limit"), config.imageSizeLimit);
    config.videoSizeLimit = limit(media, QLatin1String("video_size_limit"), config.videoSizeLimit);
    config.imageMatrixLimit =
        limit(media, QLatin1String("image_matrix_limit"), config.imageMatrixLimit);
    config.videoMatrixLimit =
        limit(media, QLatin1String("video_matrix_limit"), config.videoMatrixLimit);
    config.descriptionLimit =
        limit(media, QLatin1String("description_limit"), config.descriptionLimit);

    JsonReader polls = reader.child(QLatin1String("polls"));
    config.pollMaxOptions = limit(polls, QLatin1String("max_options"), config.pollMaxOptions);
    config.pollMaxCharactersPerOption =
        limit(polls, QLatin1String("max_characters_per_option"), config.pollMaxCharactersPerOption);
    config.pollMinExpiration =
        limit(polls, QLatin1String("min_expiration"), config.pollMinExpiration);
    config.pollMaxExpiration =
        limit(polls, QLatin1String("max_expiration"), config.pollMaxExpiration);
    return config;
}
