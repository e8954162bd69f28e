#include "emojitext.h"

#include <QCryptographicHash>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QPixmapCache>
#include <QRegularExpression>

QPixmap EmojiText::decoded(const QString &key, const QByteArray &bytes, int height, qreal ratio)
{
    const QString cacheKey = key + QLatin1Char('@') + QString::number(height) + QLatin1Char('x') +
                             QString::number(ratio);
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    QImage image;
    if (!image.loadFromData(bytes))
        return {};
    pixmap =
        QPixmap::fromImage(image.scaledToHeight(qRound(height * ratio), Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

QList<EmojiText::Piece> EmojiText::split(const QString &text, const QVariantMap &emoji, int height,
                                         qreal ratio)
{
    static const QRegularExpression shortcode(QStringLiteral(":([A-Za-z0-9_]+):"));
    QList<Piece> pieces;
    qsizetype at = 0;
    auto matches = shortcode.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QByteArray bytes = emoji.value(match.captured(1)).toByteArray();
        if (bytes.isEmpty())
            continue;
        // Keyed by content: the same picture under two shortcodes is decoded once.
        const QString key =
            QStringLiteral("emoji:") +
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
        const QPixmap picture = decoded(key, bytes, height, ratio);
        if (picture.isNull())
            continue;
        if (match.capturedStart() > at)
            pieces.append({text.mid(at, match.capturedStart() - at), {}});
        pieces.append({{}, picture});
        at = match.capturedEnd();
    }
    if (at < text.size())
        pieces.append({text.mid(at), {}});
    return pieces;
}

int EmojiText::width(const QList<Piece> &pieces, const QFontMetrics &metrics)
{
    int total = 0;
    for (const Piece &piece : pieces) {
        total += piece.picture.isNull() ? metrics.horizontalAdvance(piece.text)
                                        : qRound(piece.picture.deviceIndependentSize().width());
    }
    return total;
}

int EmojiText::paint(QPainter *painter, const QRect &rect, const QList<Piece> &pieces)
{
    const QFontMetrics metrics(painter->font());
    const QString ellipsis(QChar(0x2026));
    int x = rect.left();
    const int right = rect.right() + 1;
    for (const Piece &piece : pieces) {
        if (!piece.picture.isNull()) {
            const int width = qRound(piece.picture.deviceIndependentSize().width());
            if (x + width > right) {
                painter->drawText(QRect(x, rect.top(), right - x, rect.height()),
                                  Qt::AlignLeft | Qt::AlignVCenter, ellipsis);
                x += metrics.horizontalAdvance(ellipsis);
                break;
            }
            const int height = qRound(piece.picture.deviceIndependentSize().height());
            painter->drawPixmap(QPoint(x, rect.top() + (rect.height() - height) / 2),
                                piece.picture);
            x += width;
            continue;
        }
        const int width = metrics.horizontalAdvance(piece.text);
        if (x + width > right) {
            const QString elided = metrics.elidedText(piece.text, Qt::ElideRight, right - x);
            painter->drawText(QRect(x, rect.top(), right - x, rect.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, elided);
            x += metrics.horizontalAdvance(elided);
            break;
        }
        painter->drawText(QRect(x, rect.top(), width + 1, rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, piece.text);
        x += width;
    }
    return qMin(x, right);
}
