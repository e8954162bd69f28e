#include "threadsplitter.h"

#include "compose/charactercounter.h"

#include <QList>

namespace {

// Where a post may end, best first.
enum class Cut { Word, Sentence, Paragraph };

struct Boundary
{
    qsizetype end;  // the post ends here (before the white space)
    qsizetype next; // the next post starts here (after it)
    Cut kind;
};

bool endsSentence(const QString &text, qsizetype end)
{
    // Closing quotes and brackets after the full stop still end the sentence.
    qsizetype i = end - 1;
    while (i >= 0 && QStringLiteral("\"'”’»)]").contains(text.at(i)))
        --i;
    return i >= 0 && QStringLiteral(".!?…。！？").contains(text.at(i));
}

QList<Boundary> boundaries(const QString &text)
{
    QList<Boundary> found;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isSpace()) {
            ++i;
            continue;
        }
        const qsizetype end = i;
        int lineBreaks = 0;
        while (i < text.size() && text.at(i).isSpace())
            lineBreaks += text.at(i++) == QLatin1Char('\n') ? 1 : 0;
        if (end == 0 || i == text.size())
            continue;
        Cut kind = Cut::Word;
        if (lineBreaks > 0)
            kind = Cut::Paragraph;
        else if (endsSentence(text, end))
            kind = Cut::Sentence;
        found.append({end, i, kind});
    }
    return found;
}

QString numberSuffix(qsizetype number, qsizetype total)
{
    return QStringLiteral(" %1/%2").arg(number).arg(total);
}

// Splits with room kept for a suffix as long as the widest one of `assumedTotal` posts.
QStringList splitWithRoom(const QString &text, const QString &spoilerText,
                          ThreadSplitter::Limits limits, qsizetype assumedTotal)
{
    const QString widestSuffix =
        assumedTotal > 0 ? numberSuffix(assumedTotal, assumedTotal) : QString();
    const auto fits = [&](qsizetype from, qsizetype to) {
        return CharacterCounter::count(text.mid(from, to - from) + widestSuffix, spoilerText,
                                       limits.charactersPerUrl) <= limits.maxCharacters;
    };
    const QList<Boundary> cuts = boundaries(text);
    QStringList posts;
    qsizetype start = 0;
    while (start < text.size()) {
        if (fits(start, text.size())) {
            posts.append(text.mid(start));
            break;
        }
        // The furthest cut of each kind that still fits, and the furthest of all.
        const Boundary *best[3] = {nullptr, nullptr, nullptr};
        const Boundary *furthest = nullptr;
        for (const Boundary &cut : cuts) {
            if (cut.end <= start)
                continue;
            if (!fits(start, cut.end))
                break;
            best[int(cut.kind)] = &cut;
            furthest = &cut;
        }
        const auto halfFull = [&](const Boundary *cut) {
            return cut && CharacterCounter::count(text.mid(start, cut->end - start), spoilerText,
                                                  limits.charactersPerUrl) *
                                  2 >=
                              limits.maxCharacters;
        };
        const Boundary *chosen = furthest;
        if (halfFull(best[int(Cut::Paragraph)]))
            chosen = best[int(Cut::Paragraph)];
        else if (halfFull(best[int(Cut::Sentence)]))
            chosen = best[int(Cut::Sentence)];
        if (!chosen) {
            // Not even one word fits: it goes alone, over the limit, to the next cut.
            for (const Boundary &cut : cuts) {
                if (cut.end > start) {
                    chosen = &cut;
                    break;
                }
            }
        }
        if (!chosen) {
            posts.append(text.mid(start));
            break;
        }
        posts.append(text.mid(start, chosen->end - start));
        start = chosen->next;
    }
    return posts;
}

} // namespace

QStringList ThreadSplitter::split(const QString &text, const QString &spoilerText, Limits limits,
                                  bool numbered)
{
    const QString trimmed = text.trimmed();
    if (!numbered)
        return splitWithRoom(trimmed, spoilerText, limits, 0);
    // The suffix's room depends on how many posts there are: grow the guess until the
    // split needs no more digits than were kept.
    qsizetype assumed = 9;
    QStringList posts;
    for (;;) {
        posts = splitWithRoom(trimmed, spoilerText, limits, assumed);
        if (posts.size() <= assumed || assumed > 100000)
            break;
        assumed = assumed * 10 + 9;
    }
    if (posts.size() > 1) {
        for (qsizetype i = 0; i < posts.size(); ++i)
            posts[i] += numberSuffix(i + 1, posts.size());
    }
    return posts;
}
