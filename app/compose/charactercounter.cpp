#include "compose/charactercounter.h"

#include "compose/graphemeclusters.h"
#include "compose/statusurls.h"

#include <QList>
#include <QRegularExpression>
#include <QStringView>

#include <algorithm>

namespace {

// Ruby's String#strip: NUL, tab, line feed, vertical tab, form feed, carriage return and
// space, at either end. Other spaces (no-break, ideographic) stay.
bool isStrippedByRuby(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0 || (u >= 0x09 && u <= 0x0D) || u == 0x20;
}

QStringView stripped(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isStrippedByRuby(text[begin]))
        ++begin;
    while (end > begin && isStrippedByRuby(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

// ActiveSupport's String#blank?: empty or White_Space only.
bool isBlank(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool space = (u >= 0x09 && u <= 0x0D) || u == 0x20 || u == 0x85 || u == 0xA0 ||
                           u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 ||
                           u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000;
        if (!space)
            return false;
    }
    return true;
}

qsizetype codePoints(QStringView text)
{
    qsizetype count = text.size();
    for (QChar c : text)
        count -= c.isLowSurrogate() ? 1 : 0;
    return count;
}

struct Entity
{
    qsizetype start = 0;
    qsizetype end = 0;
    // What a mention keeps (its local username); empty for a URL.
    QStringView username;
};

bool isLatinAccent(char16_t c)
{
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x24F) ||
           c == 0x253 || c == 0x254 || c == 0x256 || c == 0x257 || c == 0x259 || c == 0x25B ||
           c == 0x263 || c == 0x268 || c == 0x26F || c == 0x272 || c == 0x289 || c == 0x28B ||
           c == 0x2BB || (c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF);
}

// twitter-text's end_mention_match: a mention directly followed by another @, a Latin
// accented letter or "://" is not one.
bool endsMention(QStringView after)
{
    if (after.isEmpty())
        return false;
    const char16_t next = after.front().unicode();
    return next == u'@' || next == 0xFF20 || isLatinAccent(next) ||
           after.startsWith(QLatin1String("://"));
}

// Account::MENTION_RE as Mastodon's Extractor scans with it. [[:word:]] in Ruby is
// Alphabetic, marks, decimal digits and connector punctuation; the username part is
// case-insensitive ASCII, the domain part any word characters.
QList<Entity> findMentions(QStringView text)
{
    QList<Entity> mentions;
    if (!text.contains(QLatin1Char('@')))
        return mentions;
    // The lookbehind comes after the "@" so that the search can jump from "@" to "@".
    static const QRegularExpression mention(
        QStringLiteral("@(?<![=/\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}]@)"
                       "((?i:([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*))"
                       "(?:@[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}]+(?:[.-]+[\\p{Alphabetic}\\p{M}"
                       "\\p{Nd}\\p{Pc}]+)*)?)"));
    QRegularExpressionMatchIterator matches = mention.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (endsMention(text.sliced(match.capturedEnd())))
            continue;
        // Extractor::MAX_DOMAIN_LENGTH: no domain name is longer than 253 characters.
        const QStringView screenName = match.capturedView(1);
        const QStringView username = match.capturedView(2);
        if (screenName.size() > username.size() &&
            codePoints(screenName.sliced(username.size() + 1)) > 253)
            continue;
        mentions.append(Entity{match.capturedStart(), match.capturedEnd(), username});
    }
    return mentions;
}

} // namespace

QString CharacterCounter::countableText(const QString &text, int charactersPerUrl)
{
    const QStringView body = stripped(text);
    if (isBlank(body))
        return {};

    QList<Entity> entities = findMentions(body);
    for (const StatusUrls::Url &url : StatusUrls::find(body))
        entities.append(Entity{url.start, url.end, {}});
    std::sort(entities.begin(), entities.end(),
              [](const Entity &a, const Entity &b) { return a.start < b.start; });

    const QString placeholder(qMax(0, charactersPerUrl), QLatin1Char('x'));
    QString result;
    result.reserve(body.size());
    qsizetype from = 0;
    for (const Entity &entity : std::as_const(entities)) {
        // Extractor.remove_overlapping_entities: the earlier entity wins.
        if (entity.start < from)
            continue;
        result.append(body.sliced(from, entity.start - from));
        if (entity.username.isNull())
            result.append(placeholder);
        else
            result.append(QLatin1Char('@')).append(entity.username);
        from = entity.end;
    }
    result.append(body.sliced(from));
    return result;
}

int CharacterCounter::count(const QString &text, const QString &spoilerText, int charactersPerUrl)
{
    const QStringView spoiler = stripped(spoilerText);
    QString measured;
    const QString countable = countableText(text, charactersPerUrl);
    measured.reserve(spoiler.size() + countable.size());
    measured.append(spoiler);
    measured.append(countable);
    return GraphemeClusters::count(measured);
}

int CharacterCounter::remaining(const QString &text, const QString &spoilerText, int maxCharacters,
                                int charactersPerUrl)
{
    return maxCharacters - count(text, spoilerText, charactersPerUrl);
}

QList<CharacterCounter::CountedEntity> CharacterCounter::entities(QStringView text)
{
    QList<CountedEntity> found;
    for (const ::Entity &mention : findMentions(text))
        found.append(CountedEntity{mention.start, mention.end, mention.username});
    for (const StatusUrls::Url &url : StatusUrls::find(text))
        found.append(CountedEntity{url.start, url.end, {}});
    std::sort(found.begin(), found.end(),
              [](const CountedEntity &a, const CountedEntity &b) { return a.start < b.start; });
    // Extractor.remove_overlapping_entities: the earlier entity wins.
    QList<CountedEntity> kept;
    qsizetype from = 0;
    for (const CountedEntity &entity : std::as_const(found)) {
        if (entity.start < from)
            continue;
        kept.append(entity);
        from = entity.end;
    }
    return kept;
}
