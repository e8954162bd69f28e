// Spell checking through the real Enchant with the installed Hunspell dictionaries
// (hunspell-en-us, hunspell-nl, hunspell-de-de), the personal word list in a temporary
// XDG_CONFIG_HOME of this test's own.
#include "compose/spellchecker.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <cstring>

class TestSpellChecker : public QObject
{
    Q_OBJECT

private:
    // Asks a new process, which loads the dictionary afresh, whether `word` is correct.
    static QString checkInNewProcess(const QString &language, const QString &word)
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--check"), language, word});
        if (!child.waitForFinished(30000))
            return QStringLiteral("no answer");
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    }

private slots:
    void initTestCase()
    {
        const QStringList installed = SpellChecker::installedDictionaries();
        for (const char *name : {"en_US", "nl", "de_DE"})
            QVERIFY2(installed.contains(QLatin1String(name)),
                     qPrintable(QStringLiteral("installed: ") + installed.join(u' ')));
    }

    void languagesFindTheirInstalledDictionary_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dictionary");
        QTest::newRow("exact") << "nl"
                               << "nl";
        QTest::newRow("home region") << "de"
                                     << "de_DE";
        QTest::newRow("English") << "en"
                                 << "en_US";
        QTest::newRow("region given") << "pt-BR"
                                      << "pt_BR";
        QTest::newRow("only region there is") << "sv"
                                              << "sv_FI";
        QTest::newRow("none") << "fr"
                              << "";
    }

    void languagesFindTheirInstalledDictionary()
    {
        QFETCH(QString, language);
        QFETCH(QString, dictionary);
        const QStringList installed{QStringLiteral("de_AT"), QStringLiteral("de_DE"),
                                    QStringLiteral("en_GB"), QStringLiteral("en_US"),
                                    QStringLiteral("nl"),    QStringLiteral("nl_BE"),
                                    QStringLiteral("pt_BR"), QStringLiteral("sv_FI")};
        // The system's region only counts for its own language; the test runs in C or en.
        if (language == QLatin1String("en") &&
            QLocale::system().territory() == QLocale::UnitedKingdom)
            QSKIP("this computer's region is the United Kingdom: en_GB would be right");
        QCOMPARE(SpellChecker::dictionaryFor(language, installed), dictionary);
    }

    void misspeltWordsAreFoundInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("correct");
        QTest::addColumn<QString>("misspelt");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("English") << "en"
                                 << "sentence"
                                 << "sentense"
                                 << "sentence";
        QTest::newRow("Dutch") << "nl"
                               << "fiets"
                               << "fietss"
                               << "fiets";
        QTest::newRow("German") << "de"
                                << "Fahrrad"
                                << "Fahrad"
                                << "Fahrrad";
        QTest::newRow("typographic apostrophe") << "en"
                                                << "don’t"
                                                << "dont’t"
                                                << "";
    }

    void misspeltWordsAreFoundInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, correct);
        QFETCH(QString, misspelt);
        QFETCH(QString, suggestion);
        SpellChecker checker;
        QVERIFY(checker.setLanguage(language));
        QVERIFY(checker.hasDictionary());
        QVERIFY2(checker.isCorrect(correct), qPrintable(correct));
        QVERIFY2(!checker.isCorrect(misspelt), qPrintable(misspelt));
        // Asked again, the cache must give the same answers.
        QVERIFY(checker.isCorrect(correct));
        QVERIFY(!checker.isCorrect(misspelt));
        if (!suggestion.isEmpty())
            QVERIFY2(checker.suggestions(misspelt).contains(suggestion),
                     qPrintable(checker.suggestions(misspelt).join(u',')));
    }

    void aLanguageWithoutDictionaryMarksNothing()
    {
        SpellChecker checker;
        QVERIFY(!checker.setLanguage(QStringLiteral("xx")));
        QVERIFY(!checker.hasDictionary());
        QVERIFY(checker.isCorrect(QStringLiteral("qwzxv")));
        QVERIFY(checker.suggestions(QStringLiteral("qwzxv")).isEmpty());
    }

    void switchingLanguageSwitchesDictionary()
    {
        SpellChecker checker;
        QVERIFY(checker.setLanguage(QStringLiteral("en")));
        QVERIFY(!checker.isCorrect(QStringLiteral("fiets")));
        QVERIFY(checker.setLanguage(QStringLiteral("nl")));
        QCOMPARE(checker.dictionaryName(), QStringLiteral("nl_NL"));
        QVERIFY(checker.isCorrect(QStringLiteral("fiets")));
        QVERIFY(!checker.isCorrect(QStringLiteral("sentence")));
    }

    void addedWordStaysCorrectForNewCheckersAndNewProcesses()
    {
        const QString word = QStringLiteral("Zorblaxian");
        QCOMPARE(checkInNewProcess(QStringLiteral("en"), word), QStringLiteral("misspelt"));
        {
            SpellChecker checker;
            QVERIFY(checker.setLanguage(QStringLiteral("en")));
            QVERIFY(!checker.isCorrect(word));
            checker.addToDictionary(word);
            QVERIFY(checker.isCorrect(word));
        }
        // Every checker gone, the dictionary is let go; a new one reads the word list.
        SpellChecker later;
        QVERIFY(later.setLanguage(QStringLiteral("en")));
        QVERIFY(later.isCorrect(word));
        QVERIFY(!later.isCorrect(QStringLiteral("Zorblaxien")));
        QCOMPARE(checkInNewProcess(QStringLiteral("en"), word), QStringLiteral("correct"));
        // In Enchant's own personal word list, which other programs share.
        QFile list(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/enchant/en_US.dic"));
        QVERIFY2(
            list.open(QIODevice::ReadOnly),
            qPrintable(QDir(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/enchant"))
                           .entryList(QDir::Files)
                           .join(u' ')));
        QVERIFY(QString::fromUtf8(list.readAll()).split(u'\n').contains(word));
        // Only for that language.
        SpellChecker dutch;
        QVERIFY(dutch.setLanguage(QStringLiteral("nl")));
        QVERIFY(!dutch.isCorrect(word));
    }

    void ignoredWordLastsOnlyThisSession()
    {
        const QString word = QStringLiteral("Zwiebelfisch");
        SpellChecker checker;
        QVERIFY(checker.setLanguage(QStringLiteral("en")));
        QVERIFY(!checker.isCorrect(word));
        checker.ignore(word);
        QVERIFY(checker.isCorrect(word));
        // Another checker of this process shares the dictionary and its session.
        SpellChecker other;
        QVERIFY(other.setLanguage(QStringLiteral("en")));
        QVERIFY(other.isCorrect(word));
        QCOMPARE(checkInNewProcess(QStringLiteral("en"), word), QStringLiteral("misspelt"));
    }
};

int main(int argc, char *argv[])
{
    // A personal word list of the test's own, before Enchant (and GLib, which keeps the
    // folder once asked) reads the variable. The child processes inherit it.
    if (argc == 4 && std::strcmp(argv[1], "--check") == 0) {
        QCoreApplication app(argc, argv);
        SpellChecker checker;
        checker.setLanguage(QString::fromUtf8(argv[2]));
        std::puts(checker.isCorrect(QString::fromUtf8(argv[3])) ? "correct" : "misspelt");
        return 0;
    }
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QCoreApplication app(argc, argv);
    TestSpellChecker test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_spellchecker.moc"
