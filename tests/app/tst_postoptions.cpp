#include "cli/postoptions.h"

#include <QtTest>

// `posthorn post`'s command line, read before any keychain or network: what it asks to
// post and how, or the usage error a script gets (exit 64).
class TestPostOptions : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryOption()
    {
        const PostOptions options = PostOptions::parse(
            {QStringLiteral("--account"), QStringLiteral("@me@example.social"),
             QStringLiteral("--cw"), QStringLiteral("food"), QStringLiteral("--visibility"),
             QStringLiteral("private"), QStringLiteral("--language"), QStringLiteral("de"),
             QStringLiteral("--json"), QStringLiteral("Guten Appetit")},
            true);
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.accounts, QStringList{QStringLiteral("@me@example.social")});
        QCOMPARE(options.contentWarning, QStringLiteral("food"));
        QCOMPARE(options.visibility, QStringLiteral("private"));
        QCOMPARE(options.language, QStringLiteral("de"));
        QVERIFY(options.json);
        QCOMPARE(options.text, QStringLiteral("Guten Appetit"));
        QVERIFY(!options.readFromStdin);
    }

    void readsStandardInputWhenAskedOrPiped_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<bool>("fromStdin");
        QTest::addColumn<bool>("usageError");
        QTest::newRow("dash, terminal")
            << QStringList{QStringLiteral("-")} << true << true << false;
        QTest::newRow("dash, pipe") << QStringList{QStringLiteral("-")} << false << true << false;
        QTest::newRow("nothing, pipe") << QStringList{} << false << true << false;
        QTest::newRow("nothing, terminal") << QStringList{} << true << false << true;
        QTest::newRow("text, pipe") << QStringList{QStringLiteral("hi")} << false << false << false;
    }

    void readsStandardInputWhenAskedOrPiped()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, terminal);
        QFETCH(bool, fromStdin);
        QFETCH(bool, usageError);
        const PostOptions options = PostOptions::parse(arguments, terminal);
        QCOMPARE(!options.error.isEmpty(), usageError);
        if (!usageError)
            QCOMPARE(options.readFromStdin, fromStdin);
    }

    void severalAccountsAreKeptInTheirOrder()
    {
        const PostOptions options = PostOptions::parse(
            {QStringLiteral("--account"), QStringLiteral("@a@one.example"),
             QStringLiteral("--account"), QStringLiteral("@b@two.example"), QStringLiteral("x")},
            true);
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.accounts,
                 QStringList({QStringLiteral("@a@one.example"), QStringLiteral("@b@two.example")}));
    }

    void parsesTimesAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime local(QDate(2027, 1, 31), QTime(9, 0), Qt::LocalTime);
        QTest::newRow("space, local") << QStringLiteral("2027-01-31 09:00") << local.toUTC();
        QTest::newRow("T, local") << QStringLiteral("2027-01-31T09:00") << local.toUTC();
        QTest::newRow("seconds") << QStringLiteral("2027-01-31 09:00:00") << local.toUTC();
        QTest::newRow("Z") << QStringLiteral("2027-01-31T08:00Z")
                           << QDateTime(QDate(2027, 1, 31), QTime(8, 0), Qt::UTC);
        QTest::newRow("offset") << QStringLiteral("2027-01-31T10:00+02:00")
                                << QDateTime(QDate(2027, 1, 31), QTime(8, 0), Qt::UTC);
        QTest::newRow("date only") << QStringLiteral("2027-01-31") << QDateTime();
        QTest::newRow("words") << QStringLiteral("tomorrow") << QDateTime();
        QTest::newRow("bad hour") << QStringLiteral("2027-01-31 25:00") << QDateTime();
    }

    void parsesTimesAsPeopleWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = PostOptions::parseTime(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(parsed, expected);
    }
};

QTEST_GUILESS_MAIN(TestPostOptions)
#include "tst_postoptions.moc"
