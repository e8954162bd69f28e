#include "compose/textentities.h"

#include "compose/charactercounter.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

void addMatches(QList<TextEntities::Entity> &entities, QStringView text,
                const QRegularExpression &pattern, TextEntities::Kind kind)
{
    QRegularExpressionMatchIterator matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        entities.append(TextEntities::Entity{kind, match.capturedStart(), match.capturedEnd()});
    }
}

} // namespace

QList<TextEntities::Entity> TextEntities::find(QStringView text)
{
    QList<Entity> found;
    for (const CharacterCounter::CountedEntity &entity : CharacterCounter::entities(text)) {
        Kind kind = Kind::Link;
        if (!entity.isUrl())
            kind = entity.end - entity.start > entity.username.size() + 1 ? Kind::RemoteMention
                                                                          : Kind::Mention;
        found.append(Entity{kind, entity.start, entity.end});
    }
    if (text.contains(QLatin1Char('#'))) {
        static const QRegularExpression hashtag(
            QStringLiteral("(?<![=/)\\p{L}\\p{N}])#[\\p{L}\\p{M}\\p{Nd}_\\x{00B7}\\x{30FB}]*"
                           "\\p{L}[\\p{L}\\p{M}\\p{Nd}_\\x{00B7}\\x{30FB}]*"));
        addMatches(found, text, hashtag, Kind::Hashtag);
    }
    if (text.contains(QLatin1Char(':'))) {
        static const QRegularExpression shortcode(
            QStringLiteral("(?<![\\p{L}\\p{N}_:]):[A-Za-z0-9_]{2,}:(?![\\p{L}\\p{N}_])"));
        addMatches(found, text, shortcode, Kind::Shortcode);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Entity &a, const Entity &b) { return a.start < b.start; });
    // A "#" or ":" inside a link belongs to the link, which comes first at its start.
    QList<Entity> kept;
    qsizetype from = 0;
    for (const Entity &entity : std::as_const(found)) {
        if (entity.start < from)
            continue;
        kept.append(entity);
        from = entity.end;
    }
    return kept;
}
