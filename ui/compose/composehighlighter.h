#pragma once

#include <QSyntaxHighlighter>

class SpellChecker;
class QPlainTextEdit;

// The one highlighter of a composer's text (a document takes one: a second would
// overwrite its formats): links, mentions and hashtags in the link colour, as the
// server will show them, and misspelt words underlined the way the desktop does (a red
// wavy SpellCheckUnderline). It works per block, as QSyntaxHighlighter does: a keystroke
// rechecks only its paragraph, and the checker's cache answers for words seen before.
//
// It only paints; it neither reads keys nor changes the text, so whatever else handles
// the field's keys (completion) works beside it untouched.
class ComposeHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeHighlighter)

public:
    // `checker` may be null (no spell checking); it outlives the highlighter.
    ComposeHighlighter(QPlainTextEdit *edit, const SpellChecker *checker);

    // Spelling marks on or off; the entity highlighting stays.
    void setSpellChecking(bool on);
    [[nodiscard]] bool isSpellChecking() const { return m_spellChecking; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QPlainTextEdit *m_edit;
    const SpellChecker *m_checker;
    bool m_spellChecking = true;
};
