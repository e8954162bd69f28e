#pragma once

#include <QString>

// What the word at the caret asks to be completed: `@name` or `@user@domain` (an
// account), `#tag` (a hashtag) or `:code` (an emoji). Only at the start of a word, so
// an e-mail address, a URL's `#anchor` or a time like `12:30` do not open a list.
struct CompletionTrigger
{
    enum class Kind { None, Account, Hashtag, Emoji };

    Kind kind = Kind::None;
    // Where the token starts (at its `@`, `#` or `:`) and ends (after the word that
    // goes on past the caret), as indexes into the text given to at().
    qsizetype start = 0;
    qsizetype end = 0;
    // What follows the `@`, `#` or `:`, up to the end of the word.
    QString query;

    [[nodiscard]] bool isActive() const { return kind != Kind::None; }
    [[nodiscard]] bool operator==(const CompletionTrigger &other) const
    {
        return kind == other.kind && start == other.start && end == other.end &&
               query == other.query;
    }

    // Emoji need two characters: one matches too many to be useful.
    static constexpr qsizetype minimumEmojiQuery = 2;

    // The token at `caret` in `text` (one line or paragraph is enough).
    [[nodiscard]] static CompletionTrigger at(const QString &text, qsizetype caret);
};
