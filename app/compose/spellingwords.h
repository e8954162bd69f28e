#pragma once

#include "compose/textentities.h"

#include <QList>
#include <QStringView>

// The words of a text that spell checking looks at. Left out, as no dictionary knows
// them and marking them would only be noise: links, mentions, hashtags and shortcodes
// (TextEntities), text between `backticks`, and words that look like code or names
// of things: camelCase, snake_case, with digits, dotted (file.txt, example.org), and
// all capitals (NASA). Apostrophes inside a word belong to it (don't, l'eau); hyphens
// split words (well-known is checked as well and known).
class SpellingWords final
{
public:
    SpellingWords() = delete;

    struct Word
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };

    // In order; offsets are UTF-16 positions in `text`.
    [[nodiscard]] static QList<Word> find(QStringView text);
    // The same, for a caller that has the text's entities (TextEntities::find) already.
    [[nodiscard]] static QList<Word> find(QStringView text,
                                          const QList<TextEntities::Entity> &entities);
    // The word at `position` (also just after its last letter), if it is one find() gives.
    [[nodiscard]] static Word at(QStringView text, qsizetype position, bool *found);
};
