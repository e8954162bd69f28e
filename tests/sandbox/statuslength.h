#pragma once

#include <QString>

// The server's own counting rule (Mastodon's StatusLengthValidator): grapheme clusters of
// the content warning plus the text, where each URL with a known protocol counts as
// urlWeight characters and a mention @user@domain counts as @user.
namespace StatusLength {

int graphemes(const QString &text);
int count(const QString &text, const QString &spoilerText, int urlWeight);

} // namespace StatusLength
