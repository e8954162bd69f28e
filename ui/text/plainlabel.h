#pragma once

#include "util/servertext.h"

#include <QLabel>

// A label that shows its text as it is: never as markup, never with links. Every label
// in Posthorn is one of these, except LinkLabel for Posthorn's own links; text from a
// server goes in through setServerText(). tests/ui/check-server-text.sh keeps it so.
class PlainLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainLabel)

public:
    explicit PlainLabel(QWidget *parent = nullptr);
    explicit PlainLabel(const QString &text, QWidget *parent = nullptr);

    // Cut to a length a label can lay out, control characters removed, bidi isolated
    // (ServerText::plain). Messages that quote a server go in here too; the limit leaves
    // room for a long address a user may need to copy.
    void setServerText(const QString &text, qsizetype limit = 4 * ServerText::defaultLimit);

    // For a label that shows a server's name: it wraps, and what does not fit (a name
    // with no place to break) is cut at the label's edge instead of widening the window.
    void fitServerText();
};
