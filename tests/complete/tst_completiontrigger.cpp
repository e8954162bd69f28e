// The trigger parser: which token at the caret opens the completion list, and which
// text it would replace.
#include "complete/completiontrigger.h"

#include <QtTest>

using Kind = CompletionTrigger::Kind;

class TestCompletionTrigger : public QObject
{
    Q_OBJECT

private slots:
    void tokenAtTheCaretIsFound_data()
    {
        QTest::addColumn<QString>("text"); // `|` marks the caret
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");

        const auto row = [](const char *name, const char *text, Kind kind, const char *query,
                            int start, int end) {
            QTest::newRow(name) << QString::fromUtf8(text) << int(kind) << QString::fromUtf8(query)
                                << start << end;
        };
        row("mention after a word", "Hello @ali|", Kind::Account, "ali", 6, 10);
        row("mention at the start", "@a|", Kind::Account, "a", 0, 2);
        row("remote handle as typed", "Hi @bob@remote.ex|", Kind::Account, "bob@remote.ex", 3, 17);
        row("handle with the domain just begun", "@bob@|", Kind::Account, "bob@", 0, 5);
        row("caret inside the word takes the whole word", "@al|ice and", Kind::Account, "alice", 0,
            6);
        row("after an opening bracket", "(@ali|", Kind::Account, "ali", 1, 5);
        row("on the second line", "first\n@ali|", Kind::Account, "ali", 6, 10);
        row("hashtag", "Writing #posth|", Kind::Hashtag, "posth", 8, 14);
        row("hashtag in another script", "#日本|", Kind::Hashtag, "日本", 0, 3);
        row("hashtag with digits", "#web3|", Kind::Hashtag, "web3", 0, 5);
        row("hashtag ends before an emoji", "#cats|\U0001F431", Kind::Hashtag, "cats", 0, 5);
        row("emoji with two letters", "nice :bl|", Kind::Emoji, "bl", 5, 8);
        row("emoji with underscores", ":blob_cat|", Kind::Emoji, "blob_cat", 0, 9);
    }

    void tokenAtTheCaretIsFound()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const qsizetype caret = text.indexOf(QLatin1Char('|'));
        text.remove(caret, 1);
        const CompletionTrigger trigger = CompletionTrigger::at(text, caret);
        QCOMPARE(int(trigger.kind), kind);
        QTEST(trigger.query, "query");
        QTEST(int(trigger.start), "start");
        QTEST(int(trigger.end), "end");
    }

    void textThatOnlyLooksLikeATokenOpensNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a lone @") << QStringLiteral("Hello @|");
        QTest::newRow("an e-mail address") << QStringLiteral("mail me@exa|");
        QTest::newRow("a lone #") << QStringLiteral("#|");
        QTest::newRow("a number") << QStringLiteral("issue #12|");
        QTest::newRow("right after an emoji") << QStringLiteral("#cats\U0001F431|");
        QTest::newRow("an anchor in a URL") << QStringLiteral("https://x.org/page#sec|");
        QTest::newRow("one emoji letter") << QStringLiteral(":b|");
        QTest::newRow("a time") << QStringLiteral("at 12:30|");
        QTest::newRow("a word with a colon") << QStringLiteral("note:ab|");
        QTest::newRow("a finished shortcode") << QStringLiteral(":blobcat:|");
        QTest::newRow("a space after the token") << QStringLiteral("@alice |");
        QTest::newRow("a double @") << QStringLiteral("@@ali|");
        QTest::newRow("an emoji query in another script") << QStringLiteral(":日本|");
        QTest::newRow("the caret before the sign") << QStringLiteral("|@alice");
    }

    void textThatOnlyLooksLikeATokenOpensNothing()
    {
        QFETCH(QString, text);
        const qsizetype caret = text.indexOf(QLatin1Char('|'));
        text.remove(caret, 1);
        const CompletionTrigger trigger = CompletionTrigger::at(text, caret);
        QVERIFY2(!trigger.isActive(), qPrintable(trigger.query));
    }

    void caretOutsideTheTextOpensNothing()
    {
        QVERIFY(!CompletionTrigger::at(QStringLiteral("@ali"), 10).isActive());
        QVERIFY(!CompletionTrigger::at(QStringLiteral("@ali"), -1).isActive());
        QVERIFY(!CompletionTrigger::at(QString(), 0).isActive());
    }
};

QTEST_GUILESS_MAIN(TestCompletionTrigger)
#include "tst_completiontrigger.moc"
