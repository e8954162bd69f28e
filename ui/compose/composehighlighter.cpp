#include "composehighlighter.h"

#include "compose/spellchecker.h"
#include "compose/spellingwords.h"
#include "compose/textentities.h"

#include <QPlainTextEdit>

ComposeHighlighter::ComposeHighlighter(QPlainTextEdit *edit, const SpellChecker *checker)
    : QSyntaxHighlighter(edit->document())
    , m_edit(edit)
    , m_checker(checker)
{}

void ComposeHighlighter::setSpellChecking(bool on)
{
    if (on == m_spellChecking)
        return;
    m_spellChecking = on;
    rehighlight();
}

void ComposeHighlighter::highlightBlock(const QString &text)
{
    if (text.isEmpty())
        return;
    QTextCharFormat entityFormat;
    entityFormat.setForeground(m_edit->palette().link());
    const QList<TextEntities::Entity> entities = TextEntities::find(text);
    for (const TextEntities::Entity &entity : entities) {
        if (entity.kind == TextEntities::Kind::Shortcode)
            continue;
        setFormat(int(entity.start), int(entity.end - entity.start), entityFormat);
    }

    if (!m_spellChecking || !m_checker || !m_checker->hasDictionary())
        return;
    for (const SpellingWords::Word &word : SpellingWords::find(text, entities)) {
        const QStringView view = QStringView(text).sliced(word.start, word.end - word.start);
        if (m_checker->isCorrect(view))
            continue;
        QTextCharFormat misspelt = format(int(word.start));
        misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        misspelt.setUnderlineColor(Qt::red);
        setFormat(int(word.start), int(word.end - word.start), misspelt);
    }
}
