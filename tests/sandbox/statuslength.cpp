#include "statuslength.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace StatusLength {

int graphemes(const QString &text)
{
    if (text.isEmpty())
        return 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int clusters = 0;
    while (finder.toNextBoundary() != -1)
        ++clusters;
    return clusters;
}

int count(const QString &text, const QString &spoilerText, int urlWeight)
{
    // URLs need a protocol; trailing punctuation ends a sentence, not the URL.
    static const QRegularExpression url(
        QStringLiteral(
            "(?<![\\w/@.])(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)://[^\\s<>\"]+"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression mention(QStringLiteral("(?<![=/\\w])@(\\w+)@[\\w.-]+\\w"),
                                            QRegularExpression::UseUnicodePropertiesOption);

    QString countable;
    qsizetype last = 0;
    auto matches = url.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        QString found = match.captured();
        static const QString trailing = QStringLiteral(".,;:!?'\")]");
        while (!found.isEmpty() && trailing.contains(found.back())) {
            if (found.back() == QLatin1Char(')') &&
                found.count(QLatin1Char('(')) >= found.count(QLatin1Char(')')))
                break;
            found.chop(1);
        }
        countable += text.mid(last, match.capturedStart() - last);
        countable += QString(urlWeight, QLatin1Char('x'));
        last = match.capturedStart() + found.size();
    }
    countable += text.mid(last);
    countable.replace(mention, QStringLiteral("@\\1"));
    return graphemes(spoilerText + countable);
}

} // namespace StatusLength
