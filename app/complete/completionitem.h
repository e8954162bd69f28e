#pragma once

#include "api/customemoji.h"

#include <QList>
#include <QString>
#include <QUrl>

// One entry of the completion list: what it shows and what accepting it inserts.
struct CompletionItem
{
    enum class Kind { Account, Hashtag, CustomEmoji, UnicodeEmoji };

    Kind kind = Kind::Account;
    // Inserted in place of the token, before the space: `@acct`, `#tag`, `:code:`, or
    // the emoji itself.
    QString replacement;
    // The first line: a display name (with `:shortcode:` emoji of `emojis`), `#tag`,
    // `:shortcode:` or the emoji's name. Plain text from the server, never markup.
    QString title;
    // The second line: `@acct`, how much a tag was used, or empty.
    QString detail;
    // An avatar or a custom emoji's picture; invalid for tags and Unicode emoji.
    QUrl image;
    // A Unicode emoji, drawn as text where the others have their picture.
    QString glyph;
    // The custom emoji in `title`.
    QList<CustomEmoji> emojis;
    // A hashtag the user follows.
    bool followed = false;
};
