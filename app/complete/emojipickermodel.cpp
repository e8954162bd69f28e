#include "emojipickermodel.h"

#include "search/imageloader.h"

#include <algorithm>

namespace {

bool nameMatches(const QString &name, const QString &query)
{
    QString spaced = query;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    spaced.replace(QLatin1Char('-'), QLatin1Char(' '));
    return name.contains(spaced, Qt::CaseInsensitive) || name.contains(query, Qt::CaseInsensitive);
}

} // namespace

QString EmojiPickerModel::skinToneName(int tone)
{
    // Unicode's own names, which emoji-test.txt appends as ": <name>".
    static const char *const names[skinToneCount] = {nullptr,
                                                     "light skin tone",
                                                     "medium-light skin tone",
                                                     "medium skin tone",
                                                     "medium-dark skin tone",
                                                     "dark skin tone"};
    return tone > 0 && tone < skinToneCount ? QString::fromLatin1(names[tone]) : QString();
}

EmojiPickerModel::EmojiPickerModel(ImageLoader *images, QObject *parent)
    : QAbstractListModel(parent)
    , m_images(images)
{
    connect(m_images, &ImageLoader::imageLoaded, this, &EmojiPickerModel::onImageLoaded);
}

void EmojiPickerModel::setUnicode(const QList<UnicodeEmoji> &emoji)
{
    m_unicode.clear();
    m_toned.clear();
    for (const UnicodeEmoji &entry : emoji) {
        if (entry.skinToned)
            m_toned.insert(entry.name, entry.text);
        else
            m_unicode.append(entry);
    }
    rebuild();
}

void EmojiPickerModel::setCustom(const QList<CustomEmoji> &emoji)
{
    m_custom.clear();
    // Emoji the server hides from pickers stay out of this one, as on its web page.
    std::copy_if(emoji.cbegin(), emoji.cend(), std::back_inserter(m_custom),
                 [](const CustomEmoji &entry) { return entry.visibleInPicker; });
    std::sort(m_custom.begin(), m_custom.end(), [](const CustomEmoji &a, const CustomEmoji &b) {
        return a.shortcode.compare(b.shortcode, Qt::CaseInsensitive) < 0;
    });
    rebuild();
}

void EmojiPickerModel::setRecent(const QStringList &recent)
{
    m_recent = recent;
    rebuild();
}

QStringList EmojiPickerModel::customCategories() const
{
    QStringList categories;
    for (const CustomEmoji &emoji : m_custom) {
        if (!categories.contains(emoji.category))
            categories.append(emoji.category);
    }
    std::sort(categories.begin(), categories.end());
    return categories;
}

QStringList EmojiPickerModel::unicodeGroups() const
{
    QStringList groups;
    for (const UnicodeEmoji &emoji : m_unicode) {
        // "Component" holds the bare skin tones and hair styles, not emoji to post.
        if (emoji.group != QLatin1String("Component") && !groups.contains(emoji.group))
            groups.append(emoji.group);
    }
    return groups;
}

QString EmojiPickerModel::customSectionTitle(const QString &category) const
{
    return category.isEmpty() ? tr("This server's emoji")
                              : tr("This server's emoji: %1").arg(category);
}

QStringList EmojiPickerModel::sectionTitles() const
{
    QStringList titles{tr("Recently used")};
    const QStringList categories = customCategories();
    for (const QString &category : categories)
        titles.append(customSectionTitle(category));
    return titles + unicodeGroups();
}

void EmojiPickerModel::setSection(int section)
{
    if (section == m_section)
        return;
    m_section = section;
    rebuild();
}

void EmojiPickerModel::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    rebuild();
}

void EmojiPickerModel::setSkinTone(int tone)
{
    if (tone == m_tone)
        return;
    m_tone = tone;
    rebuild();
}

EmojiPickerModel::Entry EmojiPickerModel::entryFor(const UnicodeEmoji &emoji) const
{
    const QString tone = skinToneName(m_tone);
    if (!tone.isEmpty()) {
        const auto toned = m_toned.constFind(emoji.name + QStringLiteral(": ") + tone);
        if (toned != m_toned.constEnd())
            return {*toned, emoji.name, {}};
    }
    return {emoji.text, emoji.name, {}};
}

EmojiPickerModel::Entry EmojiPickerModel::entryFor(const CustomEmoji &emoji)
{
    const QString code = QLatin1Char(':') + emoji.shortcode + QLatin1Char(':');
    return {code, code, emoji.staticUrl.isValid() ? emoji.staticUrl : emoji.url};
}

void EmojiPickerModel::rebuild()
{
    beginResetModel();
    m_entries.clear();
    if (!m_query.isEmpty()) {
        for (const CustomEmoji &emoji : std::as_const(m_custom)) {
            if (emoji.shortcode.contains(m_query, Qt::CaseInsensitive))
                m_entries.append(entryFor(emoji));
        }
        for (const UnicodeEmoji &emoji : std::as_const(m_unicode)) {
            if (emoji.group != QLatin1String("Component") && nameMatches(emoji.name, m_query))
                m_entries.append(entryFor(emoji));
        }
        endResetModel();
        return;
    }
    const QStringList categories = customCategories();
    if (m_section == 0) {
        for (const QString &recent : std::as_const(m_recent)) {
            const auto custom =
                std::find_if(m_custom.cbegin(), m_custom.cend(), [&](const CustomEmoji &emoji) {
                    return QLatin1Char(':') + emoji.shortcode + QLatin1Char(':') == recent;
                });
            if (custom != m_custom.cend()) {
                m_entries.append(entryFor(*custom));
                continue;
            }
            const auto unicode =
                std::find_if(m_unicode.cbegin(), m_unicode.cend(),
                             [&](const UnicodeEmoji &emoji) { return emoji.text == recent; });
            if (unicode != m_unicode.cend())
                m_entries.append({recent, unicode->name, {}});
            else if (m_toned.key(recent).size() > 0)
                m_entries.append({recent, m_toned.key(recent), {}});
        }
    } else if (m_section <= categories.size()) {
        const QString category = categories.at(m_section - 1);
        for (const CustomEmoji &emoji : std::as_const(m_custom)) {
            if (emoji.category == category)
                m_entries.append(entryFor(emoji));
        }
    } else {
        const QString group = unicodeGroups().value(m_section - 1 - int(categories.size()));
        for (const UnicodeEmoji &emoji : std::as_const(m_unicode)) {
            if (emoji.group == group)
                m_entries.append(entryFor(emoji));
        }
    }
    endResetModel();
}

int EmojiPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant EmojiPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.image.isValid() ? QString() : entry.insert;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case NameRole:
        return entry.name;
    case InsertRole:
        return entry.insert;
    case ImageUrlRole:
        return entry.image;
    case ImageRole:
        if (!entry.image.isValid())
            return {};
        m_images->request(entry.image);
        return m_images->image(entry.image);
    default:
        return {};
    }
}

void EmojiPickerModel::onImageLoaded(const QUrl &url)
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).image == url)
            emit dataChanged(index(int(row)), index(int(row)), {ImageRole});
    }
}
