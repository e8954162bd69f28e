#include "imagediskcache.h"

#include "util/privatefiles.h"

#include <QNetworkDiskCache>
#include <QStandardPaths>

namespace ImageDiskCache {

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/images");
}

QNetworkDiskCache *create(const QString &directory, QObject *parent)
{
    auto *cache = new QNetworkDiskCache(parent);
    const QString folder = directory.isEmpty() ? defaultDirectory() : directory;
    // Who one follows and looks up shows in the pictures. QNetworkDiskCache writes its
    // files 0600 (QTemporaryFile) but makes its folders by the umask: the top one is
    // made private here first.
    PrivateFiles::makeFolder(folder);
    cache->setCacheDirectory(folder);
    cache->setMaximumCacheSize(maximumBytes);
    return cache;
}

} // namespace ImageDiskCache
