#pragma once

#include <QString>

class QUrl;

// Text that came from a server (names, errors, post text, instance descriptions) made
// safe to show. A server is not trusted: its text is data, never markup (a rich-text
// label once read `<img src="/dev/zero">` until memory ran out), never a way to reorder
// the text around it (bidi overrides), and never so long that laying it out stalls the
// window. Widgets show it through PlainLabel or, where our own markup surrounds it,
// escaped() inside a LinkLabel.
namespace ServerText {

// How much of one server string a label shows; a 1 MB display name gets an ellipsis.
inline constexpr qsizetype defaultLimit = 500;

// For plain-text display: at most `limit` characters (cut between grapheme clusters,
// with an ellipsis), control characters other than line breaks and tabs removed, and
// right-to-left text or explicit bidi controls held in an isolate so that they cannot
// reorder the text around them.
[[nodiscard]] QString plain(const QString &text, qsizetype limit = defaultLimit);

// plain(), escaped for inclusion in Posthorn's own rich text, or for a notification
// server that reads markup (freedesktop.org's body-markup).
[[nodiscard]] QString escaped(const QString &text, qsizetype limit = defaultLimit);

// A tooltip that Qt shows as the literal text: tooltips guess rich text from a leading
// tag (Qt::mightBeRichText), so server text is escaped inside rich text of our own.
[[nodiscard]] QString toolTip(const QString &text, qsizetype limit = 2 * defaultLimit);

// Only web pages are opened from links a server handed out: http and https with a host.
// `file:`, `javascript:`, custom schemes and the like would make the desktop run or open
// something local.
[[nodiscard]] bool isOpenableLink(const QUrl &url);

} // namespace ServerText
