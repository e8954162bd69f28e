#pragma once

#include <QObject>

class ComposeHighlighter;
class QMenu;
class QPlainTextEdit;
class QPoint;
class QTextCursor;
class SpellChecker;

// Puts spelling at the top of a composer field's context menu when it opens on a
// misspelt word: the dictionary's suggestions (choosing one replaces the word, as one
// undo step), "Add to dictionary" and "Ignore", then the usual Undo/Cut/Copy/Paste.
// It watches the field's context-menu events from outside (an event filter), so the
// field's own class needs no change for it. Opened by the mouse or by the keyboard
// (Menu key, Shift+F10), where it takes the word at the text cursor.
class SpellingMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingMenu)

public:
    // `checker` outlives this.
    SpellingMenu(QPlainTextEdit *edit, ComposeHighlighter *highlighter, SpellChecker *checker);

signals:
    // A word was added to the dictionary or ignored: every field in that language must
    // look again.
    void wordsAccepted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void popUp(const QTextCursor &at, const QPoint &menuPosition, const QPoint &globalPosition);
    void addSpellingActions(QMenu *menu, const QTextCursor &at);

    QPlainTextEdit *m_edit;
    ComposeHighlighter *m_highlighter;
    SpellChecker *m_checker;
};
