#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Counts a status exactly as Mastodon's StatusLengthValidator does, so the composer's
// counter and the server agree on every post:
// - the content warning and the text are stripped of surrounding ASCII whitespace (the
//   Status model does that before validating), and a text of nothing but whitespace
//   counts as empty;
// - in the text, each URL with a protocol (http, https, dat, dweb, ipfs, ipns, ssb,
//   gopher, gemini) and a host with a known top-level domain counts as
//   charactersPerUrl, whatever its length, and each mention @user@domain counts as @user;
// - then the grapheme clusters of the content warning joined with that text are counted
//   (see GraphemeClusters for which Unicode rules).
// Everything else (hashtags, :emoji: shortcodes, URLs without a protocol, e-mail
// addresses) counts as written.
//
// Pure functions, cheap enough to run on every keystroke (well under a millisecond for a
// 5,000-character text).
class CharacterCounter final
{
public:
    CharacterCounter() = delete;

    // What servers that say nothing about it use.
    static constexpr int defaultCharactersPerUrl = 23;

    [[nodiscard]] static int count(const QString &text, const QString &spoilerText,
                                   int charactersPerUrl = defaultCharactersPerUrl);
    // maxCharacters minus count(): negative when the status is too long to post.
    [[nodiscard]] static int remaining(const QString &text, const QString &spoilerText,
                                       int maxCharacters,
                                       int charactersPerUrl = defaultCharactersPerUrl);
    // The text as the server measures it: stripped, URLs replaced by charactersPerUrl
    // "x"s and remote mentions shortened to @user. Shows why a text counts what it does.
    [[nodiscard]] static QString countableText(const QString &text,
                                               int charactersPerUrl = defaultCharactersPerUrl);

    // What the rule counts differently from how it is written: each URL, and each
    // mention (local or remote), as the server finds them, in order and not overlapping.
    // Offsets are UTF-16 positions in `text`; `username` (a mention's local part, what a
    // remote mention counts as) is empty for a URL. The text is taken as it is, not
    // stripped, so a caller can point at what it shows.
    struct CountedEntity
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QStringView username;

        [[nodiscard]] bool isUrl() const { return username.isNull(); }
    };
    [[nodiscard]] static QList<CountedEntity> entities(QStringView text);
};
