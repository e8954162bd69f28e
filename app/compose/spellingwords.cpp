#include "compose/spellingwords.h"

#include <QChar>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

bool isJoiner(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('.');
}

bool looksLikeCode(QStringView word)
{
    bool lower = false;
    bool upper = false;
    bool lowerThenUpper = false;
    int letters = 0;
    for (QChar c : word) {
        if (c.isDigit() || c == QLatin1Char('_') || c == QLatin1Char('.'))
            return true;
        if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            lowerThenUpper = lowerThenUpper || lower;
            upper = true;
        }
        letters += c.isLetter() ? 1 : 0;
    }
    // camelCase or iPhone-like, and acronyms such as NASA; "Hello" is neither.
    return lowerThenUpper || (upper && !lower && letters > 1);
}

} // namespace

QList<SpellingWords::Word> SpellingWords::find(QStringView text)
{
    return find(text, TextEntities::find(text));
}

QList<SpellingWords::Word> SpellingWords::find(QStringView text,
                                               const QList<TextEntities::Entity> &entities)
{
    QList<Word> words;
    qsizetype nextEntity = 0;
    bool inBackticks = false;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        const QChar c = text[i];
        if (c == QLatin1Char('`')) {
            inBackticks = !inBackticks;
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < size && (isWordChar(text[end]) ||
                              (isJoiner(text[end]) && end + 1 < size && isWordChar(text[end + 1]))))
            ++end;
        while (nextEntity < entities.size() && entities.at(nextEntity).end <= i)
            ++nextEntity;
        const bool inEntity = nextEntity < entities.size() && entities.at(nextEntity).start < end;
        // "@user" and "#tag" that are not entities (a lone "#1") are no words either.
        const bool marked =
            i > 0 && (text[i - 1] == QLatin1Char('@') || text[i - 1] == QLatin1Char('#') ||
                      text[i - 1] == QLatin1Char(':'));
        const QStringView word = text.sliced(i, end - i);
        if (!inBackticks && !inEntity && !marked && !looksLikeCode(word))
            words.append(Word{i, end});
        i = end;
    }
    return words;
}

SpellingWords::Word SpellingWords::at(QStringView text, qsizetype position, bool *found)
{
    for (const Word &word : find(text)) {
        if (position >= word.start && position <= word.end) {
            *found = true;
            return word;
        }
    }
    *found = false;
    return {};
}
