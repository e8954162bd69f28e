#include "spellingmenu.h"

#include "compose/composehighlighter.h"
#include "compose/spellchecker.h"
#include "compose/spellingwords.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>

SpellingMenu::SpellingMenu(QPlainTextEdit *edit, ComposeHighlighter *highlighter,
                           SpellChecker *checker)
    : QObject(edit)
    , m_edit(edit)
    , m_highlighter(highlighter)
    , m_checker(checker)
{
    // The mouse's menu event reaches the viewport, the keyboard's the field itself.
    edit->installEventFilter(this);
    edit->viewport()->installEventFilter(this);
}

bool SpellingMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    if (watched == m_edit->viewport() && menuEvent->reason() != QContextMenuEvent::Keyboard) {
        popUp(m_edit->cursorForPosition(menuEvent->pos()), menuEvent->pos(),
              menuEvent->globalPos());
        return true;
    }
    if (watched == m_edit) {
        const QPoint at = m_edit->cursorRect().center();
        popUp(m_edit->textCursor(), at, m_edit->viewport()->mapToGlobal(at));
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void SpellingMenu::popUp(const QTextCursor &at, const QPoint &menuPosition,
                         const QPoint &globalPosition)
{
    QMenu *menu = m_edit->createStandardContextMenu(menuPosition);
    menu->setObjectName(QStringLiteral("composerContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    addSpellingActions(menu, at);
    menu->popup(globalPosition);
}

void SpellingMenu::addSpellingActions(QMenu *menu, const QTextCursor &at)
{
    if (!m_highlighter->isSpellChecking() || !m_checker->hasDictionary() || m_edit->isReadOnly())
        return;
    const QTextBlock block = at.block();
    const QString text = block.text();
    bool found = false;
    const SpellingWords::Word word =
        SpellingWords::at(text, at.position() - block.position(), &found);
    if (!found)
        return;
    const QString misspelt = text.mid(word.start, word.end - word.start);
    if (m_checker->isCorrect(misspelt))
        return;

    QAction *first = menu->actions().value(0);
    QList<QAction *> actions;
    const int start = block.position() + int(word.start);
    const int end = block.position() + int(word.end);
    const QStringList suggestions = m_checker->suggestions(misspelt);
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        const QString suggestion = suggestions.at(i);
        auto *action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spellingSuggestion%1").arg(i + 1));
        connect(action, &QAction::triggered, m_edit, [this, start, end, suggestion] {
            QTextCursor cursor(m_edit->document());
            cursor.setPosition(start);
            cursor.setPosition(end, QTextCursor::KeepAnchor);
            cursor.insertText(suggestion);
            m_edit->setTextCursor(cursor);
        });
        actions.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        actions.append(none);
    }
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    actions.append(separator);

    auto *add = new QAction(tr("&Add “%1” to dictionary").arg(misspelt), menu);
    add->setObjectName(QStringLiteral("spellingAddToDictionary"));
    connect(add, &QAction::triggered, this, [this, misspelt] {
        m_checker->addToDictionary(misspelt);
        emit wordsAccepted();
    });
    actions.append(add);
    auto *ignore = new QAction(tr("&Ignore “%1”").arg(misspelt), menu);
    ignore->setObjectName(QStringLiteral("spellingIgnore"));
    ignore->setToolTip(tr("Not marked again until Posthorn quits"));
    connect(ignore, &QAction::triggered, this, [this, misspelt] {
        m_checker->ignore(misspelt);
        emit wordsAccepted();
    });
    actions.append(ignore);
    auto *separator2 = new QAction(menu);
    separator2->setSeparator(true);
    actions.append(separator2);
    menu->insertActions(first, actions);
}
