#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// web+mastodon://share?text=… links, the ones a web page's "Share on Mastodon" button
// opens and the desktop hands to the registered handler. The text is read as
// Mastodon's own /intent page reads the same link, so a link means the same post
// whether the browser or Posthorn opens it.
class ShareLink final
{
public:
    ShareLink() = delete;

    // The text to post: `text`, then `url` after a space when both are given (as
    // Mastodon's /share page joins them). Nothing for another scheme or host (follow
    // links included), a link without a query, or when neither carries any text.
    [[nodiscard]] static std::optional<QString> text(const QUrl &link);
    // The link in a command-line argument, read as a browser reads it: a '%' without two
    // hex digits after it is a percent sign. (Given one such '%', QUrl would take every
    // '%' of the link as a percent sign, "%20" included.)
    [[nodiscard]] static QUrl fromArgument(const QString &argument);
    // Whether a command-line argument is meant as such a link, readable or not, as
    // opposed to a stray word.
    [[nodiscard]] static bool looksLikeShareLink(const QString &argument);
    // `text` without control characters other than line feed and tab: an escape
    // sequence or NUL from a link or another process has no place in a post.
    [[nodiscard]] static QString withoutControlCharacters(const QString &text);
};
