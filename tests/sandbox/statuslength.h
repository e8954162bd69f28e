#pragma once

#include <QList>
#include <QString>

// The server's own counting rule (Mastodon's StatusLengthValidator): grapheme clusters of
// the content warning plus the text (both stripped; a blank text counts as empty), where
// each URL with a known protocol and top-level domain counts as urlWeight characters and a
// mention @user@domain counts as @user.
namespace StatusLength {

// Extended grapheme clusters as Ruby 3.4 (Unicode 15.0) counts them.
int graphemes(const QString &text);
int count(const QString &text, const QString &spoilerText, int urlWeight);

// Where the rule finds URLs and mentions (UTF-16 offsets, end exclusive, overlaps not yet
// removed): the status formatter links the same spans Mastodon's extractor finds.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};
QList<Span> urlSpans(const QString &text);
QList<Span> mentionSpans(const QString &text);

} // namespace StatusLength
