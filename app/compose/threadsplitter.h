#pragma once

#include <QString>
#include <QStringList>

// Cuts a text that is too long for one post into a thread of posts that each fit, as
// the composer's counter counts them (CharacterCounter: the content warning, which every
// post of the thread carries, included; links and remote mentions as the server counts
// them). Cuts fall at the end of a paragraph or a sentence where that still fills a post
// at least half, otherwise between words; never inside a word, a link or a mention, since
// those hold no white space. Only the white space at a cut is dropped: the posts read
// back as the text.
//
// A single word longer than a post (a very long link without a known top-level domain)
// stays whole: its post is over the limit and the counter says so.
class ThreadSplitter final
{
public:
    ThreadSplitter() = delete;

    struct Limits
    {
        qint64 maxCharacters = 500;
        int charactersPerUrl = 23;
    };

    // With `numbered`, each post ends in " 1/3", " 2/3", … and the room for it is kept.
    [[nodiscard]] static QStringList split(const QString &text, const QString &spoilerText,
                                           Limits limits, bool numbered);
};
