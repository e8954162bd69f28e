#include "imagediskcache.h"

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
    cache->setCacheDirectory(directory.isEmpty() ? defaultDirectory() : directory);
    cache->setMaximumCacheSize(maximumBytes);
    return cache;
}

} // namespace ImageDiskCache
