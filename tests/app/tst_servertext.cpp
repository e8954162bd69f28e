#include "util/servertext.h"

#include <QTextDocument>
#include <QtTest>
#include <QUrl>

// Server text as the user must see it: literally, cut to a sane length, unable to
// reorder what is around it, and never a link to anything but a web page.
class TestServerText : public QObject
{
    Q_OBJECT

private slots:
    void plainKeepsMarkupAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("image from /dev/zero") << QStringLiteral("<img src=\"/dev/zero\">");
        QTest::newRow("file link") << QStringLiteral("<a href=\"file:///etc/passwd\">x</a>");
        QTest::newRow("entity") << QStringLiteral("&lt;b&gt; &amp; &#60;");
        QTest::newRow("qt tag") << QStringLiteral("<qt><b>bold</b></qt>");
    }

    void plainKeepsMarkupAsText()
    {
        QFETCH(QString, text);
        QCOMPARE(ServerText::plain(text), text);
        // Escaped, it reads back as the same characters once rich text is parsed.
        QTextDocument document;
        document.setHtml(ServerText::escaped(text));
        QCOMPARE(document.toPlainText(), text);
        QVERIFY(!document.toHtml().contains(QLatin1String("<img")));
    }

    void toolTipIsRichTextThatShowsTheLiteralText()
    {
        const QString text = QStringLiteral("<img src=\"/dev/zero\">\nsecond line");
        const QString tip = ServerText::toolTip(text);
        // Qt shows a tooltip as rich text when it looks like it; ours always does, so
        // nothing in the server's text decides.
        QVERIFY(Qt::mightBeRichText(tip));
        QTextDocument document;
        document.setHtml(tip);
        QCOMPARE(document.toPlainText(), text);
    }

    void longTextIsCutBetweenGraphemes()
    {
        const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
        QString name;
        while (name.size() < 1000 * 1000)
            name += family;
        const QString shown = ServerText::plain(name, 100);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QVERIFY(shown.size() <= 101);
        const QString kept = shown.chopped(1);
        // Whole families only: no half of a surrogate pair, no family cut in two.
        QCOMPARE(kept.size() % family.size(), 0);
        QVERIFY(kept.size() > 0);
    }

    void shortTextIsNotCut()
    {
        QCOMPARE(ServerText::plain(QStringLiteral("Demo"), 4), QStringLiteral("Demo"));
    }

    void controlCharactersAreDroppedLineBreaksKept()
    {
        QCOMPARE(ServerText::plain(QStringLiteral("a\u0000b\u0007c\u001Bd\u0085e\nf\tg")),
                 QStringLiteral("abcde\nf\tg"));
    }

    void bidiOverrideCannotReorderWhatFollows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("right-to-left override") << QStringLiteral("evil\u202Etxt.exe");
        QTest::newRow("unbalanced isolate end") << QStringLiteral("\u2069\u202Eevil");
        QTest::newRow("embedding") << QStringLiteral("\u202Bname");
        QTest::newRow("hebrew name") << QStringLiteral("\u05E9\u05DC\u05D5\u05DD");
    }

    void bidiOverrideCannotReorderWhatFollows()
    {
        QFETCH(QString, text);
        const QString shown = ServerText::plain(text);
        // One isolate around the whole text, and no explicit control left inside that
        // could end it early or leak out of it.
        QCOMPARE(shown.front(), QChar(0x2068));
        QCOMPARE(shown.back(), QChar(0x2069));
        const QString inside = shown.mid(1, shown.size() - 2);
        for (const QChar c : inside) {
            const char16_t u = c.unicode();
            QVERIFY2(!((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)),
                     qPrintable(QString::number(u, 16)));
        }
    }

    void leftToRightTextIsLeftAlone()
    {
        QCOMPARE(ServerText::plain(QStringLiteral("Demo :posthorn:")),
                 QStringLiteral("Demo :posthorn:"));
    }

    void onlyWebPagesAreOpenable_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("openable");
        QTest::newRow("https") << "https://example.social/@demo/1" << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:3000/@demo/1" << true;
        QTest::newRow("upper-case scheme") << "HTTPS://example.social/" << true;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("custom scheme") << "steam://run/1" << false;
        QTest::newRow("data") << "data:text/html,<b>x</b>" << false;
        QTest::newRow("no host") << "https:///path" << false;
        QTest::newRow("empty") << "" << false;
    }

    void onlyWebPagesAreOpenable()
    {
        QFETCH(QString, url);
        QFETCH(bool, openable);
        QCOMPARE(ServerText::isOpenableLink(QUrl(url)), openable);
    }
};

QTEST_MAIN(TestServerText)
#include "tst_servertext.moc"
