#include "emojidelegate.h"

#include "complete/emojipickermodel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPixmapCache>

void EmojiDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    // The selection and focus frame as the style draws them, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = background.widget ? background.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    const QRect cell = option.rect.adjusted(4, 4, -4, -4);
    const QUrl url = index.data(EmojiPickerModel::ImageUrlRole).toUrl();
    if (url.isValid()) {
        const QString key = QStringLiteral("posthorn-emoji:") + url.toString();
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            const QImage image =
                QImage::fromData(index.data(EmojiPickerModel::ImageRole).toByteArray());
            if (image.isNull())
                return;
            pixmap = QPixmap::fromImage(
                image.scaled(cell.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
            QPixmapCache::insert(key, pixmap);
        }
        const QRect target(QPoint(), pixmap.size());
        painter->drawPixmap(target.translated(cell.center() - target.center()), pixmap);
        return;
    }
    QFont font = option.font;
    font.setPixelSize(cell.height() * 3 / 4);
    painter->save();
    painter->setFont(font);
    painter->drawText(cell, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize EmojiDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {cellSize, cellSize};
}
