#pragma once

#include <QList>
#include <QPixmap>
#include <QString>
#include <QVariantMap>

class QFontMetrics;
class QPainter;
class QRect;

// A server's text with its custom emoji as pictures: `:shortcode:` becomes the picture
// the server named for it, everything else stays plain text (never markup). An emoji
// whose picture has not arrived (yet) stays as its shortcode.
namespace EmojiText {

struct Piece
{
    QString text;    // plain text, or empty for a picture
    QPixmap picture; // the emoji, at the line's height
};

// `emoji` maps shortcodes to the picture files' bytes.
[[nodiscard]] QList<Piece> split(const QString &text, const QVariantMap &emoji, int height,
                                 qreal ratio);
[[nodiscard]] int width(const QList<Piece> &pieces, const QFontMetrics &metrics);
// Draws left to right, eliding what does not fit; returns where it stopped.
int paint(QPainter *painter, const QRect &rect, const QList<Piece> &pieces);

// A picture decoded once per size and kept in QPixmapCache under `key`.
[[nodiscard]] QPixmap decoded(const QString &key, const QByteArray &bytes, int height, qreal ratio);

} // namespace EmojiText
