#pragma once

#include <QList>
#include <QStringView>

// What a Mastodon server makes of parts of a post's text: links, mentions, hashtags and
// custom emoji shortcodes. The composer highlights them, leaves them out of spell
// checking and language detection. Links and mentions are found exactly as the character
// counter finds them (CharacterCounter::entities); hashtags as Mastodon's Tag::HASHTAG_RE
// does for the common case (a word with at least one letter, not glued to a letter,
// digit, "=", "/" or ")" before it); shortcodes as :name: of two or more letters, digits
// or underscores.
class TextEntities final
{
public:
    TextEntities() = delete;

    enum class Kind { Link, Mention, RemoteMention, Hashtag, Shortcode };

    struct Entity
    {
        Kind kind = Kind::Link;
        qsizetype start = 0;
        qsizetype end = 0;
    };

    // In order and not overlapping; offsets are UTF-16 positions in `text`.
    [[nodiscard]] static QList<Entity> find(QStringView text);
};
