// Language detection with the real CLD2: clear cases are offered, short or mixed text
// is not, and the language picked is never offered back.
#include "compose/languagedetector.h"

#include <QtTest>

namespace {

const QString dutch = QStringLiteral(
    "Vanochtend ben ik met de fiets naar de markt gegaan om verse groenten te kopen. Het "
    "was druk, maar de zon scheen en iedereen had goed humeur. Morgen ga ik weer.");
const QString english = QStringLiteral(
    "This morning I cycled to the market to buy fresh vegetables. It was busy, but the "
    "sun was shining and everyone was in a good mood. I will go again tomorrow.");
const QString german =
    QStringLiteral("Heute Morgen bin ich mit dem Fahrrad zum Markt gefahren, um frisches Gemüse zu "
                   "kaufen. Es war voll, aber die Sonne schien und alle waren gut gelaunt.");

} // namespace

class TestLanguageDetector : public QObject
{
    Q_OBJECT

private slots:
    void clearTextIsDetected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("Dutch") << dutch << "nl";
        QTest::newRow("English") << english << "en";
        QTest::newRow("German") << german << "de";
    }

    void clearTextIsDetected()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        const LanguageDetector::Detection detection = LanguageDetector::detect(text);
        QCOMPARE(detection.language, language);
        QVERIFY(detection.reliable);
        QVERIFY(detection.percent >= LanguageDetector::minimumPercent);
    }

    void anotherLanguageIsOfferedOnlyWhenClear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("picked");
        QTest::addColumn<QString>("offered");
        QTest::newRow("Dutch, English picked") << dutch << "en"
                                               << "nl";
        QTest::newRow("German, Dutch picked") << german << "nl"
                                              << "de";
        QTest::newRow("Dutch, Dutch picked") << dutch << "nl"
                                             << "";
        QTest::newRow("region ignored") << english << "en-GB"
                                        << "";
        QTest::newRow("too short") << "Goedemorgen allemaal!"
                                   << "en"
                                   << "";
        QTest::newRow("only links and tags")
            << "https://example.org/vanochtend-ben-ik-met-de-fiets #fietsen #markt #groenten "
               "@iedereen@voorbeeld.nl"
            << "en"
            << "";
        QTest::newRow("half and half")
            << english.left(90) + QLatin1Char(' ') + dutch.left(90) << "en"
            << "";
    }

    void anotherLanguageIsOfferedOnlyWhenClear()
    {
        QFETCH(QString, text);
        QFETCH(QString, picked);
        QFETCH(QString, offered);
        QCOMPARE(LanguageDetector::clearlyOther(text, picked), offered);
    }
};

QTEST_GUILESS_MAIN(TestLanguageDetector)
#include "tst_languagedetector.moc"
