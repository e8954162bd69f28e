#pragma once

#include "compose/spellchecker.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ComposeHighlighter;
class QPlainTextEdit;

// A composer's writing aids for each of its text fields: the highlighter (links,
// mentions, hashtags, misspelt words) and the spelling menu, in the post's language
// and as the Preferences say. One spell checker serves all fields of the composer.
class WritingAids final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WritingAids)

public:
    explicit WritingAids(QObject *parent = nullptr);

    // Gives `edit` its highlighter and spelling menu; they go with it.
    void attach(QPlainTextEdit *edit);
    // The post's language, as Mastodon names it; a change rechecks every field.
    void setLanguage(const QString &language);
    [[nodiscard]] QString language() const { return m_checker.language(); }
    // False when spell checking is on but no dictionary serves the language.
    [[nodiscard]] bool hasDictionary() const { return m_checker.hasDictionary(); }
    [[nodiscard]] bool isSpellChecking() const { return m_spellChecking; }

signals:
    // After a language change: whether spelling can be checked in it (false when no
    // dictionary is installed for it), so the composer can say so once.
    void dictionaryChanged();

private:
    void setSpellChecking(bool on);
    void rehighlightAll();

    SpellChecker m_checker;
    QList<QPointer<ComposeHighlighter>> m_highlighters;
    bool m_spellChecking;
};
