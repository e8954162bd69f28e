#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

class SpellDictionary;

// Spell checking through Enchant, the desktop's spell-check broker (Hunspell, Aspell,
// Nuspell dictionaries, whichever are installed), for a post's language given as
// Mastodon names it ("en", "nl", "pt-BR").
//
// Checkers for the same language share one loaded dictionary and its cache of words
// already checked: every composer and every post of a thread can have its own checker
// without the dictionary's memory being paid twice. The dictionary is let go when the
// last checker using it is. Safe to use from any thread.
//
// "Add to dictionary" writes to Enchant's personal word list for the dictionary
// ($XDG_CONFIG_HOME/enchant/<dictionary>.dic, such as en_US.dic), which every program
// using Enchant shares and which outlives Posthorn; "Ignore" lasts until Posthorn quits.
class SpellChecker final
{
public:
    SpellChecker();
    ~SpellChecker();
    Q_DISABLE_COPY_MOVE(SpellChecker)

    // Loads the dictionary for `language`; false when none is installed for it (then
    // every word counts as correct). An empty language unloads it. Loading a large
    // dictionary takes a few hundred milliseconds: a window loads it into a checker of
    // its own on a worker thread and then swaps that in.
    bool setLanguage(const QString &language);
    // Exchanges language and dictionary with `other`.
    void swap(SpellChecker &other);
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] bool hasDictionary() const { return m_dictionary != nullptr; }
    // The dictionary's own name for it ("en_US", "nl"); empty without one.
    [[nodiscard]] QString dictionaryName() const;

    [[nodiscard]] bool isCorrect(QStringView word) const;
    // Best first; empty without a dictionary.
    [[nodiscard]] QStringList suggestions(QStringView word, int max = 5) const;
    void addToDictionary(QStringView word);
    void ignore(QStringView word);

    // The names of the installed dictionaries ("de_DE", "en_US", "nl").
    [[nodiscard]] static QStringList installedDictionaries();
    // The installed dictionary that serves `language`, empty when none does: the exact
    // name when it names a region (pt-BR → pt_BR), else this computer's region of the
    // language, else its home region (de → de_DE), else en_US for English, else the
    // bare language's dictionary, else the first of its regions.
    [[nodiscard]] static QString dictionaryFor(const QString &language,
                                               const QStringList &installed);

private:
    QString m_language;
    std::shared_ptr<SpellDictionary> m_dictionary;
};
