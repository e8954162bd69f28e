#include "writingaids.h"

#include "compose/composehighlighter.h"
#include "compose/spellingmenu.h"
#include "settings/spellingpreference.h"

#include <QPlainTextEdit>

WritingAids::WritingAids(QObject *parent)
    : QObject(parent)
    , m_spellChecking(SpellingPreference::instance()->isEnabled())
{
    connect(SpellingPreference::instance(), &SpellingPreference::enabledChanged, this,
            &WritingAids::setSpellChecking);
}

void WritingAids::attach(QPlainTextEdit *edit)
{
    auto *highlighter = new ComposeHighlighter(edit, &m_checker);
    // Before the first highlighting pass, which the constructor only schedules.
    highlighter->setSpellChecking(m_spellChecking);
    m_highlighters.append(highlighter);
    auto *menu = new SpellingMenu(edit, highlighter, &m_checker);
    connect(menu, &SpellingMenu::wordsAccepted, this, &WritingAids::rehighlightAll);
}

void WritingAids::setLanguage(const QString &language)
{
    if (language == m_checker.language())
        return;
    m_checker.setLanguage(language);
    rehighlightAll();
    emit dictionaryChanged();
}

void WritingAids::setSpellChecking(bool on)
{
    m_spellChecking = on;
    m_highlighters.removeAll(nullptr);
    for (ComposeHighlighter *highlighter : std::as_const(m_highlighters))
        highlighter->setSpellChecking(on);
    emit dictionaryChanged();
}

void WritingAids::rehighlightAll()
{
    m_highlighters.removeAll(nullptr);
    for (ComposeHighlighter *highlighter : std::as_const(m_highlighters))
        highlighter->rehighlight();
}
