#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

// Small real images for avatars, headers and custom emoji, so clients can decode and cache
// them. Painted into a QImage, which needs QtGui linked but no QGuiApplication.
namespace AvatarImages {

// A PNG derived from seed (same seed, same bytes).
QByteArray png(const QString &seed, int size = 64);
// A two-frame animated GIF, for the account whose `avatar` differs from `avatar_static`.
QByteArray animatedGif(const QString &seed);

} // namespace AvatarImages
