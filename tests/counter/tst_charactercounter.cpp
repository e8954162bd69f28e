// The composer's character counter (CharacterCounter) against counts worked out by hand
// from Mastodon's rule, against ICU's Unicode 15.0 tables, and against the sandbox server,
// whose length rule (tests/sandbox/statuslength.cpp) is written separately: every row is
// posted through the app's ApiClient with the instance limit set to the row's count (the
// server must accept it) and to one less (the server must refuse it), and both rules count
// thousands of random texts alike.
#include "api/apiclient.h"
#include "api/mediaattachment.h"
#include "compose/charactercounter.h"
#include "compose/graphemeclusters.h"

#include "sandboxprocess.h"
#include "statuslength.h"
#include "uax29rules.h"

#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTest>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <vector>

namespace {

constexpr int finishTimeoutMs = 20000;

// The budget from DESIGN.md, per keystroke. AddressSanitizer makes every memory access
// several times slower, so its build only checks that counting stays in the same league.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 budgetNs = 10'000'000;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr qint64 budgetNs = 10'000'000;
#else
constexpr qint64 budgetNs = 1'000'000;
#endif
#else
constexpr qint64 budgetNs = 1'000'000;
#endif

QString letters(int count, char letter = 'a')
{
    return QString(count, QLatin1Char(letter));
}

GraphemeClusters::BreakClass fromIcu(int value)
{
    using C = GraphemeClusters::BreakClass;
    switch (value) {
    case U_GCB_CR:
        return C::CR;
    case U_GCB_LF:
        return C::LF;
    case U_GCB_CONTROL:
        return C::Control;
    case U_GCB_EXTEND:
        return C::Extend;
    case U_GCB_ZWJ:
        return C::ZWJ;
    case U_GCB_REGIONAL_INDICATOR:
        return C::RegionalIndicator;
    case U_GCB_PREPEND:
        return C::Prepend;
    case U_GCB_SPACING_MARK:
        return C::SpacingMark;
    case U_GCB_L:
        return C::L;
    case U_GCB_V:
        return C::V;
    case U_GCB_T:
        return C::T;
    case U_GCB_LV:
        return C::LV;
    case U_GCB_LVT:
        return C::LVT;
    default:
        return C::Other;
    }
}

QString codePointList(const QString &text)
{
    QStringList hex;
    for (char32_t c : text.toUcs4())
        hex << QString::number(c, 16).toUpper();
    return hex.join(QLatin1Char(' '));
}

struct Outcome
{
    ApiResult result;
    bool finished = false;
};

ApiResult waitFor(ApiReply *reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &ApiReply::finished, reply, [outcome](const ApiResult &result) {
        outcome->result = result;
        outcome->finished = true;
    });
    if (!QTest::qWaitFor([&] { return outcome->finished; }, finishTimeoutMs))
        QTest::qFail("the reply never finished", __FILE__, __LINE__);
    return outcome->result;
}

// A realistic long post: prose with links, mentions, hashtags, emoji and some CJK.
QString realisticText(int graphemes)
{
    const QString chunk = QStringLiteral(
        "Reading https://example.com/articles/2024/why-federation-matters?ref=posthorn "
        "with @alice@mastodon.social and @bob. Thoughts on #Fediverse #OpenSource \U0001F418"
        "\U0001F44D\U0001F3FD — also see gemini://geminiprotocol.net/docs/ and example.org. "
        "日本語のテキストも少し。 Ça marche très bien, merci ! (see "
        "https://en.wikipedia.org/wiki/Mastodon_(social_network)).\n");
    const int perChunk = CharacterCounter::count(chunk, {});
    QString text;
    while (CharacterCounter::count(text, {}) + perChunk <= graphemes)
        text += chunk;
    // After the chunk's final newline (stripped while it ends the text) each letter is one
    // more character.
    const int missing = graphemes - CharacterCounter::count(text + QLatin1Char('a'), {}) + 1;
    return text + QString(missing, QLatin1Char('a'));
}

// The median time of one count() over `runs` calls; `counted` gets the count, which also
// keeps the calls from being optimised away.
qint64 medianCountNs(const QString &text, int runs, int *counted)
{
    std::vector<qint64> samples;
    samples.reserve(std::size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        *counted = CharacterCounter::count(text, QStringLiteral("CW"));
        samples.push_back(timer.nsecsElapsed());
    }
    std::nth_element(samples.begin(), samples.begin() + runs / 2, samples.end());
    return samples[std::size_t(runs / 2)];
}

} // namespace

class TestCharacterCounter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void countFollowsMastodonsRules_data();
    void countFollowsMastodonsRules();
    void remainingCountsLinksAtTheInstancesLength();
    void breakClassesMatchUnicode15();
    void clustersMatchUax29();
    void serverCountsTheSame_data();
    void serverCountsTheSame();
    void sandboxRuleAgreesOnRandomTexts();
    void fiveThousandCharacters();
    void benchmarkOfARealisticLongPost();
    void worstCaseTextsCountWithinTheBudget_data();
    void worstCaseTextsCountWithinTheBudget();

private:
    static void addRows();
    std::unique_ptr<ApiClient> makeClient(const QString &token);
    QString uploadMedia(ApiClient &client);
    ApiResult post(ApiClient &client, const QString &text, const QString &spoiler,
                   const QString &mediaId);

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestCharacterCounter::initTestCase()
{
    // Two requests per row would otherwise fill the log.
    QLoggingCategory::setFilterRules(QStringLiteral("posthorn.api.debug=false"));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
}

void TestCharacterCounter::addRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spoiler");
    QTest::addColumn<int>("expected");

    const auto row = [](const char *name, const QString &text, int expected,
                        const QString &spoiler = {}) {
        QTest::newRow(name) << text << spoiler << expected;
    };

    // Grapheme clusters: what a reader sees as one character is one.
    row("ascii", QStringLiteral("Hello, world!"), 13);
    row("emoji ZWJ family",
        QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"), 1);
    row("emoji skin tone", QStringLiteral("\U0001F44D\U0001F3FD"), 1);
    row("emoji ZWJ with skin tone", QStringLiteral("\U0001F469\U0001F3FD\u200D\U0001F4BB"), 1);
    row("rainbow flag", QStringLiteral("\U0001F3F3\uFE0F\u200D\U0001F308"), 1);
    row("heart on fire", QStringLiteral("\u2764\uFE0F\u200D\U0001F525"), 1);
    row("keycap", QStringLiteral("1\uFE0F\u20E3"), 1);
    row("two flags", QStringLiteral("\U0001F1E9\U0001F1EA\U0001F1EB\U0001F1F7"), 2);
    row("odd regional indicator", QStringLiteral("\U0001F1E9\U0001F1EA\U0001F1EB"), 2);
    row("subdivision flag (tags)",
        QStringLiteral("\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"),
        1);
    row("emoji between words", QStringLiteral("I \u2764\uFE0F Mastodon \U0001F418"), 14);
    row("combining acute", QStringLiteral("Cafe\u0301"), 4);
    row("stacked combining marks", QStringLiteral("a\u0300\u0301\u0302\u0303\u0304"), 1);
    // Unicode 15.0 (Ruby 3.4) has no rule joining conjuncts: स्ते is स् + ते.
    row("Devanagari", QStringLiteral("\u0928\u092E\u0938\u094D\u0924\u0947"), 4);
    row("Devanagari conjuncts", QStringLiteral("\u0915\u094D\u0937\u0924\u094D\u0930\u093F\u092F"),
        5);
    row("Japanese", QStringLiteral("日本語のテキスト"), 8);
    row("Chinese with fullwidth punctuation", QStringLiteral("你好，世界！"), 6);
    row("Hangul syllables", QStringLiteral("안녕하세요"), 5);
    row("Hangul jamo", QStringLiteral("\u1100\u1161\u11A8\u1100\u1161"), 2);
    row("CR LF is one", QStringLiteral("one\r\ntwo"), 7);
    row("Thai", QStringLiteral("\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35"), 4);
    row("Thai SARA AM", QStringLiteral("\u0E01\u0E33"), 1);

    // URLs with a protocol and a known top-level domain: 23 each, whatever their length.
    row("https", QStringLiteral("https://example.com"), 23);
    row("long https", QStringLiteral("https://www.example.com/") + letters(120), 23);
    row("http with port, query and fragment",
        QStringLiteral("http://example.org:8080/a/b?c=d&e=f#top"), 23);
    row("two https", QStringLiteral("https://a.example.com https://b.example.org"), 47);
    row("dat", QStringLiteral("dat://beakerbrowser.com/docs/"), 23);
    row("dweb",
        QStringLiteral("dweb://example.org/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco"),
        23);
    row("ipfs", QStringLiteral("ipfs://docs.ipfs.tech/concepts/"), 23);
    row("ipns", QStringLiteral("ipns://en.wikipedia-on-ipfs.org/wiki/"), 23);
    row("ssb", QStringLiteral("ssb://ssb.example.net/%25abc"), 23);
    row("gopher", QStringLiteral("gopher://gopher.floodgap.com/1/world"), 23);
    row("gemini", QStringLiteral("gemini://geminiprotocol.net/docs/faq.gmi"), 23);
    row("every other protocol once more",
        QStringLiteral("dat://a.example.com dweb://b.example.com ipfs://c.example.com "
                       "ipns://d.example.com ssb://e.example.com gopher://f.example.com "
                       "gemini://g.example.com"),
        7 * 23 + 6);
    row("uppercase", QStringLiteral("HTTPS://EXAMPLE.COM/INDEX.HTML"), 23);
    row("internationalised host", QStringLiteral("https://münchen.de/stadtplan"), 23);
    row("CJK right after the host", QStringLiteral("https://example.com日本語"), 26);
    row("ellipsis belongs to the path", QStringLiteral("https://example.com/a\u2026"), 23);
    // No host the server recognises: counted as written.
    row("IPFS hash without a host",
        QStringLiteral("ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"), 66);
    row("localhost", QStringLiteral("http://localhost:3000/status"), 28);
    row("unknown top-level domain", QStringLiteral("https://example.test/page"), 25);
    row("emoji host fails IDNA 2003", QStringLiteral("https://\U0001F44D.ws"), 12);
    // Without a protocol: counted as written, and it swallows a protocol inside it.
    row("no protocol", QStringLiteral("example.com/path"), 16);
    row("www without protocol", QStringLiteral("www.mastodon.social"), 19);
    row("protocol inside a protocol-less URL", QStringLiteral("example.com/https://example.org"),
        31);
    row("hash right before a URL", QStringLiteral("#https://example.com"), 20);
    // Where a URL ends.
    row("trailing full stop", QStringLiteral("Read https://example.com/article."), 29);
    row("trailing comma and question mark",
        QStringLiteral("https://a.example.com, https://b.example.org?"), 49);
    row("parenthesised URL", QStringLiteral("(https://example.com/foo)"), 25);
    row("parentheses in the path",
        QStringLiteral("https://en.wikipedia.org/wiki/Hamburg_(disambiguation)"), 23);
    row("parentheses in the path, in parentheses",
        QStringLiteral("(see https://en.wikipedia.org/wiki/Hamburg_(disambiguation))"), 29);
    row("quoted URL", QStringLiteral("\"https://example.com\""), 25);
    row("t.co ends after the slug", QStringLiteral("https://t.co/abc-def"), 27);

    // Mentions: @user@domain counts as @user.
    row("local mention", QStringLiteral("@alice hello"), 12);
    row("remote mention", QStringLiteral("@alice@mastodon.social hello"), 12);
    row("remote mention, subdomains", QStringLiteral("@bob@social.example.co.uk"), 4);
    row("remote mention, uppercase", QStringLiteral("@Alice@Example.COM"), 6);
    row("remote mention then punctuation", QStringLiteral("Hi @alice@example.com!"), 10);
    row("two remote mentions", QStringLiteral("@a@one.example @b@two.example"), 5);
    row("mention in a URL path", QStringLiteral("https://mastodon.social/@alice@example.com"), 23);
    row("e-mail address", QStringLiteral("mail alice@example.com"), 22);
    row("after an equals sign", QStringLiteral("key=@alice@example.com"), 22);
    row("followed by an accented letter", QStringLiteral("@alice\u00E9"), 7);

    // Counted as written.
    row("hashtags", QStringLiteral("#Mastodon #Fediverse"), 20);
    row("custom emoji shortcodes", QStringLiteral(":blobcat: :ablobcatwave:"), 24);

    // The content warning: counted as written, joined to the text.
    row("content warning", QStringLiteral("Spoilers below"), 29, QStringLiteral("CW: film ending"));
    row("content warning is stripped", QStringLiteral("body"), 6, QStringLiteral("  CW \n"));
    row("content warning joins the text", QStringLiteral("\u0301"), 1, QStringLiteral("e"));
    row("mention in the content warning", QStringLiteral("hi"), 20,
        QStringLiteral("@alice@example.com"));
    row("URL in the content warning", QStringLiteral("x"), 25,
        QStringLiteral("https://example.com/page"));

    // Whitespace and empty posts.
    row("empty", QString(), 0);
    row("surrounding whitespace is stripped", QStringLiteral("\n\n  hello world  \n"), 11);
    row("no-break spaces stay", QStringLiteral("\u00A0hi\u00A0"), 4);
    row("blank text with content warning", QStringLiteral("   \n "), 2, QStringLiteral("CW"));
    row("ideographic space is blank", QStringLiteral("\u3000"), 2, QStringLiteral("CW"));

    // The default limit of 500, exactly and one over.
    row("500 letters", letters(500), 500);
    row("501 letters", letters(501), 501);
    row("500 emoji with skin tone", QStringLiteral("\U0001F44D\U0001F3FD").repeated(500), 500);
    row("500 with a long URL",
        letters(476) + QStringLiteral(" https://example.com/") + letters(300, 'b'), 500);
    row("501 with a URL", letters(477) + QStringLiteral(" https://example.com/x"), 501);
    row("500 with a remote mention", QStringLiteral("@alice@mastodon.social ") + letters(493), 500);
}

std::unique_ptr<ApiClient> TestCharacterCounter::makeClient(const QString &token)
{
    auto client = std::make_unique<ApiClient>(&m_nam, m_sandbox.baseUrl());
    client->setAccessToken(token);
    return client;
}

QString TestCharacterCounter::uploadMedia(ApiClient &client)
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/png"));
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArrayLiteral("form-data; name=\"file\"; filename=\"dot.png\""));
    file.setBody(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQV"
                                        "R42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="));
    multiPart->append(file);
    const ApiResult result =
        waitFor(client.postMultipart(QStringLiteral("/api/v2/media"), multiPart));
    const auto media = result.parseAs<MediaAttachment>();
    return media ? media->id : QString();
}

ApiResult TestCharacterCounter::post(ApiClient &client, const QString &text, const QString &spoiler,
                                     const QString &mediaId)
{
    QJsonObject body{{QStringLiteral("status"), text}, {QStringLiteral("spoiler_text"), spoiler}};
    if (!mediaId.isEmpty())
        body.insert(QStringLiteral("media_ids"), QJsonArray{mediaId});
    return waitFor(client.postJson(QStringLiteral("/api/v1/statuses"), body));
}

void TestCharacterCounter::countFollowsMastodonsRules_data()
{
    addRows();
}

void TestCharacterCounter::countFollowsMastodonsRules()
{
    QFETCH(QString, text);
    QFETCH(QString, spoiler);
    QFETCH(int, expected);
    QVERIFY2(QTest::currentDataTag()[0] != '\0', "rows need names");
    const int counted = CharacterCounter::count(text, spoiler);
    QVERIFY2(counted == expected,
             qPrintable(QStringLiteral("counted %1, expected %2; measured text: \"%3\"")
                            .arg(counted)
                            .arg(expected)
                            .arg(CharacterCounter::countableText(text))));
}

void TestCharacterCounter::remainingCountsLinksAtTheInstancesLength()
{
    QCOMPARE(CharacterCounter::remaining(letters(500), {}, 500), 0);
    QCOMPARE(CharacterCounter::remaining(letters(501), {}, 500), -1);
    QCOMPARE(CharacterCounter::remaining(QStringLiteral("see https://example.com"), {}, 500),
             500 - 4 - 23);
    // An instance that reserves another length per URL.
    QCOMPARE(CharacterCounter::count(QStringLiteral("see https://example.com"), {}, 30), 4 + 30);
    QCOMPARE(CharacterCounter::countableText(QStringLiteral(" @a@b.example https://x.org/y "), 3),
             QStringLiteral("@a xxx"));
}

void TestCharacterCounter::breakClassesMatchUnicode15()
{
    // Qt 6.4's tables are Unicode 14.0; ICU 72's are 15.0, Ruby 3.4's version. Characters
    // new in 15.0 are unknown to Qt and count as Other, the only difference allowed.
    int newIn15 = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        QCOMPARE(GraphemeClusters::isExtendedPictographic(c),
                 bool(u_hasBinaryProperty(UChar32(c), UCHAR_EXTENDED_PICTOGRAPHIC)));
        const auto mine = GraphemeClusters::breakClass(c);
        const auto icu = fromIcu(u_getIntPropertyValue(UChar32(c), UCHAR_GRAPHEME_CLUSTER_BREAK));
        if (mine == icu)
            continue;
        UVersionInfo age;
        u_charAge(UChar32(c), age);
        QVERIFY2(age[0] == 15 && QChar::unicodeVersion(c) == QChar::Unicode_Unassigned,
                 qPrintable(QStringLiteral("U+%1: %2, ICU says %3")
                                .arg(quint32(c), 4, 16, QLatin1Char('0'))
                                .arg(int(mine))
                                .arg(int(icu))));
        ++newIn15;
    }
    QVERIFY2(newIn15 < 100, qPrintable(QString::number(newIn15)));
}

void TestCharacterCounter::clustersMatchUax29()
{
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    std::unique_ptr<UBreakIterator, decltype(&ubrk_close)> breaker(
        ubrk_openRules(reinterpret_cast<const UChar *>(Uax29Rules::graphemeClusters), -1, nullptr,
                       0, &parseError, &status),
        &ubrk_close);
    QVERIFY2(U_SUCCESS(status), u_errorName(status));

    // One or more of each break class, in every order, many times over.
    const char32_t pool[] = {
        U'a',    U'\r',   U'\n',   0x0001,  0x0300, 0x200D,  0x200C, 0x1F1E6, 0x1F1E9,
        0x0600,  0x0903,  0x1100,  0x1161,  0x11A8, 0xAC00,  0xAC01, 0x1F468, 0x1F3FD,
        0x2764,  0xFE0F,  0x0915,  0x094D,  0x0937, 0x0E33,  0x0E01, 0x102B,  0x09BE,
        0xE0067, 0xE007F, 0x1F3F4, 0x200B,  0x2028, 0xD7B0,  0xD7CB, 0xA960,  0x0D4E,
        0x1F600, U' ',    0x00AD,  0x1F1FA, 0x00A9, 0x1F3FB, 0x0B95, 0x0BCD,  0x0BB7,
    };
    QRandomGenerator random(20240229);
    for (int iteration = 0; iteration < 100000; ++iteration) {
        QString text;
        const int length = 1 + int(random.bounded(10));
        for (int i = 0; i < length; ++i) {
            const char32_t c = pool[random.bounded(int(std::size(pool)))];
            text += QString::fromUcs4(&c, 1);
        }
        ubrk_setText(breaker.get(), reinterpret_cast<const UChar *>(text.utf16()),
                     int32_t(text.size()), &status);
        int expected = 0;
        ubrk_first(breaker.get());
        while (ubrk_next(breaker.get()) != UBRK_DONE)
            ++expected;
        const int counted = GraphemeClusters::count(text);
        if (counted != expected)
            QFAIL(qPrintable(QStringLiteral("%1: %2 clusters, UAX #29 says %3")
                                 .arg(codePointList(text))
                                 .arg(counted)
                                 .arg(expected)));
    }
}

void TestCharacterCounter::serverCountsTheSame_data()
{
    addRows();
}

void TestCharacterCounter::serverCountsTheSame()
{
    QFETCH(QString, text);
    QFETCH(QString, spoiler);
    QFETCH(int, expected);

    m_sandbox.reset();
    auto client = makeClient(m_sandbox.mintToken());
    // A blank text is only postable with an attachment (a new one each time: a status takes
    // its media); then only the content warning counts.
    const bool needsMedia = text.trimmed().isEmpty();
    if (needsMedia)
        m_sandbox.control("POST", QStringLiteral("/_sandbox/media"),
                          {{QStringLiteral("processingPolls"), 0}});
    const auto postWithLimit = [&](int limit) {
        m_sandbox.control(
            "POST", QStringLiteral("/_sandbox/instance"),
            {{QStringLiteral("configuration"),
              QJsonObject{{QStringLiteral("statuses"),
                           QJsonObject{{QStringLiteral("max_characters"), limit}}}}}});
        const QString mediaId = needsMedia ? uploadMedia(*client) : QString();
        if (needsMedia && mediaId.isEmpty())
            QTest::qFail("the media upload failed", __FILE__, __LINE__);
        return post(*client, text, spoiler, mediaId);
    };

    const ApiResult accepted = postWithLimit(expected);
    QVERIFY2(accepted.httpStatus == 200, qPrintable(QStringLiteral("limit %1: HTTP %2 %3")
                                                        .arg(expected)
                                                        .arg(accepted.httpStatus)
                                                        .arg(accepted.error.message)));
    if (expected == 0)
        return;

    const ApiResult refused = postWithLimit(expected - 1);
    QVERIFY2(
        refused.httpStatus == 422,
        qPrintable(QStringLiteral("limit %1: HTTP %2").arg(expected - 1).arg(refused.httpStatus)));
    QCOMPARE(ApiError::kindName(refused.error.kind),
             ApiError::kindName(ApiError::Kind::Validation));
    QVERIFY2(
        refused.error.message.contains(QStringLiteral("character limit of %1").arg(expected - 1)),
        qPrintable(refused.error.message));
}

void TestCharacterCounter::sandboxRuleAgreesOnRandomTexts()
{
    // Texts stitched from the pieces the two implementations could read differently: URL
    // parts, hosts and TLDs, mentions, characters that do or do not belong to a word, a
    // label or a cluster.
    const QStringList pieces = {
        QStringLiteral("https://"),
        QStringLiteral("http://"),
        QStringLiteral("gemini://"),
        QStringLiteral("ipfs://"),
        QStringLiteral("example"),
        QStringLiteral("com"),
        QStringLiteral("co"),
        QStringLiteral("uk"),
        QStringLiteral("test"),
        QStringLiteral("social"),
        QStringLiteral("t.co/"),
        QStringLiteral("t.co/abc"),
        QStringLiteral("xn--p1ai"),
        QStringLiteral("xn--"),
        QStringLiteral("例え"),
        QStringLiteral("jp"),
        QStringLiteral("münchen"),
        QStringLiteral("рф"),
        QStringLiteral("嘉里"),
        QStringLiteral("大酒店"),
        QStringLiteral("localhost"),
        QStringLiteral("127.0.0.1"),
        QStringLiteral(":3000"),
        QStringLiteral("8080"),
        QStringLiteral("."),
        QStringLiteral("/"),
        QStringLiteral("?"),
        QStringLiteral("#"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("(a)"),
        QStringLiteral("((b))"),
        QStringLiteral("[x]"),
        QStringLiteral(":"),
        QStringLiteral("="),
        QStringLiteral("&"),
        QStringLiteral("%20"),
        QStringLiteral("~"),
        QStringLiteral("\\"),
        QStringLiteral("$"),
        QStringLiteral("!"),
        QStringLiteral(","),
        QStringLiteral("\""),
        QStringLiteral("'"),
        QStringLiteral("*"),
        QStringLiteral(";"),
        QStringLiteral("|"),
        QStringLiteral("^"),
        QStringLiteral("+"),
        QStringLiteral("-"),
        QStringLiteral("_"),
        QStringLiteral("?q=1&r=2"),
        QStringLiteral("wiki/Foo_(bar)"),
        QStringLiteral("@"),
        QStringLiteral("＠"),
        QStringLiteral("＃"),
        QStringLiteral("alice"),
        QStringLiteral("@bob"),
        QStringLiteral("@x@"),
        QStringLiteral("@alice@example.com"),
        QStringLiteral(".social"),
        QStringLiteral("a"),
        QStringLiteral("Z"),
        QStringLiteral("é"),
        QStringLiteral("ñ"),
        QStringLiteral("Ω"),
        QStringLiteral("ſ"),
        QStringLiteral("\u212A"),
        QStringLiteral("Ⅻ"),
        QStringLiteral("²"),
        QStringLiteral("١"),
        QStringLiteral("‿"),
        QStringLiteral("ⓐ"),
        QStringLiteral("\U0001F130"),
        QStringLiteral("ＡＢＣ"),
        QStringLiteral("日本"),
        QStringLiteral("क्ष"),
        QStringLiteral("ा"),
        QStringLiteral("\u0903"),
        QStringLiteral("\u0301"),
        QStringLiteral("\u0600"),
        QStringLiteral("\U0001F44D"),
        QStringLiteral("\U0001F3FD"),
        QStringLiteral("\u200D"),
        QStringLiteral("\u200B"),
        QStringLiteral("\U0001F1E9"),
        QStringLiteral("\u2026"),
        QStringLiteral("\u300C"),
        QStringLiteral("\u3002"),
        QStringLiteral(" "),
        QStringLiteral("\t"),
        QStringLiteral("\n"),
        QStringLiteral("\r\n"),
        QStringLiteral("\u0085"),
        QStringLiteral("\u00A0"),
        QStringLiteral("\u3000"),
        QStringLiteral("\u2028"),
        QStringLiteral("\u180E"),
        QStringLiteral("\uFEFF"),
        QStringLiteral("\u200E"),
        QStringLiteral("\u2064"),
        QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    };
    QRandomGenerator random(4242);
    const auto randomText = [&](int maxPieces) {
        QString text;
        const int count = int(random.bounded(maxPieces + 1));
        for (int i = 0; i < count; ++i)
            text += pieces.at(random.bounded(int(pieces.size())));
        return text;
    };
    for (int iteration = 0; iteration < 20000; ++iteration) {
        const QString text = randomText(24);
        const QString spoiler = random.bounded(4) == 0 ? randomText(3) : QString();
        const int counted = CharacterCounter::count(text, spoiler);
        const int sandbox = StatusLength::count(text, spoiler, 23);
        if (counted != sandbox)
            QFAIL(qPrintable(QStringLiteral("\"%1\" / \"%2\": counted %3 (\"%4\"), sandbox %5")
                                 .arg(text, spoiler)
                                 .arg(counted)
                                 .arg(CharacterCounter::countableText(text))
                                 .arg(sandbox)));
    }
}

void TestCharacterCounter::fiveThousandCharacters()
{
    const QString text = realisticText(5000);
    QCOMPARE(CharacterCounter::count(text, {}), 5000);
    int counted = 0;
    medianCountNs(text, 25, &counted); // warm up: compiled patterns, TLD table
    const qint64 median = medianCountNs(text, 401, &counted);
    QCOMPARE(counted, 5002);
    qInfo("count() of a %lld-code-unit, 5000-character text: median %.1f µs over 401 runs",
          qlonglong(text.size()), double(median) / 1000.0);
    QVERIFY2(median < budgetNs, qPrintable(QStringLiteral("%1 ns").arg(median)));
}

void TestCharacterCounter::benchmarkOfARealisticLongPost()
{
    const QString text = realisticText(5000);
    int counted = 0;
    QBENCHMARK
    {
        counted = CharacterCounter::count(text, QStringLiteral("CW"));
    }
    QCOMPARE(counted, 5002);
}

void TestCharacterCounter::worstCaseTextsCountWithinTheBudget_data()
{
    QTest::addColumn<QString>("text");
    // Texts on which a literal port of the server's backtracking pattern goes quadratic.
    QTest::newRow("CJK without spaces, one URL")
        << QStringLiteral("日本語のテキスト").repeated(620) +
               QStringLiteral(" https://example.com");
    QTest::newRow("one long dotted word")
        << QStringLiteral("https://") + QStringLiteral("a.").repeated(2500);
    QTest::newRow("one long word") << QStringLiteral("https://x ") + letters(5000);
    QTest::newRow("many short URLs") << QStringLiteral("https://a.io ").repeated(400);
    QTest::newRow("many mentions") << QStringLiteral("@a@b.social ").repeated(420);
}

void TestCharacterCounter::worstCaseTextsCountWithinTheBudget()
{
    QFETCH(QString, text);
    int counted = 0;
    medianCountNs(text, 5, &counted);
    const qint64 median = medianCountNs(text, 51, &counted);
    QVERIFY(counted > 0);
    qInfo("%s: %lld code units, median %.1f µs", QTest::currentDataTag(), qlonglong(text.size()),
          double(median) / 1000.0);
    // Same order as the realistic text: nothing here may freeze the composer.
    QVERIFY2(median < 5 * budgetNs, qPrintable(QStringLiteral("%1 ns").arg(median)));
}

QTEST_GUILESS_MAIN(TestCharacterCounter)
#include "tst_charactercounter.moc"
