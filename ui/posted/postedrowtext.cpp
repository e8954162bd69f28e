#include "postedrowtext.h"

#include "api/status.h"
#include "search/htmltext.h"
#include "util/servertext.h"

#include <QLocale>
#include <QStringList>

namespace {

constexpr qsizetype lineLimit = 200;

QStringList textLines(const Status &status)
{
    QStringList lines;
    const QStringList all = HtmlText::toPlainText(status.content).split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (line.trimmed().isEmpty())
            continue;
        lines.append(ServerText::plain(line, lineLimit));
        if (lines.size() == PostedRowText::shownLines)
            break;
    }
    return lines;
}

} // namespace

QString PostedRowText::text(const Status &status)
{
    QStringList facts{QLocale().toString(status.createdAt.toLocalTime(), QLocale::ShortFormat),
                      visibilityName(status.visibility),
                      tr("%1 replies, %2 boosts, %3 favourites")
                          .arg(status.repliesCount)
                          .arg(status.reblogsCount)
                          .arg(status.favouritesCount)};
    if (!status.mediaAttachments.isEmpty())
        facts.append(tr("%n media", nullptr, int(status.mediaAttachments.size())));
    if (status.poll)
        facts.append(tr("poll"));
    if (status.editedAt.isValid())
        facts.append(tr("edited"));
    QStringList lines{facts.join(QStringLiteral(" · "))};
    if (!status.spoilerText.isEmpty())
        lines.append(
            tr("Content warning: %1").arg(ServerText::plain(status.spoilerText, lineLimit)));
    lines += textLines(status);
    return lines.join(QLatin1Char('\n'));
}

QString PostedRowText::excerpt(const Status &status)
{
    return textLines(status).value(0);
}

QString PostedRowText::visibilityName(const QString &visibility)
{
    if (visibility == QLatin1String("public"))
        return tr("Public");
    if (visibility == QLatin1String("unlisted"))
        return tr("Unlisted");
    if (visibility == QLatin1String("private"))
        return tr("Followers only");
    if (visibility == QLatin1String("direct"))
        return tr("Mentioned people only");
    return ServerText::plain(visibility, 40);
}
