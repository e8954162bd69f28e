#include "counternote.h"

#include "compose/charactercounter.h"

#include <QStringList>

QString CounterNote::describe(const QString &text, qint64 charactersPerUrl)
{
    int links = 0;
    QStringList remote;
    for (const CharacterCounter::CountedEntity &entity : CharacterCounter::entities(text)) {
        if (entity.isUrl()) {
            ++links;
            continue;
        }
        const QStringView written =
            QStringView(text).sliced(entity.start, entity.end - entity.start);
        if (written.size() > entity.username.size() + 1)
            remote.append(tr("%1 as @%2").arg(written.toString(), entity.username.toString()));
    }
    QStringList lines;
    if (links > 0)
        lines.append(tr("%n link(s) counted as %1 characters each, whatever the length.", "", links)
                         .arg(charactersPerUrl));
    if (!remote.isEmpty()) {
        const qsizetype shown = 3;
        QString list = QStringList(remote.mid(0, shown)).join(tr(", "));
        if (remote.size() > shown)
            list = tr("%1 and %n more", "", int(remote.size() - shown)).arg(list);
        lines.append(
            tr("Mentions of people on other servers count without the server: %1.").arg(list));
    }
    return lines.join(QLatin1Char('\n'));
}
