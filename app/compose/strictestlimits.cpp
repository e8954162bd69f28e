#include "strictestlimits.h"

#include <algorithm>

namespace {

// An empty list means the server did not say, and MediaFileCheck then takes any type:
// only the servers that did say narrow the choice.
QStringList commonTypes(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    QStringList common;
    for (const QString &type : a) {
        if (b.contains(type, Qt::CaseInsensitive))
            common.append(type);
    }
    return common;
}

} // namespace

InstanceConfiguration StrictestLimits::of(const QList<InstanceConfiguration> &servers)
{
    if (servers.isEmpty())
        return {};
    InstanceConfiguration strictest = servers.constFirst();
    bool noCommonType = false;
    for (const InstanceConfiguration &server : servers.mid(1)) {
        strictest.maxCharacters = std::min(strictest.maxCharacters, server.maxCharacters);
        strictest.maxMediaAttachments =
            std::min(strictest.maxMediaAttachments, server.maxMediaAttachments);
        strictest.charactersReservedPerUrl =
            std::max(strictest.charactersReservedPerUrl, server.charactersReservedPerUrl);
        const bool bothSaid =
            !strictest.supportedMimeTypes.isEmpty() && !server.supportedMimeTypes.isEmpty();
        strictest.supportedMimeTypes =
            commonTypes(strictest.supportedMimeTypes, server.supportedMimeTypes);
        noCommonType = noCommonType || (bothSaid && strictest.supportedMimeTypes.isEmpty());
        strictest.imageSizeLimit = std::min(strictest.imageSizeLimit, server.imageSizeLimit);
        strictest.videoSizeLimit = std::min(strictest.videoSizeLimit, server.videoSizeLimit);
        strictest.imageMatrixLimit = std::min(strictest.imageMatrixLimit, server.imageMatrixLimit);
        strictest.videoMatrixLimit = std::min(strictest.videoMatrixLimit, server.videoMatrixLimit);
        strictest.descriptionLimit = std::min(strictest.descriptionLimit, server.descriptionLimit);
        strictest.pollMaxOptions = std::min(strictest.pollMaxOptions, server.pollMaxOptions);
        strictest.pollMaxCharactersPerOption =
            std::min(strictest.pollMaxCharactersPerOption, server.pollMaxCharactersPerOption);
        strictest.pollMinExpiration =
            std::max(strictest.pollMinExpiration, server.pollMinExpiration);
        strictest.pollMaxExpiration =
            std::min(strictest.pollMaxExpiration, server.pollMaxExpiration);
    }
    // Servers with no media type in common take no attachment together; an empty list
    // would read as "any type".
    if (noCommonType)
        strictest.maxMediaAttachments = 0;
    return strictest;
}
