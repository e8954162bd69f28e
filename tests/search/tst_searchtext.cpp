// The pure text rules of account search: what a bio looks like as plain text, and
// which queries ask the server to resolve a remote account.
#include "search/htmltext.h"
#include "search/searchquery.h"

#include <QtTest>

class TestSearchText : public QObject
{
    Q_OBJECT

private slots:
    void plainTextFromHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("mastodon bio")
            << "<p>Hello, I am Alice. I post about <a href=\"https://x.example/tags/qt\" "
               "class=\"mention hashtag\" rel=\"tag\">#<span>qt</span></a> &amp; more.</p>"
            << "Hello, I am Alice. I post about #qt & more.";
        QTest::newRow("paragraphs and breaks") << "<p>one<br>two<br/>three</p><p>four</p>"
                                               << "one\ntwo\nthree\n\nfour";
        QTest::newRow("whitespace collapses") << "  a \n\t b  "
                                              << "a b";
        QTest::newRow("entities") << "&lt;b&gt; &quot;x&quot; &apos;y&#39; &#x1F600; &#8364;"
                                  << QString::fromUtf8(
                                         "<b> \"x\" 'y' \xf0\x9f\x98\x80 \xe2\x82\xac");
        QTest::newRow("unknown entity stays") << "a &bogus; b & c"
                                              << "a &bogus; b & c";
        QTest::newRow("bad code points")
            << "&#0;&#xD800;&#99999999;" << QString(3, QChar::ReplacementCharacter);
        QTest::newRow("script and style dropped")
            << "<p>ok</p><script>alert('<p>x</p>')</script><style>p{}</style>fine"
            << "ok\n\nfine";
        QTest::newRow("comment dropped") << "a<!-- <p>hidden</p> -->b"
                                         << "ab";
        QTest::newRow("quoted >") << "<a title=\"1 > 0\" href='x'>link</a>"
                                  << "link";
        QTest::newRow("lone less-than") << "1 < 2 and 3<4"
                                        << "1 < 2 and 3<4";
        QTest::newRow("unterminated tag") << "text <a href=\"x"
                                          << "text";
        QTest::newRow("markup as text is not interpreted") << "&lt;img src=x onerror=alert(1)&gt;"
                                                           << "<img src=x onerror=alert(1)>";
        QTest::newRow("control characters") << QStringLiteral("a\u0007b\u0000c") << "abc";
        QTest::newRow("nbsp kept") << "a&nbsp;&nbsp;b" << QStringLiteral("a\u00a0\u00a0b");
    }

    void plainTextFromHtml()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlText::toPlainText(html), text);
    }

    void excerptIsOneLineCutAtAWordWithinTheLimit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("excerpt");
        QTest::newRow("short") << "one two" << 20 << "one two";
        QTest::newRow("lines joined") << "one\n\ntwo\nthree" << 40 << "one two three";
        QTest::newRow("cut at a word")
            << "alpha beta gamma delta" << 13 << QStringLiteral("alpha beta\u2026");
        QTest::newRow("cut inside a long word")
            << "abcdefghijklmnop" << 6 << QStringLiteral("abcde\u2026");
        QTest::newRow("no surrogate split")
            << QString::fromUtf8("abcd\xf0\x9f\x98\x80xyz") << 6 << QStringLiteral("abcd\u2026");
        QTest::newRow("zero") << "abc" << 0 << "";
    }

    void excerptIsOneLineCutAtAWordWithinTheLimit()
    {
        QFETCH(QString, text);
        QFETCH(int, maxChars);
        QFETCH(QString, excerpt);
        const QString result = HtmlText::excerpt(text, maxChars);
        QCOMPARE(result, excerpt);
        QVERIFY(result.size() <= maxChars);
    }

    void onlyRemoteHandlesAndUrlsAreResolved_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("resolve");
        QTest::newRow("name") << "alice" << false;
        QTest::newRow("local handle") << "@alice" << false;
        QTest::newRow("full handle") << "@bob@remote.example" << true;
        QTest::newRow("handle without @") << "bob@remote.example" << true;
        QTest::newRow("handle with spaces around") << "  @bob@remote.example " << true;
        QTest::newRow("handle with port") << "bob@localhost:3000" << true;
        QTest::newRow("profile url") << "https://remote.example/@bob" << true;
        QTest::newRow("http url") << "http://remote.example/users/bob" << true;
        QTest::newRow("two words with @") << "bob @remote.example" << false;
        QTest::newRow("only a domain") << "@remote.example" << false;
        QTest::newRow("other scheme") << "ftp://remote.example/bob" << false;
        QTest::newRow("empty") << "" << false;
    }

    void onlyRemoteHandlesAndUrlsAreResolved()
    {
        QFETCH(QString, query);
        QFETCH(bool, resolve);
        QCOMPARE(SearchQuery::wantsResolve(query), resolve);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
