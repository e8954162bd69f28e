#pragma once

#include <QString>

class QNetworkDiskCache;
class QObject;

// The disk cache of the app's shared QNetworkAccessManager. Only pictures (avatars,
// custom emoji) end up in it: ApiClient marks every API request as not to be cached,
// so account data and tokens never reach the disk.
namespace ImageDiskCache {

inline constexpr qint64 maximumBytes = 50 * 1024 * 1024;

// <QStandardPaths::CacheLocation>/images
[[nodiscard]] QString defaultDirectory();
// A cache in `directory` (the default one when empty); install it with
// QNetworkAccessManager::setCache(), which takes ownership.
[[nodiscard]] QNetworkDiskCache *create(const QString &directory = {}, QObject *parent = nullptr);

} // namespace ImageDiskCache
