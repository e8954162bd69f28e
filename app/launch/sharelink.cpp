#include "sharelink.h"

#include <QByteArray>
#include <QByteArrayList>

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

char16_t codeUnit(char c)
{
    return static_cast<uchar>(c);
}

char16_t codeUnit(QChar c)
{
    return c.unicode();
}

// A QByteArray or a QString.
template<typename Text>
bool startsPercentEscape(const Text &text, qsizetype i)
{
    return codeUnit(text.at(i)) == u'%' && i + 2 < text.size() &&
           hexValue(codeUnit(text.at(i + 1))) >= 0 && hexValue(codeUnit(text.at(i + 2))) >= 0;
}

// Addressable::URI.unencode_component: each %hh becomes its byte; anything else, a '%'
// without two hex digits included, stays as written. '+' stays a plus: since
// Addressable 2.8.0 query_values turns it into a space only for http and https, and
// Mastodon's /intent parses web+mastodon links with it.
QByteArray percentDecoded(const QByteArray &encoded)
{
    QByteArray decoded;
    decoded.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (startsPercentEscape(encoded, i)) {
            decoded.append(static_cast<char>(hexValue(codeUnit(encoded.at(i + 1))) * 16 +
                                             hexValue(codeUnit(encoded.at(i + 2)))));
            i += 2;
        } else {
            decoded.append(encoded.at(i));
        }
    }
    return decoded;
}

// One parameter as Addressable's query_values gives it: the last pair with this name
// wins, and a pair without '=' has no value at all.
QString parameter(const QByteArray &query, const QByteArray &name)
{
    QByteArray value;
    const QByteArrayList pairs = query.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (percentDecoded(pair.left(equals < 0 ? pair.size() : equals)) != name)
            continue;
        value = equals < 0 ? QByteArray() : percentDecoded(pair.mid(equals + 1));
    }
    // Mastodon answers 400 to a text that is not UTF-8; a post with U+FFFD where the
    // broken bytes were is more use to the user than no post.
    return ShareLink::withoutControlCharacters(QString::fromUtf8(value));
}

} // namespace

std::optional<QString> ShareLink::text(const QUrl &link)
{
    if (!link.isValid() || link.scheme().compare(u"web+mastodon", Qt::CaseInsensitive) != 0 ||
        link.host() != QLatin1String("share") || !link.hasQuery())
        return std::nullopt;
    // Fully encoded, the query still tells a '&' or '=' that separates from one that is
    // part of a value, and "%2B" from '+'.
    const QByteArray query = link.query(QUrl::FullyEncoded).toLatin1();
    const QString text = parameter(query, QByteArrayLiteral("text"));
    const QString url = parameter(query, QByteArrayLiteral("url"));
    if (text.isEmpty() && url.isEmpty())
        return std::nullopt;
    if (text.isEmpty())
        return url;
    if (url.isEmpty())
        return text;
    return QString(text + u' ' + url);
}

QUrl ShareLink::fromArgument(const QString &argument)
{
    QString escaped;
    escaped.reserve(argument.size());
    for (qsizetype i = 0; i < argument.size(); ++i) {
        if (argument.at(i) == u'%' && !startsPercentEscape(argument, i))
            escaped.append(QLatin1String("%25"));
        else
            escaped.append(argument.at(i));
    }
    return QUrl(escaped);
}

bool ShareLink::looksLikeShareLink(const QString &argument)
{
    return argument.startsWith(u"web+mastodon:", Qt::CaseInsensitive);
}

QString ShareLink::withoutControlCharacters(const QString &text)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Control || c == u'\n' || c == u'\t')
            kept.append(c);
    }
    return kept;
}
