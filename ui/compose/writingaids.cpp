#include "writingaids.h"

#include "compose/composehighlighter.h"
#include "compose/spellingmenu.h"
#include "settings/spellingpreference.h"

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QPointer>
#include <QThreadPool>

#include <memory>

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

void WritingAids::setLanguage(const QString &language, bool needed)
{
    if (!needed || language == m_wanted)
        return;
    m_wanted = language;
    // Handed back through the application object, which outlives any composer; the
    // composer may be gone by then, which only the GUI thread can tell.
    const QPointer<WritingAids> self(this);
    QThreadPool::globalInstance()->start([self, language] {
        auto loaded = std::make_shared<SpellChecker>();
        loaded->setLanguage(language);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, loaded] {
                // Gone, or another language was picked meanwhile (its load follows).
                if (!self || loaded->language() != self->m_wanted)
                    return;
                self->m_checker.swap(*loaded);
                self->rehighlightAll();
                emit self->dictionaryChanged();
            },
            Qt::QueuedConnection);
    });
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
