#include "completiondelegate.h"

#include "complete/completionmodel.h"
#include "text/emojitext.h"
#include "util/servertext.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int margin = 6;
constexpr int pictureSize = 32;
constexpr int gap = 8;

using Role = CompletionModel::Role;
using Kind = CompletionItem::Kind;

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

} // namespace

CompletionDelegate::CompletionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize CompletionDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics metrics(option.font);
    // One height for every entry: the list does not jump as it refines.
    return {200, qMax(pictureSize, 2 * metrics.height()) + 2 * margin};
}

void CompletionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = QPalette::Active;
    const QColor textColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background =
        option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor muted = blend(textColor, background, 0.4);

    const QRect content = option.rect.adjusted(margin, margin, -margin, -margin);
    const QRect picture(content.left(), content.top() + (content.height() - pictureSize) / 2,
                        pictureSize, pictureSize);
    paintPicture(painter, picture, index, muted);

    const int textLeft = picture.right() + 1 + gap;
    const QRect text(textLeft, content.top(), content.right() - textLeft + 1, content.height());
    const QFontMetrics metrics(option.font);
    const QString title = ServerText::plain(index.data(Role::TitleRole).toString());
    const QString detail = ServerText::plain(index.data(Role::DetailRole).toString());
    QFont bold = option.font;
    bold.setBold(true);
    const QRect titleLine =
        detail.isEmpty() ? text : QRect(text.left(), text.top(), text.width(), text.height() / 2);
    painter->setFont(bold);
    painter->setPen(textColor);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    EmojiText::paint(painter, titleLine,
                     EmojiText::split(title, index.data(Role::CustomEmojiRole).toMap(),
                                      QFontMetrics(bold).height(), ratio));
    if (!detail.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(muted);
        const QRect detailLine(text.left(), titleLine.bottom() + 1, text.width(),
                               text.height() - titleLine.height());
        painter->drawText(detailLine, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(detail, Qt::ElideRight, detailLine.width()));
    }
    painter->restore();
}

void CompletionDelegate::paintPicture(QPainter *painter, const QRect &rect,
                                      const QModelIndex &index, const QColor &muted)
{
    const auto kind = Kind(index.data(Role::KindRole).toInt());
    painter->save();
    if (kind == Kind::UnicodeEmoji) {
        QFont font = painter->font();
        font.setPixelSize(rect.height() * 3 / 4);
        painter->setFont(font);
        painter->drawText(rect, Qt::AlignCenter, index.data(Role::GlyphRole).toString());
        painter->restore();
        return;
    }
    if (kind == Kind::Hashtag) {
        QFont font = painter->font();
        font.setPixelSize(rect.height() * 2 / 3);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(muted);
        painter->drawText(rect, Qt::AlignCenter, QStringLiteral("#"));
        painter->restore();
        return;
    }
    const QByteArray bytes = index.data(Role::ImageRole).toByteArray();
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap pixmap =
        bytes.isEmpty() ? QPixmap()
                        : EmojiText::decoded(QStringLiteral("completion:") +
                                                 index.data(Role::ImageUrlRole).toUrl().toString(),
                                             bytes, rect.height(), ratio);
    if (kind == Kind::Account) {
        QPainterPath circle;
        circle.addEllipse(QRectF(rect));
        if (pixmap.isNull()) {
            // Until the avatar arrives: a circle in a colour that stays with the account.
            const int hue = int(qHash(index.data(Role::ReplacementRole).toString()) % 360);
            painter->fillPath(circle, QColor::fromHsl(hue, 110, 120));
        } else {
            painter->setClipPath(circle);
            const QSizeF size = pixmap.deviceIndependentSize();
            painter->drawPixmap(QRectF(rect.center().x() - size.width() / 2 + 0.5, rect.top(),
                                       size.width(), size.height()),
                                pixmap, QRectF(pixmap.rect()));
        }
    } else if (!pixmap.isNull()) {
        const QSizeF size = pixmap.deviceIndependentSize();
        painter->drawPixmap(QRectF(rect.center().x() - size.width() / 2 + 0.5, rect.top(),
                                   size.width(), size.height()),
                            pixmap, QRectF(pixmap.rect()));
    }
    painter->restore();
}
