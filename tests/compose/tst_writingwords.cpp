// Which parts of a post are links, mentions, hashtags and shortcodes, and which words
// spell checking looks at: pure functions, checked with tables.
#include "compose/spellingwords.h"
#include "compose/textentities.h"

#include <QtTest>

class TestWritingWords : public QObject
{
    Q_OBJECT

private:
    static QString described(QStringView text, const QList<TextEntities::Entity> &entities)
    {
        static const char *const names[] = {"link", "mention", "remote", "tag", "emoji"};
        QStringList parts;
        for (const TextEntities::Entity &entity : entities)
            parts.append(QString::fromLatin1(names[int(entity.kind)]) + QLatin1Char('=') +
                         text.sliced(entity.start, entity.end - entity.start).toString());
        return parts.join(QLatin1Char(' '));
    }

private slots:
    void entitiesAreFoundAsTheServerFindsThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("entities");
        QTest::newRow("plain") << "just words"
                               << "";
        QTest::newRow("link") << "see https://example.org/a#b now"
                              << "link=https://example.org/a#b";
        QTest::newRow("link without protocol is text") << "see example.org"
                                                       << "";
        QTest::newRow("mentions") << "hi @alice and @bob@example.social!"
                                  << "mention=@alice remote=@bob@example.social";
        QTest::newRow("e-mail is no mention") << "mail me@example.org"
                                              << "";
        QTest::newRow("hashtags") << "#posthorn is #Nr1 not #1 nor a#b"
                                  << "tag=#posthorn tag=#Nr1";
        QTest::newRow("shortcode") << "so :blobcat: yes, 10:30:00 no"
                                   << "emoji=:blobcat:";
        QTest::newRow("everything") << ":wave: @a #t https://x.org"
                                    << "emoji=:wave: mention=@a tag=#t link=https://x.org";
    }

    void entitiesAreFoundAsTheServerFindsThem()
    {
        QFETCH(QString, text);
        QFETCH(QString, entities);
        QCOMPARE(described(text, TextEntities::find(text)), entities);
    }

    void onlyWordsOfTheLanguageAreChecked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("plain") << "Hello, wrld!"
                               << "Hello wrld";
        QTest::newRow("apostrophes") << "don't l’eau"
                                     << "don't l’eau";
        QTest::newRow("hyphen splits") << "well-known"
                                       << "well known";
        QTest::newRow("entities skipped")
            << "Seee https://exampel.org/foo @alise #posthron :blobcatt: now"
            << "Seee now";
        QTest::newRow("code skipped") << "fooBar snake_case abc123 iPhone file.txt NASA ok"
                                      << "ok";
        QTest::newRow("backticks skipped") << "run `codez here` then"
                                           << "run then";
        QTest::newRow("accents") << "café naïve Straße"
                                 << "café naïve Straße";
    }

    void onlyWordsOfTheLanguageAreChecked()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QStringList found;
        for (const SpellingWords::Word &word : SpellingWords::find(text))
            found.append(text.mid(word.start, word.end - word.start));
        QCOMPARE(found.join(QLatin1Char(' ')), words);
    }

    void theWordAtAPositionIncludesItsEnd()
    {
        const QString text = QStringLiteral("one twoo three");
        bool found = false;
        SpellingWords::Word word = SpellingWords::at(text, 4, &found);
        QVERIFY(found);
        QCOMPARE(text.mid(word.start, word.end - word.start), QStringLiteral("twoo"));
        word = SpellingWords::at(text, 8, &found);
        QVERIFY(found);
        QCOMPARE(text.mid(word.start, word.end - word.start), QStringLiteral("twoo"));
        const SpellingWords::Word none = SpellingWords::at(QStringLiteral("@alise"), 3, &found);
        QVERIFY(!found);
        QCOMPARE(none.end, 0);
    }
};

QTEST_GUILESS_MAIN(TestWritingWords)
#include "tst_writingwords.moc"
