#pragma once

#include "completionitem.h"

#include <QAbstractListModel>
#include <QList>

class ImageLoader;

// The entries of the completion list. Pictures (avatars, custom emoji) come from an
// ImageLoader as bytes, asked for when a view first shows the row; empty while loading.
class CompletionModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int (CompletionItem::Kind)
        ReplacementRole,             // QString: what accepting inserts (without the space)
        TitleRole,                   // QString: plain text, may hold `:shortcode:` emoji
        DetailRole,                  // QString: `@acct`, a tag's use, or empty
        CustomEmojiRole,             // QVariantMap: shortcode -> image bytes (loaded ones)
        ImageUrlRole,                // QUrl
        ImageRole,                   // QByteArray: avatar or emoji picture, empty while loading
        GlyphRole,                   // QString: a Unicode emoji to draw as text
        FollowedRole,                // bool: a hashtag the user follows
    };
    Q_ENUM(Role)

    explicit CompletionModel(ImageLoader *images, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;

    void setItems(const QList<CompletionItem> &items);
    void clear();

private:
    void requestImages(const CompletionItem &item) const;
    void onImageLoaded(const QUrl &url);

    ImageLoader *m_images;
    QList<CompletionItem> m_items;
};
