#pragma once

#include <QString>

// Server HTML (an account's bio) as plain text, for showing as text only. Tags are
// dropped, never interpreted; entities are decoded; whitespace collapses as a browser
// would collapse it. The result is safe to show in any plain-text label.
namespace HtmlText {

// Paragraphs are separated by a blank line, <br> by a line break.
[[nodiscard]] QString toPlainText(const QString &html);

// The start of the text on one line, at most `maxChars` characters (an ellipsis
// included), cut at a word boundary when one is near.
[[nodiscard]] QString excerpt(const QString &plainText, int maxChars);

} // namespace HtmlText
