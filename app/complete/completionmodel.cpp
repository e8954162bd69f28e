#include "completionmodel.h"

#include "search/imageloader.h"

#include <QVariantMap>

namespace {

QUrl emojiUrlOf(const CustomEmoji &emoji)
{
    return emoji.staticUrl.isValid() ? emoji.staticUrl : emoji.url;
}

} // namespace

CompletionModel::CompletionModel(ImageLoader *images, QObject *parent)
    : QAbstractListModel(parent)
    , m_images(images)
{
    Q_ASSERT(m_images);
    connect(m_images, &ImageLoader::imageLoaded, this, &CompletionModel::onImageLoaded);
}

int CompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompletionItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the entry: the name, then what will be inserted.
        QStringList parts{item.title};
        if (!item.detail.isEmpty() && item.detail != item.title)
            parts << item.detail;
        if (item.followed)
            parts << tr("followed");
        if (item.kind == CompletionItem::Kind::UnicodeEmoji)
            parts << item.glyph;
        return parts.join(QStringLiteral(", "));
    }
    case KindRole:
        return int(item.kind);
    case ReplacementRole:
        return item.replacement;
    case DetailRole:
        return item.detail;
    case CustomEmojiRole: {
        requestImages(item);
        QVariantMap images;
        for (const CustomEmoji &emoji : item.emojis) {
            const QByteArray bytes = m_images->image(emojiUrlOf(emoji));
            if (!bytes.isEmpty())
                images.insert(emoji.shortcode, bytes);
        }
        return images;
    }
    case ImageUrlRole:
        return item.image;
    case ImageRole:
        requestImages(item);
        return m_images->image(item.image);
    case GlyphRole:
        return item.glyph;
    case FollowedRole:
        return item.followed;
    default:
        return {};
    }
}

void CompletionModel::setItems(const QList<CompletionItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void CompletionModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    endResetModel();
}

void CompletionModel::requestImages(const CompletionItem &item) const
{
    m_images->request(item.image);
    for (const CustomEmoji &emoji : item.emojis)
        m_images->request(emojiUrlOf(emoji));
}

void CompletionModel::onImageLoaded(const QUrl &url)
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const CompletionItem &item = m_items.at(i);
        QList<int> roles;
        if (item.image == url)
            roles << ImageRole;
        for (const CustomEmoji &emoji : item.emojis) {
            if (emojiUrlOf(emoji) == url) {
                roles << CustomEmojiRole;
                break;
            }
        }
        if (!roles.isEmpty())
            emit dataChanged(index(int(i)), index(int(i)), roles);
    }
}
