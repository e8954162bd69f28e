#pragma once

#include <QString>

// The server's own counting rule (Mastodon's StatusLengthValidator): grapheme clusters of
// the content warning plus the text (both stripped; a blank text counts as empty), where
// each URL with a known protocol and top-level domain counts as urlWeight characters and a
// mention @user@domain counts as @user.
namespace StatusLength {

// Extended grapheme clusters as Ruby 3.4 (Unicode 15.0) counts them.
int graphemes(const QString &text);
int count(const QString &text, const QString &spoilerText, int urlWeight);

} // namespace StatusLength
