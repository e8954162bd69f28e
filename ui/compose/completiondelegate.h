#pragma once

#include <QStyledItemDelegate>

// Paints one completion entry: the avatar (round) or emoji picture, or the Unicode
// emoji as text, then the name (custom emoji as pictures) over `@acct` or a tag's use.
// Text is drawn as plain text only.
class CompletionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionDelegate)

public:
    explicit CompletionDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

private:
    static void paintPicture(QPainter *painter, const QRect &rect, const QModelIndex &index,
                             const QColor &muted);
};
