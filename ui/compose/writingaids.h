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
    // The post's language, as Mastodon names it. Its dictionary is loaded on a worker
    // thread, and only once `needed` (some field has text): an empty composer costs no
    // dictionary. Every field is checked again once it is in.
    void setLanguage(const QString &language, bool needed);
    // The language whose dictionary is in use (empty while none has been loaded).
    [[nodiscard]] QString language() const { return m_checker.language(); }
    // False when spell checking is on but no dictionary serves the language.
    [[nodiscard]] bool hasDictionary() const { return m_checker.hasDictionary(); }
    [[nodiscard]] bool isSpellChecking() const { return m_spellChecking; }

signals:
    // A dictionary was loaded, or none is installed for the language (hasDictionary()),
    // or checking was switched on or off: the composer can say so once.
    void dictionaryChanged();

private:
    void setSpellChecking(bool on);
    void rehighlightAll();

    SpellChecker m_checker;
    // The language asked for last, whose dictionary is loaded or being loaded.
    QString m_wanted;
    QList<QPointer<ComposeHighlighter>> m_highlighters;
    bool m_spellChecking;
};
