#include "servertext.h"

#include <QTextBoundaryFinder>
#include <QUrl>

namespace {

constexpr char16_t firstStrongIsolate = 0x2068;
constexpr char16_t popDirectionalIsolate = 0x2069;
const QString ellipsis = QStringLiteral("\u2026");

bool isExplicitBidiControl(char16_t c)
{
    // LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: unbalanced ones would leak out of
    // any isolate we put around them, so they are dropped; the isolate does their job.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isRightToLeft(QChar c)
{
    switch (c.direction()) {
    case QChar::DirR:
    case QChar::DirAL:
    case QChar::DirRLE:
    case QChar::DirRLO:
    case QChar::DirRLI:
        return true;
    default:
        return false;
    }
}

QString cut(const QString &text, qsizetype limit)
{
    if (limit <= 0 || text.size() <= limit)
        return text;
    // Never between the halves of a surrogate pair or inside a grapheme cluster.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    graphemes.setPosition(limit);
    qsizetype end = graphemes.isAtBoundary() ? limit : graphemes.toPreviousBoundary();
    if (end <= 0)
        end = limit;
    return text.left(end) + ellipsis;
}

} // namespace

QString ServerText::plain(const QString &text, qsizetype limit)
{
    const QString shortened = cut(text, limit);
    QString out;
    out.reserve(shortened.size() + 2);
    bool needsIsolate = false;
    for (const QChar c : shortened) {
        const char16_t u = c.unicode();
        if (isExplicitBidiControl(u)) {
            needsIsolate = true;
            continue;
        }
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u < 0xA0);
        if (control)
            continue;
        if (!needsIsolate && isRightToLeft(c))
            needsIsolate = true;
        out.append(c);
    }
    if (needsIsolate)
        return QChar(firstStrongIsolate) + out + QChar(popDirectionalIsolate);
    return out;
}

QString ServerText::escaped(const QString &text, qsizetype limit)
{
    return plain(text, limit).toHtmlEscaped();
}

QString ServerText::toolTip(const QString &text, qsizetype limit)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + escaped(text, limit) +
           QStringLiteral("</p>");
}

bool ServerText::isOpenableLink(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") || scheme == QLatin1String("http");
}
