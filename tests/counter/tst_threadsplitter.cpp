// Making a thread of a text too long for one post: every post must pass the server's own
// length rule (the sandbox's StatusLength, written apart from the composer's counter),
// cuts fall at paragraph and sentence ends, never inside a word, link or mention, and the
// posts read back as the text.

#include "compose/threadsplitter.h"
#include "statuslength.h"

#include <QRegularExpression>
#include <QTest>

namespace {

// The text with every run of white space made one space: what reading the thread gives.
QString readAs(const QString &text)
{
    return text.simplified();
}

QString sentences(int count)
{
    static const QStringList words{QStringLiteral("posthorn"), QStringLiteral("writes"),
                                   QStringLiteral("threads"),  QStringLiteral("that"),
                                   QStringLiteral("read"),     QStringLiteral("well"),
                                   QStringLiteral("in"),       QStringLiteral("order")};
    QString text;
    for (int i = 0; i < count; ++i) {
        QString sentence = QStringLiteral("Sentence %1").arg(i + 1);
        for (int w = 0; w < 6 + i % 5; ++w)
            sentence += QLatin1Char(' ') + words.at((i + w) % words.size());
        text += sentence + QStringLiteral(". ");
    }
    return text.trimmed();
}

} // namespace

class TestThreadSplitter : public QObject
{
    Q_OBJECT

private slots:
    void fourteenHundredCharactersMakeThreeFittingPostsThatReadAsTheText()
    {
        QString text = sentences(40);
        text.truncate(1400);
        text = text.left(text.lastIndexOf(QLatin1Char('.')) + 1);
        while (text.size() < 1400)
            text += QStringLiteral(" More.");
        QVERIFY(text.size() >= 1400 && text.size() < 1410);

        const QStringList posts = ThreadSplitter::split(text, {}, {500, 23}, false);
        QCOMPARE(posts.size(), 3);
        for (const QString &post : posts) {
            QVERIFY2(StatusLength::count(post, {}, 23) <= 500, qPrintable(post));
            // Each ends a sentence.
            QVERIFY2(post.endsWith(QLatin1Char('.')), qPrintable(post));
        }
        QCOMPARE(readAs(posts.join(QLatin1Char(' '))), readAs(text));
    }

    void paragraphEndsAreTakenBeforeSentenceEnds()
    {
        const QString first = sentences(6);
        const QString second = sentences(7);
        const QString third = sentences(5);
        QVERIFY(first.size() > 250 && first.size() < 500);
        const QString text =
            first + QStringLiteral("\n\n") + second + QStringLiteral("\n\n") + third;
        const QStringList posts = ThreadSplitter::split(text, {}, {500, 23}, false);
        QVERIFY(posts.size() >= 3);
        QCOMPARE(posts.first(), first);
        QCOMPARE(readAs(posts.join(QLatin1Char(' '))), readAs(text));
    }

    void linksAndMentionsAreNeverCutAndCountAsTheServerCounts()
    {
        // Long links count 23 each: 30 of them and their words fit far more text per post
        // than their length says, and no post may end or start inside one.
        QString text;
        for (int i = 0; i < 30; ++i)
            text += QStringLiteral("See https://example.org/%1/%2 and @alice@remote.example ")
                        .arg(i)
                        .arg(QString(60, QLatin1Char('p')));
        const QStringList posts = ThreadSplitter::split(text, {}, {500, 23}, false);
        QVERIFY(posts.size() > 1);
        static const QRegularExpression whole(
            QStringLiteral("^(See|https://example\\.org/\\d+/p{60}|and|@alice@remote\\.example)$"));
        for (const QString &post : posts) {
            QVERIFY2(StatusLength::count(post, {}, 23) <= 500, qPrintable(post));
            const QStringList words = post.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &word : words)
                QVERIFY2(whole.match(word).hasMatch(), qPrintable(word));
        }
        // Links counted by length would need about three times as many posts.
        QVERIFY2(posts.size() <= 8, qPrintable(QString::number(posts.size())));
        QCOMPARE(readAs(posts.join(QLatin1Char(' '))), readAs(text));
    }

    void theContentWarningCountsInEveryPost()
    {
        const QString text = sentences(30);
        const QString warning(200, QLatin1Char('w'));
        const QStringList posts = ThreadSplitter::split(text, warning, {500, 23}, false);
        for (const QString &post : posts)
            QVERIFY2(StatusLength::count(post, warning, 23) <= 500, qPrintable(post));
        QVERIFY(posts.size() > ThreadSplitter::split(text, {}, {500, 23}, false).size());
    }

    void numberedPostsEndInTheirNumberAndStillFit()
    {
        const QString text = sentences(120);
        const QStringList posts = ThreadSplitter::split(text, {}, {500, 23}, true);
        QVERIFY2(posts.size() >= 10, qPrintable(QString::number(posts.size())));
        QString read;
        for (qsizetype i = 0; i < posts.size(); ++i) {
            const QString suffix = QStringLiteral(" %1/%2").arg(i + 1).arg(posts.size());
            QVERIFY2(posts.at(i).endsWith(suffix), qPrintable(posts.at(i)));
            QVERIFY2(StatusLength::count(posts.at(i), {}, 23) <= 500, qPrintable(posts.at(i)));
            read += posts.at(i).chopped(suffix.size()) + QLatin1Char(' ');
        }
        QCOMPARE(readAs(read), readAs(text));
    }

    void aWordLongerThanAPostStaysWholeInAPostOfItsOwn()
    {
        const QString longWord(600, QLatin1Char('x'));
        const QString text =
            QStringLiteral("Before it. ") + longWord + QStringLiteral(" After it.");
        const QStringList posts = ThreadSplitter::split(text, {}, {500, 23}, false);
        QVERIFY(posts.contains(longWord));
        QCOMPARE(readAs(posts.join(QLatin1Char(' '))), readAs(text));
    }

    void aTextThatFitsStaysOnePost()
    {
        QCOMPARE(ThreadSplitter::split(QStringLiteral("  Short.  "), {}, {500, 23}, true),
                 QStringList{QStringLiteral("Short.")});
    }
};

QTEST_APPLESS_MAIN(TestThreadSplitter)
#include "tst_threadsplitter.moc"
