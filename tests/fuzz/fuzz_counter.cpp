// Fuzz target for the composer's character counter. It runs on every keystroke over
// whatever the user pastes, so it must not crash, hang or go quadratic on any text,
// lone surrogates included (a QString can hold them; pasted UTF-16 can carry them).
// The input is read twice: as UTF-8, and as raw UTF-16 code units.
//
// Checked are only bounds the counting rule guarantees: a count is never negative and
// never more than the code points measured, where a URL may add charactersPerUrl and a
// mention only shortens.

#include "compose/charactercounter.h"
#include "compose/graphemeclusters.h"
#include "compose/statusurls.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_counter: %s\n", what);
        std::abort();
    }
}

// A surrogate pair is one code point, a lone surrogate one as well (it is one cluster).
qsizetype codePoints(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

// Ruby's String#strip, as CharacterCounter documents it.
QStringView stripped(QStringView text)
{
    const auto strippedByRuby = [](QChar c) {
        return c.unicode() == 0 || (c.unicode() >= 0x09 && c.unicode() <= 0x0D) ||
               c.unicode() == 0x20;
    };
    while (!text.isEmpty() && strippedByRuby(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && strippedByRuby(text.back()))
        text.chop(1);
    return text;
}

void checkClusters(QStringView text)
{
    const int clusters = GraphemeClusters::count(text);
    check(clusters >= 0 && clusters <= codePoints(text), "more clusters than code points");
    check(text.isEmpty() == (clusters == 0), "an empty text has no cluster, any other has one");
}

void checkUrls(QStringView text)
{
    qsizetype from = 0;
    for (const StatusUrls::Url &url : StatusUrls::find(text)) {
        check(url.start >= from && url.start < url.end && url.end <= text.size(),
              "URLs out of order, overlapping, empty or outside the text");
        from = url.end;
    }
}

void checkCount(const QString &text, const QString &spoiler)
{
    constexpr int perUrl = CharacterCounter::defaultCharactersPerUrl;
    const QString countable = CharacterCounter::countableText(text, perUrl);
    const QStringView body = stripped(text);
    const qsizetype urls = StatusUrls::find(body).size();
    check(codePoints(countable) <= codePoints(body) + perUrl * urls,
          "countable text longer than the text with its URLs at full weight");

    const int count = CharacterCounter::count(text, spoiler, perUrl);
    check(count >= 0, "negative count");
    check(count <= codePoints(spoiler) + codePoints(countable),
          "count above the code points of the spoiler and the countable text");
    // Weight 0 drops each URL's 23 "x"s, which are at least 22 clusters of their own;
    // what the clusters on either side of it join to changes by far less than that.
    const int unweighted = CharacterCounter::count(text, spoiler, 0);
    check(unweighted >= 0 && unweighted <= count, "URL weight 0 raised the count");
}

void checkText(const QString &text)
{
    checkClusters(text);
    checkUrls(text);
    checkCount(text, QString());
    // Split in the middle, possibly inside a surrogate pair, as content warning + text.
    const qsizetype half = text.size() / 2;
    checkCount(text.sliced(half), text.first(half));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    checkText(QString::fromUtf8(bytes, qsizetype(size)));
    // Copied, not cast: the input need not be aligned for char16_t.
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), data, size_t(utf16.size()) * sizeof(char16_t));
    checkText(utf16);
    return 0;
}
