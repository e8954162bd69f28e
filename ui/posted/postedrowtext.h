#pragma once

#include <QCoreApplication>
#include <QString>

struct Status;

// How one of the user's posts reads in the Posted list, as plain text: when, who sees
// it, its replies, boosts and favourites, its media, and the first lines of the text.
// The server's HTML is turned into text (HtmlText), never rendered, and each line goes
// through ServerText::plain, so markup in a post shows as typed.
class PostedRowText final
{
    Q_DECLARE_TR_FUNCTIONS(PostedRowText)

public:
    PostedRowText() = delete;

    static constexpr int shownLines = 3;

    [[nodiscard]] static QString text(const Status &status);
    // The first line of the post's text, for confirmations.
    [[nodiscard]] static QString excerpt(const Status &status);
    [[nodiscard]] static QString visibilityName(const QString &visibility);
};
