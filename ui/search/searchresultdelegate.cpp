#include "searchresultdelegate.h"

#include "search/accountsearchmodel.h"
#include "text/emojitext.h"

#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int margin = 8;
constexpr int avatarSize = 48;
constexpr int gap = 10;
constexpr int lineGap = 2;
constexpr int pillPadding = 12;

using Role = AccountSearchModel::Role;
using FollowState = AccountSearchModel::FollowState;

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.8);
    font.setBold(true);
    return font;
}

int pillHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 8;
}

QString initialOf(const QString &name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size())
            continue;
        if (c.isLetterOrNumber())
            return QString(c).toUpper();
    }
    return QStringLiteral("?");
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics metrics(option.font);
    const QFontMetrics boldMetrics(nameFont(option.font));
    const int firstLine = qMax(boldMetrics.height(), pillHeight(metrics));
    const int text = firstLine + 3 * (metrics.height() + lineGap);
    // The view stretches items to its width; this is only the least that is useful.
    return {avatarSize + 2 * margin + gap + 120, qMax(avatarSize, text) + 2 * margin};
}

QString SearchResultDelegate::followText(const QModelIndex &index)
{
    if (index.data(Role::OwnAccountRole).toBool())
        return {};
    switch (FollowState(index.data(Role::FollowStateRole).toInt())) {
    case FollowState::Following:
        return tr("Following");
    case FollowState::Requested:
        return tr("Requested");
    case FollowState::NotFollowing:
        return tr("Follow");
    case FollowState::Unknown:
        break;
    }
    return {};
}

int SearchResultDelegate::followButtonWidth(const QFontMetrics &metrics)
{
    // One width for every state, so the button does not jump when it changes.
    const int widest = qMax(qMax(metrics.horizontalAdvance(tr("Following")),
                                 metrics.horizontalAdvance(tr("Requested"))),
                            metrics.horizontalAdvance(tr("Follow")));
    return widest + 2 * pillPadding;
}

QRect SearchResultDelegate::followButtonRect(const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    if (followText(index).isEmpty())
        return {};
    const QFontMetrics metrics(option.font);
    const QRect content = option.rect.adjusted(margin, margin, -margin, -margin);
    const int width = followButtonWidth(metrics);
    return {content.right() - width + 1, content.top(), width, pillHeight(metrics)};
}

QStringList SearchResultDelegate::badgesOf(const QModelIndex &index)
{
    QStringList badges;
    if (index.data(Role::BotRole).toBool())
        badges << tr("Bot");
    if (index.data(Role::GroupRole).toBool())
        badges << tr("Group");
    if (index.data(Role::LockedRole).toBool())
        badges << tr("Locked");
    if (index.data(Role::MovedRole).toBool())
        badges << tr("Moved");
    return badges;
}

int SearchResultDelegate::badgesWidth(const QFontMetrics &metrics, const QStringList &badges)
{
    int width = 0;
    for (const QString &badge : badges)
        width += metrics.horizontalAdvance(badge) + 10 + 4;
    return width;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    // The style draws the background, selection and focus; the content is ours.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor textColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background =
        option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    const QColor muted = blend(textColor, background, 0.4);

    const QRect content = option.rect.adjusted(margin, margin, -margin, -margin);
    const QRect avatarRect(content.left(), content.top(), avatarSize, avatarSize);
    paintAvatar(painter, avatarRect, index);

    const QFontMetrics metrics(option.font);
    const QFont bold = nameFont(option.font);
    const QFontMetrics boldMetrics(bold);

    const QRect pill = followButtonRect(option, index);
    const int textLeft = avatarRect.right() + 1 + gap;
    const int textRight = pill.isNull() ? content.right() : pill.left() - gap;
    const int firstLine = qMax(boldMetrics.height(), pillHeight(metrics));

    // Line 1: name (emoji included), then the badges.
    const QStringList badges = badgesOf(index);
    const QFont smallBold = badgeFont(option.font);
    const int badgeSpace = badgesWidth(QFontMetrics(smallBold), badges);
    const int available = textRight - textLeft;
    const int nameWidth = qMax(available - badgeSpace, available / 2);
    painter->setFont(bold);
    painter->setPen(textColor);
    const int nameEnd =
        paintName(painter, QRect(textLeft, content.top(), nameWidth, firstLine), index);
    if (!badges.isEmpty()) {
        painter->save();
        painter->setClipRect(QRect(textLeft, content.top(), available, firstLine));
        painter->setFont(smallBold);
        paintBadges(painter, QRect(nameEnd + 6, content.top(), textRight - nameEnd - 6, firstLine),
                    badges, muted);
        painter->restore();
    }

    // Lines 2-4 span the full width below the button.
    const int lineHeight = metrics.height();
    const int fullRight = content.right();
    int y = content.top() + firstLine + lineGap;
    painter->setFont(option.font);
    painter->setPen(muted);
    QString handle = QLatin1Char('@') + index.data(Role::AcctRole).toString();
    const QString movedTo = index.data(Role::MovedToAcctRole).toString();
    if (!movedTo.isEmpty())
        handle += QStringLiteral(" \u2192 @") + movedTo;
    QRect line(textLeft, y, fullRight - textLeft + 1, lineHeight);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(handle, Qt::ElideRight, line.width()));

    y += lineHeight + lineGap;
    const QLocale locale;
    const QString counts =
        tr("%1 followers \u00b7 %2 following \u00b7 %3 posts")
            .arg(locale.toString(index.data(Role::FollowersCountRole).toLongLong()),
                 locale.toString(index.data(Role::FollowingCountRole).toLongLong()),
                 locale.toString(index.data(Role::StatusesCountRole).toLongLong()));
    line.moveTop(y);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(counts, Qt::ElideRight, line.width()));

    y += lineHeight + lineGap;
    line.moveTop(y);
    painter->setPen(textColor);
    const QString bio = index.data(Role::BioRole).toString();
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(bio, Qt::ElideRight, line.width()));

    // The follow button.
    if (!pill.isNull()) {
        const auto state = FollowState(index.data(Role::FollowStateRole).toInt());
        const bool busy = index.data(Role::FollowBusyRole).toBool();
        const QColor accent = option.palette.color(group, QPalette::Highlight);
        const qreal radius = pill.height() / 2.0;
        painter->setOpacity(busy ? 0.5 : 1.0);
        if (state == FollowState::NotFollowing) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(selected ? textColor : accent);
            painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
            painter->setPen(selected ? background
                                     : option.palette.color(group, QPalette::HighlightedText));
        } else {
            painter->setPen(QPen(muted, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
            painter->setPen(textColor);
        }
        QFont pillFont = option.font;
        pillFont.setBold(state == FollowState::NotFollowing);
        painter->setFont(pillFont);
        painter->drawText(pill, Qt::AlignCenter, followText(index));
        painter->setOpacity(1.0);
    }

    // A hairline between results, aligned with the text.
    if (!selected) {
        QColor line = muted;
        line.setAlphaF(0.3);
        painter->setPen(QPen(line, 1));
        painter->drawLine(textLeft, option.rect.bottom(), option.rect.right() - margin,
                          option.rect.bottom());
    }
    painter->restore();
}

void SearchResultDelegate::paintAvatar(QPainter *painter, const QRect &rect,
                                       const QModelIndex &index)
{
    QPainterPath circle;
    circle.addEllipse(QRectF(rect));
    const QByteArray bytes = index.data(Role::AvatarImageRole).toByteArray();
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap avatar;
    if (!bytes.isEmpty())
        avatar = EmojiText::decoded(QStringLiteral("avatar:") +
                                        index.data(Role::AvatarUrlRole).toString(),
                                    bytes, rect.height(), ratio);
    painter->save();
    if (!avatar.isNull()) {
        painter->setClipPath(circle);
        // Square pictures fill the circle; others are centred in it.
        const QSizeF size = avatar.deviceIndependentSize();
        const QRectF target(rect.center().x() - size.width() / 2 + 0.5, rect.top(), size.width(),
                            size.height());
        painter->drawPixmap(target, avatar, QRectF(avatar.rect()));
    } else {
        // The placeholder while the picture loads: the name's initial on a colour that
        // stays the same for the account.
        const QString acct = index.data(Role::AcctRole).toString();
        const int hue = int(qHash(acct) % 360);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor::fromHsl(hue, 110, 120));
        painter->drawPath(circle);
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(rect.height() * 2 / 5);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(rect, Qt::AlignCenter,
                          initialOf(index.data(Role::DisplayNameRole).toString()));
    }
    painter->restore();
}

int SearchResultDelegate::paintName(QPainter *painter, const QRect &rect, const QModelIndex &index)
{
    const QFontMetrics metrics(painter->font());
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    return EmojiText::paint(painter, rect,
                            EmojiText::split(index.data(Role::DisplayNameRole).toString(),
                                             index.data(Role::CustomEmojiRole).toMap(),
                                             metrics.height(), ratio));
}

int SearchResultDelegate::paintBadges(QPainter *painter, const QRect &rect,
                                      const QStringList &badges, const QColor &color)
{
    const QFontMetrics metrics(painter->font());
    const int height = metrics.height() + 2;
    const int top = rect.top() + (rect.height() - height) / 2;
    int x = rect.left();
    for (const QString &badge : badges) {
        const int width = metrics.horizontalAdvance(badge) + 10;
        const QRectF box(x + 0.5, top + 0.5, width - 1, height - 1);
        painter->setPen(QPen(color, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box, 4, 4);
        painter->drawText(QRect(x, top, width, height), Qt::AlignCenter, badge);
        x += width + 4;
    }
    return x - rect.left();
}

bool SearchResultDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                       const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const bool mouse = event->type() == QEvent::MouseButtonRelease ||
                       event->type() == QEvent::MouseButtonPress ||
                       event->type() == QEvent::MouseButtonDblClick;
    if (mouse) {
        const auto *mouseEvent = static_cast<QMouseEvent *>(event);
        const QRect button = followButtonRect(option, index);
        if (mouseEvent->button() == Qt::LeftButton && !button.isNull() &&
            button.contains(mouseEvent->position().toPoint())) {
            if (event->type() == QEvent::MouseButtonRelease)
                emit followClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
