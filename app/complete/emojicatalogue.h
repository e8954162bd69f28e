#pragma once

#include "api/customemoji.h"
#include "unicodeemoji.h"

#include <QList>
#include <QString>

// The emoji a user can pick from: the instance's custom emoji and the Unicode emoji,
// whose names come from the system's Unicode data (Debian's `unicode-data` package),
// not a hand-made list. Finds them by name as the completion list and the picker need.
class EmojiCatalogue final
{
public:
    static constexpr int defaultLimit = 8;

    // With the system's Unicode emoji (none when the data file is missing).
    EmojiCatalogue();
    explicit EmojiCatalogue(QList<UnicodeEmoji> unicode);

    // Where the system keeps emoji-test.txt.
    [[nodiscard]] static QString systemDataPath();
    // The system's Unicode emoji, read once per process.
    [[nodiscard]] static QList<UnicodeEmoji> systemUnicodeEmoji();
    // Reads emoji-test.txt: the fully-qualified entries, in the file's order.
    [[nodiscard]] static QList<UnicodeEmoji> parseEmojiTest(const QByteArray &data);
    [[nodiscard]] static QList<UnicodeEmoji> readEmojiTest(const QString &path);

    void setCustomEmoji(const QList<CustomEmoji> &emoji);
    [[nodiscard]] const QList<CustomEmoji> &customEmoji() const { return m_custom; }
    [[nodiscard]] const QList<UnicodeEmoji> &unicodeEmoji() const { return m_unicode; }

    // Custom emoji whose shortcode contains `query` (case-insensitive): those that
    // start with it first, then alphabetically. Emoji hidden from the picker are left
    // out, as the server's own composer does.
    [[nodiscard]] QList<CustomEmoji> findCustom(const QString &query,
                                                int limit = defaultLimit) const;
    // Unicode emoji whose name matches `query`, where `_` and `-` stand for spaces
    // ("thumbs_up" finds "thumbs up"): names that start with it first, then names with
    // a word that starts with it, then the rest that contain it. Skin-tone variants are
    // left out (their base emoji is found).
    [[nodiscard]] QList<UnicodeEmoji> findUnicode(const QString &query,
                                                  int limit = defaultLimit) const;

private:
    QList<CustomEmoji> m_custom;
    QList<UnicodeEmoji> m_unicode;
};
