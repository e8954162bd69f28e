#include "htmltext.h"

#include <QHash>
#include <QStringList>

namespace {

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

// Builds the text: collapses runs of whitespace and keeps the breaks the tags asked for.
class TextBuilder
{
public:
    void appendChar(QChar c)
    {
        if (isHtmlSpace(c)) {
            m_pendingSpace = true;
            return;
        }
        // Other control characters have no business in a bio and could upset a layout.
        if (c.category() == QChar::Other_Control)
            return;
        if (m_pendingSpace && !m_text.isEmpty() && !m_text.endsWith(QLatin1Char('\n')))
            m_text += QLatin1Char(' ');
        m_pendingSpace = false;
        m_text += c;
    }

    void appendText(const QString &text)
    {
        for (const QChar c : text)
            appendChar(c);
    }

    // Ends the line; `lines` 2 leaves a blank line (a paragraph), never more.
    void appendBreak(int lines)
    {
        m_pendingSpace = false;
        if (m_text.isEmpty())
            return;
        int trailing = 0;
        while (trailing < m_text.size() &&
               m_text.at(m_text.size() - 1 - trailing) == QLatin1Char('\n'))
            ++trailing;
        for (int i = trailing; i < lines; ++i)
            m_text += QLatin1Char('\n');
    }

    QString result() const
    {
        QString text = m_text;
        while (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        return text;
    }

private:
    QString m_text;
    bool m_pendingSpace = false;
};

QString codePoint(uint value)
{
    // Zero, surrogates and values beyond Unicode are replaced, as browsers do.
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return QString(QChar::ReplacementCharacter);
    const char32_t ucs4 = value;
    return QString::fromUcs4(&ucs4, 1);
}

// Decodes the entity starting at `at` (on the '&'). Returns the text and sets
// `length` to the characters consumed; an unknown entity stays as written.
QString decodeEntity(const QString &html, qsizetype at, qsizetype *length)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QString(QChar(0x00A0))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))},
        {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))},
        {QStringLiteral("shy"), QString()},
    };
    constexpr qsizetype maxEntityLength = 12;
    const qsizetype semicolon = html.indexOf(QLatin1Char(';'), at + 1);
    if (semicolon < 0 || semicolon - at > maxEntityLength) {
        *length = 1;
        return QStringLiteral("&");
    }
    const QString name = html.mid(at + 1, semicolon - at - 1);
    *length = semicolon - at + 1;
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex =
            name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
        const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok)
            return codePoint(value);
    } else if (const auto it = named.constFind(name); it != named.constEnd()) {
        return *it;
    }
    *length = 1;
    return QStringLiteral("&");
}

// Finds the '>' that ends the tag opened at `at`, skipping quoted attribute values.
qsizetype tagEnd(const QString &html, qsizetype at)
{
    QChar quote;
    for (qsizetype i = at + 1; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return i;
        }
    }
    return -1;
}

QString tagName(const QString &tag)
{
    qsizetype start = 0;
    while (start < tag.size() && (tag.at(start) == QLatin1Char('/') || isHtmlSpace(tag.at(start))))
        ++start;
    qsizetype end = start;
    while (end < tag.size() && (tag.at(end).isLetterOrNumber()))
        ++end;
    return tag.mid(start, end - start).toLower();
}

int breakLinesFor(const QString &name)
{
    static const QStringList paragraphs{
        QStringLiteral("p"),      QStringLiteral("div"), QStringLiteral("blockquote"),
        QStringLiteral("pre"),    QStringLiteral("ul"),  QStringLiteral("ol"),
        QStringLiteral("h1"),     QStringLiteral("h2"),  QStringLiteral("h3"),
        QStringLiteral("h4"),     QStringLiteral("h5"),  QStringLiteral("h6"),
        QStringLiteral("table"),  QStringLiteral("hr"),  QStringLiteral("section"),
        QStringLiteral("article")};
    static const QStringList lines{QStringLiteral("br"), QStringLiteral("li"), QStringLiteral("tr"),
                                   QStringLiteral("dt"), QStringLiteral("dd")};
    if (paragraphs.contains(name))
        return 2;
    if (lines.contains(name))
        return 1;
    return 0;
}

// Elements whose content is not text to show.
bool isRawContent(const QString &name)
{
    return name == QLatin1String("script") || name == QLatin1String("style") ||
           name == QLatin1String("template") || name == QLatin1String("title") ||
           name == QLatin1String("textarea");
}

} // namespace

namespace HtmlText {

QString toPlainText(const QString &html)
{
    TextBuilder builder;
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('&')) {
            qsizetype length = 1;
            builder.appendText(decodeEntity(html, i, &length));
            i += length;
            continue;
        }
        const QChar next = i + 1 < html.size() ? html.at(i + 1) : QChar();
        const bool opensMarkup =
            c == QLatin1Char('<') && (next.isLetter() || next == QLatin1Char('/') ||
                                      next == QLatin1Char('!') || next == QLatin1Char('?'));
        if (!opensMarkup) {
            builder.appendChar(c);
            ++i;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        const qsizetype end = tagEnd(html, i);
        if (end < 0)
            break; // An unterminated tag hides the rest, as in a browser.
        const QString tag = html.mid(i + 1, end - i - 1);
        i = end + 1;
        if (next == QLatin1Char('!') || next == QLatin1Char('?'))
            continue;
        const QString name = tagName(tag);
        const bool closing = tag.trimmed().startsWith(QLatin1Char('/'));
        if (!closing && isRawContent(name)) {
            const qsizetype close =
                html.indexOf(QLatin1String("</") + name, i, Qt::CaseInsensitive);
            const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(QLatin1Char('>'), close);
            i = closeEnd < 0 ? html.size() : closeEnd + 1;
            continue;
        }
        if (const int lines = breakLinesFor(name); lines > 0)
            builder.appendBreak(lines);
    }
    return builder.result();
}

QString excerpt(const QString &plainText, int maxChars)
{
    const QString line = plainText.simplified();
    if (maxChars <= 0)
        return {};
    if (line.size() <= maxChars)
        return line;
    const QChar ellipsis(0x2026);
    qsizetype cut = maxChars - 1;
    // Do not split a surrogate pair.
    if (cut > 0 && line.at(cut - 1).isHighSurrogate())
        --cut;
    // Prefer a word boundary in the last quarter of the allowed length.
    const qsizetype space = line.lastIndexOf(QLatin1Char(' '), cut);
    if (space > cut - maxChars / 4 && space > 0)
        cut = space;
    QString result = line.left(cut);
    while (result.endsWith(QLatin1Char(' ')))
        result.chop(1);
    return result + ellipsis;
}

} // namespace HtmlText
