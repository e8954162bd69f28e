#pragma once

#include "complete/completiontrigger.h"

#include <QFrame>
#include <QHash>
#include <QPointer>

class CompletionSearch;
class QLineEdit;
class QListView;
class QPlainTextEdit;

// The completion list of a composer's text fields: opens under the caret when the
// token there (`@name`, `#tag`, `:code`) has suggestions, without taking the keyboard
// from the field. While it shows, Down/Up move, Tab or Return accept, Escape closes
// (and does nothing else); every other key goes on to the field, and Ctrl+Return
// still posts. A screen reader hears the highlighted entry through the field's
// accessible description and a focus event on the entry.
class CompletionPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionPopup)

public:
    // `owner` is the composer the fields belong to; the popup is a window of its own so
    // it can reach past a small composer's edge.
    CompletionPopup(CompletionSearch *search, QWidget *owner);

    // Completes everything in a post's text, only emoji in a content warning (the
    // server links no mentions or tags there). Attaching the same field again does
    // nothing.
    void attach(QPlainTextEdit *field);
    void attachEmojiOnly(QLineEdit *field);

    // Closes the list and forgets the token (the post is going out).
    void dismiss();
    // The entry Tab or Return would accept; -1 when the list is closed.
    [[nodiscard]] int highlightedRow() const;
    [[nodiscard]] QListView *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FieldText
    {
        QString text;        // the caret's paragraph (a QPlainTextEdit) or the whole line
        qsizetype caret = 0; // in `text`
        bool usable = false; // focused, editable, nothing selected
    };

    void attachField(QWidget *field, bool emojiOnly);
    [[nodiscard]] FieldText textOf(QWidget *field) const;
    [[nodiscard]] CompletionTrigger triggerIn(QWidget *field) const;
    void onFieldChanged(QWidget *field);
    void onResults();
    bool handleKey(QKeyEvent *event);
    void accept(int row);
    void replace(QWidget *field, const CompletionTrigger &trigger, const QString &text);
    void moveHighlight(int step);
    void closeList();
    void placeUnderCaret();
    void announce();
    [[nodiscard]] static bool isListKey(const QKeyEvent *event);

    CompletionSearch *m_search;
    QListView *m_list;
    QHash<QWidget *, bool> m_emojiOnly; // field -> only emoji
    QPointer<QWidget> m_field;          // the field whose token the list is for
    // The token Escape closed the list for: it stays closed until the caret leaves it.
    QPointer<QWidget> m_dismissedField;
    CompletionTrigger m_dismissed;
    // The field's own description, given back when the list closes.
    QString m_savedDescription;
    bool m_describing = false;
};
