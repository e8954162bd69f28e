#pragma once

#include <QStyledItemDelegate>

// Draws one cell of the emoji picker's grid: a Unicode emoji as large text, a custom
// emoji as its picture (a blank cell while it loads).
class EmojiDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmojiDelegate)

public:
    static constexpr int cellSize = 36;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;
};
