#include "launch/sharelink.h"

#include <QtTest>

// Share links read as Mastodon's /intent page reads them: Addressable's query_values
// on the web+mastodon link, then /share.
class TestShareLink : public QObject
{
    Q_OBJECT

private slots:
    void shareLinkGivesItsTextOrNothing_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QString>("expected");

        const auto row = [](const char *name, const QString &link, const QString &expected) {
            QTest::newRow(name) << link << true << expected;
        };
        const auto refused = [](const char *name, const QString &link) {
            QTest::newRow(name) << link << false << QString();
        };

        row("plain text", QStringLiteral("web+mastodon://share?text=hello"),
            QStringLiteral("hello"));
        row("%20 is a space", QStringLiteral("web+mastodon://share?text=hello%20world"),
            QStringLiteral("hello world"));
        // Addressable maps '+' to a space only for http and https (since 2.8.0), so
        // Mastodon posts "hello+world" for this link.
        row("+ stays a plus", QStringLiteral("web+mastodon://share?text=hello+world"),
            QStringLiteral("hello+world"));
        row("%2B is a literal plus", QStringLiteral("web+mastodon://share?text=1%2B1%3D2"),
            QStringLiteral("1+1=2"));
        row("%2b in lower case", QStringLiteral("web+mastodon://share?text=C%2b%2b"),
            QStringLiteral("C++"));
        row("encoded & and =", QStringLiteral("web+mastodon://share?text=a%26b%3Dc"),
            QStringLiteral("a&b=c"));
        row("emoji in percent-encoded UTF-8",
            QStringLiteral("web+mastodon://share?text=Hi%20%F0%9F%90%98"),
            QStringLiteral("Hi \U0001F418"));
        row("emoji ZWJ sequence is kept whole",
            QStringLiteral("web+mastodon://share?text=%F0%9F%91%A9%E2%80%8D%F0%9F%92%BB"),
            QStringLiteral("\U0001F469\u200D\U0001F4BB"));
        row("raw non-ASCII text", QStringLiteral("web+mastodon://share?text=h\u00E9llo w\u00F6rld"),
            QStringLiteral("h\u00E9llo w\u00F6rld"));
        row("invalid UTF-8 is replaced", QStringLiteral("web+mastodon://share?text=a%FFb"),
            QStringLiteral("a\uFFFDb"));
        row("lone continuation byte is replaced", QStringLiteral("web+mastodon://share?text=x%80y"),
            QStringLiteral("x\uFFFDy"));
        row("% without hex digits stays", QStringLiteral("web+mastodon://share?text=100%25%20%zz"),
            QStringLiteral("100% %zz"));
        row("% at the end stays", QStringLiteral("web+mastodon://share?text=5%20%"),
            QStringLiteral("5 %"));
        row("text and url",
            QStringLiteral(
                "web+mastodon://share?text=Read%20this&url=https%3A%2F%2Fexample.com%2Fa%3Fb%3Dc"),
            QStringLiteral("Read this https://example.com/a?b=c"));
        row("url before text",
            QStringLiteral("web+mastodon://share?url=https://example.com/c++&text=New"),
            QStringLiteral("New https://example.com/c++"));
        row("url only", QStringLiteral("web+mastodon://share?url=https%3A%2F%2Fexample.com%2F"),
            QStringLiteral("https://example.com/"));
        row("url with empty text", QStringLiteral("web+mastodon://share?text=&url=https://e.test/"),
            QStringLiteral("https://e.test/"));
        row("upper-case scheme", QStringLiteral("WEB+MASTODON://share?text=hi"),
            QStringLiteral("hi"));
        row("mixed-case scheme", QStringLiteral("Web+Mastodon://share?text=hi"),
            QStringLiteral("hi"));
        row("last text wins", QStringLiteral("web+mastodon://share?text=a&text=b"),
            QStringLiteral("b"));
        row("other parameters ignored",
            QStringLiteral("web+mastodon://share?visibility=direct&text=hi&&title=T"),
            QStringLiteral("hi"));
        row("fragment is not text", QStringLiteral("web+mastodon://share?text=a#b"),
            QStringLiteral("a"));
        row("multi-line text", QStringLiteral("web+mastodon://share?text=line%201%0Aline%202"),
            QStringLiteral("line 1\nline 2"));
        row("control characters stripped",
            QStringLiteral(
                "web+mastodon://share?text=a%00b%07c%0Ad%09e%0D%0Af%1B%5B1mg%7Fh%C2%85i"),
            QStringLiteral("abc\nd\te\nf[1mghi"));
        row("control characters stripped from url",
            QStringLiteral("web+mastodon://share?text=t&url=https://e.test/%00x"),
            QStringLiteral("t https://e.test/x"));

        refused("wrong host (follow)", QStringLiteral("web+mastodon://follow?uri=acct:a@b.test"));
        refused("wrong host (shares)", QStringLiteral("web+mastodon://shares?text=hi"));
        refused("no host", QStringLiteral("web+mastodon:share?text=hi"));
        refused("other scheme", QStringLiteral("https://mastodon.social/share?text=hi"));
        refused("mailto", QStringLiteral("mailto:a@b.test?body=hi"));
        refused("no query", QStringLiteral("web+mastodon://share"));
        refused("empty query", QStringLiteral("web+mastodon://share?"));
        refused("empty text", QStringLiteral("web+mastodon://share?text="));
        refused("empty text and url", QStringLiteral("web+mastodon://share?text=&url="));
        refused("text without =", QStringLiteral("web+mastodon://share?text"));
        refused("later text without value", QStringLiteral("web+mastodon://share?text=a&text"));
        refused("only control characters", QStringLiteral("web+mastodon://share?text=%00%1B%7F"));
        refused("no text parameter", QStringLiteral("web+mastodon://share?title=hi"));
        refused("empty", QString());
    }

    void shareLinkGivesItsTextOrNothing()
    {
        QFETCH(QString, link);
        QFETCH(bool, readable);
        QFETCH(QString, expected);
        const std::optional<QString> text = ShareLink::text(ShareLink::fromArgument(link));
        QCOMPARE(text.has_value(), readable);
        if (readable)
            QCOMPARE(*text, expected);
    }

    // Links built by hand, as QUrl reads them, give what fromArgument gives.
    void textOfQUrl()
    {
        QCOMPARE(ShareLink::text(QUrl(QStringLiteral("web+mastodon://share?text=a%20b+c%2Bd"))),
                 std::optional<QString>(QStringLiteral("a b+c+d")));
        QUrl built;
        built.setScheme(QStringLiteral("web+mastodon"));
        built.setHost(QStringLiteral("share"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("text"), QStringLiteral("50% & more"));
        built.setQuery(query);
        QCOMPARE(ShareLink::text(built), std::optional<QString>(QStringLiteral("50% & more")));
        QVERIFY(!ShareLink::text(QUrl()));
    }

    void argumentIsReadAsAFullyEncodedLink_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("well formed") << QStringLiteral("web+mastodon://share?text=a%20b")
                                     << QStringLiteral("web+mastodon://share?text=a%20b");
        QTest::newRow("lone percent sign")
            << QStringLiteral("web+mastodon://share?text=5%%20off")
            << QStringLiteral("web+mastodon://share?text=5%25%20off");
        QTest::newRow("percent at the end") << QStringLiteral("web+mastodon://share?text=5%")
                                            << QStringLiteral("web+mastodon://share?text=5%25");
        QTest::newRow("one hex digit at the end")
            << QStringLiteral("web+mastodon://share?text=%F")
            << QStringLiteral("web+mastodon://share?text=%25F");
        QTest::newRow("raw space and non-ASCII")
            << QStringLiteral("web+mastodon://share?text=a b\u00E9")
            << QStringLiteral("web+mastodon://share?text=a%20b%C3%A9");
    }

    void argumentIsReadAsAFullyEncodedLink()
    {
        QFETCH(QString, argument);
        QFETCH(QString, encoded);
        QCOMPARE(ShareLink::fromArgument(argument).toString(QUrl::FullyEncoded), encoded);
    }

    void looksLikeShareLink_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<bool>("expected");
        QTest::newRow("share link") << QStringLiteral("web+mastodon://share?text=a") << true;
        QTest::newRow("follow link") << QStringLiteral("web+mastodon://follow?uri=x") << true;
        QTest::newRow("upper case") << QStringLiteral("WEB+MASTODON:x") << true;
        QTest::newRow("scheme only") << QStringLiteral("web+mastodon:") << true;
        QTest::newRow("word") << QStringLiteral("stray") << false;
        QTest::newRow("no colon") << QStringLiteral("web+mastodon") << false;
        QTest::newRow("leading space") << QStringLiteral(" web+mastodon:x") << false;
        QTest::newRow("https") << QStringLiteral("https://mastodon.social/share") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void looksLikeShareLink()
    {
        QFETCH(QString, argument);
        QFETCH(bool, expected);
        QCOMPARE(ShareLink::looksLikeShareLink(argument), expected);
    }

    void withoutControlCharacters_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("hello") << QStringLiteral("hello");
        QTest::newRow("newline and tab kept")
            << QStringLiteral("a\nb\tc") << QStringLiteral("a\nb\tc");
        QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                             << QStringLiteral("ab");
        QTest::newRow("CR, ESC, DEL") << QStringLiteral("a\rb\x1b"
                                                        "c\x7f"
                                                        "d")
                                      << QStringLiteral("abcd");
        QTest::newRow("C1 controls") << QStringLiteral("a\u0085b\u009Bc") << QStringLiteral("abc");
        QTest::newRow("format characters kept")
            << QStringLiteral("\u200D\u200E\uFEFF") << QStringLiteral("\u200D\u200E\uFEFF");
    }

    void withoutControlCharacters()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ShareLink::withoutControlCharacters(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestShareLink)
#include "tst_sharelink.moc"
