#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

// Paints one account search result: round avatar (a coloured initial until the picture
// has arrived), display name with its custom emoji pictures, badges, @acct, counts, the
// start of the bio, and a follow button on the right. Text is drawn as plain text only.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    explicit SearchResultDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

    // Where the follow button of the item at `option.rect` is; empty when it has none.
    [[nodiscard]] QRect followButtonRect(const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const;

signals:
    // The follow button of a result was clicked.
    void followClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    [[nodiscard]] static QString followText(const QModelIndex &index);
    [[nodiscard]] static int followButtonWidth(const QFontMetrics &metrics);
    static void paintAvatar(QPainter *painter, const QRect &rect, const QModelIndex &index);
    // Returns the x where the name ended.
    static int paintName(QPainter *painter, const QRect &rect, const QModelIndex &index);
    // Returns the width used.
    static int paintBadges(QPainter *painter, const QRect &rect, const QStringList &badges,
                           const QColor &color);
    [[nodiscard]] static QStringList badgesOf(const QModelIndex &index);
    [[nodiscard]] static int badgesWidth(const QFontMetrics &metrics, const QStringList &badges);
};
