#pragma once

#include "api/customemoji.h"
#include "unicodeemoji.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrl>

class ImageLoader;

// What the emoji picker shows: one section at a time (recently used, the instance's
// custom emoji by category, the Unicode groups in the standard's order) or, while the
// user searches, every emoji whose name matches. Unicode emoji that come in skin tones
// show in the tone chosen. A custom emoji's picture comes from the ImageLoader when a
// view first asks for it.
class EmojiPickerModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmojiPickerModel)

public:
    enum Role {
        InsertRole = Qt::UserRole + 1, // what picking it inserts: "😀" or ":blobcat:"
        NameRole,                      // "grinning face", ":blobcat:"
        ImageUrlRole,                  // QUrl of a custom emoji's picture, else empty
        ImageRole,                     // QByteArray of that picture, empty while loading
    };

    // The five Fitzpatrick tones Unicode names, lightest first; 0 is none.
    static constexpr int skinToneCount = 6;
    [[nodiscard]] static QString skinToneName(int tone);

    explicit EmojiPickerModel(ImageLoader *images, QObject *parent = nullptr);

    void setUnicode(const QList<UnicodeEmoji> &emoji);
    void setCustom(const QList<CustomEmoji> &emoji);
    void setRecent(const QStringList &recent);

    // "Recently used", then the custom categories, then the Unicode groups.
    [[nodiscard]] QStringList sectionTitles() const;
    void setSection(int section);
    [[nodiscard]] int section() const { return m_section; }
    // Non-empty: every emoji whose name matches, whatever the section.
    void setQuery(const QString &query);
    void setSkinTone(int tone);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Entry
    {
        QString insert;
        QString name;
        QUrl image;
    };

    [[nodiscard]] QString customSectionTitle(const QString &category) const;
    [[nodiscard]] QStringList customCategories() const;
    [[nodiscard]] QStringList unicodeGroups() const;
    [[nodiscard]] Entry entryFor(const UnicodeEmoji &emoji) const;
    [[nodiscard]] static Entry entryFor(const CustomEmoji &emoji);
    void rebuild();
    void onImageLoaded(const QUrl &url);

    ImageLoader *m_images;
    QList<UnicodeEmoji> m_unicode;   // without the toned variants
    QHash<QString, QString> m_toned; // "thumbs up: medium skin tone" -> its text
    QList<CustomEmoji> m_custom;
    QStringList m_recent;
    int m_section = 0;
    QString m_query;
    int m_tone = 0;
    QList<Entry> m_entries;
};
