// The emoji catalogue: Unicode names read from the system's emoji-test.txt (Debian's
// unicode-data), custom emoji of the instance, and finding both by name; and the
// per-instance disk cache of custom emoji against the sandbox.
#include "api/apiclient.h"
#include "complete/customemojicache.h"
#include "complete/emojicatalogue.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// The format of emoji-test.txt, a few lines of each kind.
const QByteArray sample = R"(# emoji-test.txt
# Version: 15.0

# group: Smileys & Emotion

# subgroup: face-smiling
1F600                                                  ; fully-qualified     # 😀 E1.0 grinning face
1F604                                                  ; fully-qualified     # 😄 E0.6 grinning face with smiling eyes
263A FE0F                                              ; fully-qualified     # ☺️ E0.6 smiling face
263A                                                   ; unqualified         # ☺ E0.6 smiling face

# group: People & Body

# subgroup: hand-fingers-closed
1F44D                                                  ; fully-qualified     # 👍 E0.6 thumbs up
1F44D 1F3FD                                            ; fully-qualified     # 👍🏽 E1.0 thumbs up: medium skin tone

# group: Animals & Nature

# subgroup: animal-mammal
1F408                                                  ; fully-qualified     # 🐈 E0.7 cat
1F431                                                  ; fully-qualified     # 🐱 E0.6 cat face
1F63A                                                  ; fully-qualified     # 😺 E0.6 grinning cat
ZZZZ                                                   ; fully-qualified     # ? E1.0 broken line

#EOF
)";

QStringList names(const QList<UnicodeEmoji> &emoji)
{
    QStringList list;
    for (const UnicodeEmoji &entry : emoji)
        list.append(entry.name);
    return list;
}

QStringList shortcodes(const QList<CustomEmoji> &emoji)
{
    QStringList list;
    for (const CustomEmoji &entry : emoji)
        list.append(entry.shortcode);
    return list;
}

CustomEmoji custom(const char *shortcode, bool visible = true)
{
    CustomEmoji emoji;
    emoji.shortcode = QString::fromLatin1(shortcode);
    emoji.url = QUrl(QStringLiteral("https://example.org/") + emoji.shortcode);
    emoji.staticUrl = emoji.url;
    emoji.visibleInPicker = visible;
    return emoji;
}

} // namespace

class TestEmojiCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void emojiTestFileGivesFullyQualifiedEmojiWithNameAndGroup()
    {
        const QList<UnicodeEmoji> emoji = EmojiCatalogue::parseEmojiTest(sample);
        QCOMPARE(names(emoji),
                 (QStringList{QStringLiteral("grinning face"),
                              QStringLiteral("grinning face with smiling eyes"),
                              QStringLiteral("smiling face"), QStringLiteral("thumbs up"),
                              QStringLiteral("thumbs up: medium skin tone"), QStringLiteral("cat"),
                              QStringLiteral("cat face"), QStringLiteral("grinning cat")}));
        QCOMPARE(emoji.at(0).text, QStringLiteral("😀"));
        QCOMPARE(emoji.at(2).text, QStringLiteral("☺\uFE0F"));
        QCOMPARE(emoji.at(0).group, QStringLiteral("Smileys & Emotion"));
        QCOMPARE(emoji.at(3).subgroup, QStringLiteral("hand-fingers-closed"));
        QVERIFY(!emoji.at(3).skinToned);
        QVERIFY(emoji.at(4).skinToned);
    }

    void unicodeEmojiAreFoundByNameBestMatchFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("start of the name first, then a word in it")
            << QStringLiteral("cat")
            << QStringList{QStringLiteral("cat"), QStringLiteral("cat face"),
                           QStringLiteral("grinning cat")};
        QTest::newRow("underscore stands for a space")
            << QStringLiteral("thumbs_up") << QStringList{QStringLiteral("thumbs up")};
        QTest::newRow("case does not matter")
            << QStringLiteral("Grin")
            << QStringList{QStringLiteral("grinning face"),
                           QStringLiteral("grinning face with smiling eyes"),
                           QStringLiteral("grinning cat")};
        QTest::newRow("inside a word last")
            << QStringLiteral("miling")
            << QStringList{QStringLiteral("grinning face with smiling eyes"),
                           QStringLiteral("smiling face")};
        QTest::newRow("nothing") << QStringLiteral("zebra") << QStringList{};
    }

    void unicodeEmojiAreFoundByNameBestMatchFirst()
    {
        QFETCH(QString, query);
        const EmojiCatalogue catalogue(EmojiCatalogue::parseEmojiTest(sample));
        QTEST(names(catalogue.findUnicode(query)), "found");
    }

    void findingStopsAtTheLimit()
    {
        const EmojiCatalogue catalogue(EmojiCatalogue::parseEmojiTest(sample));
        QCOMPARE(catalogue.findUnicode(QStringLiteral("face"), 2).size(), 2);
    }

    void customEmojiAreFoundByShortcodeStartFirstAndHiddenOnesLeftOut()
    {
        EmojiCatalogue catalogue(QList<UnicodeEmoji>{});
        catalogue.setCustomEmoji({custom("meow_blob"), custom("blobfox"), custom("blobcat"),
                                  custom("blob_hidden", false), custom("sun")});
        QCOMPARE(shortcodes(catalogue.findCustom(QStringLiteral("blob"))),
                 (QStringList{QStringLiteral("blobcat"), QStringLiteral("blobfox"),
                              QStringLiteral("meow_blob")}));
        QCOMPARE(shortcodes(catalogue.findCustom(QStringLiteral("BLOBC"))),
                 QStringList{QStringLiteral("blobcat")});
    }

    void systemUnicodeDataNamesCommonEmoji()
    {
        if (!QFileInfo::exists(EmojiCatalogue::systemDataPath()))
            QSKIP("unicode-data is not installed (installer/install-deps.sh installs it)");
        const EmojiCatalogue catalogue;
        QVERIFY(catalogue.unicodeEmoji().size() > 3000);
        const QList<UnicodeEmoji> found = catalogue.findUnicode(QStringLiteral("thumbs_up"), 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().text, QStringLiteral("👍"));
    }

    void missingUnicodeDataGivesNoEmojiInsteadOfFailing()
    {
        QVERIFY(
            EmojiCatalogue::readEmojiTest(QStringLiteral("/nonexistent/emoji-test.txt")).isEmpty());
    }

    void customEmojiAreKeptOnDiskPerInstanceAndFetchedOncePerSession()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.output()));
        QTemporaryDir directory;
        QNetworkAccessManager network;
        ApiClient client(&network, sandbox.baseUrl());
        client.setAccessToken(sandbox.mintToken());

        CustomEmojiCache cache(directory.path());
        cache.setClient(&client);
        QSignalSpy changed(&cache, &CustomEmojiCache::emojiChanged);
        cache.load();
        QTRY_VERIFY_WITH_TIMEOUT(shortcodes(cache.emoji()).contains(QStringLiteral("blobcat")),
                                 10000);
        QTRY_VERIFY(!cache.isRefreshing());
        QVERIFY(QFileInfo::exists(cache.filePath()));
        QCOMPARE(QFileInfo(cache.filePath()).permissions(),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        // Asked again in the same session: the list is there, the server is not asked.
        cache.load();
        QCOMPARE(sandbox.requestsTo(QStringLiteral("/api/v1/custom_emojis")).size(), 1);

        // The next session has the list from disk before the server answers, even when
        // the server is down.
        sandbox.stop();
        CustomEmojiCache next(directory.path());
        next.setClient(&client);
        next.load();
        QVERIFY(shortcodes(next.emoji()).contains(QStringLiteral("blobcat")));
        QTRY_VERIFY_WITH_TIMEOUT(!next.isRefreshing(), 10000);
        QVERIFY(shortcodes(next.emoji()).contains(QStringLiteral("blobcat")));
    }
};

QTEST_GUILESS_MAIN(TestEmojiCatalogue)
#include "tst_emojicatalogue.moc"
