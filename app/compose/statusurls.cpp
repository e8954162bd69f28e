#include "compose/statusurls.h"

#include "compose/topleveldomains.h"

#include <QChar>
#include <QRegularExpression>
#include <QString>

#include <vector>

namespace {

constexpr qsizetype none = -1;

// twitter-text's DOMAIN_VALID_CHARS: anything but ASCII punctuation (the backslash
// excepted), spaces, controls, directional marks and the BOM/non-characters.
bool isDomainChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
               c == u'\\';
    switch (c) {
    case 0x85:
    case 0xA0:
    case 0x061C:
    case 0x1680:
    case 0x180E:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
    case 0xFFFE:
    case 0xFFFF:
        return false;
    default:
        // Spaces U+2000..U+200A and the directional marks; ZWSP, ZWNJ and ZWJ are allowed.
        return !(c >= 0x2000 && c <= 0x200A) && c != 0x200E && c != 0x200F &&
               !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069);
    }
}

bool isAsciiSpaceOrNel(char16_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85;
}

bool isLabelChar(char16_t c)
{
    return isDomainChar(c) || c == u'-' || c == u'_';
}

// valid_url_preceding_chars without its ^ alternative: a URL match starts with one
// character that is not a letter or digit (case-insensitively, so not K or ſ either), not
// @ $ # (or their fullwidth forms) and not a BOM or non-character.
bool canPrecede(char32_t c)
{
    if (c < 0x80)
        return !((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
                 c == U'@' || c == U'$' || c == U'#');
    return c != 0xFF20 && c != 0xFF03 && c != 0xFEFF && c != 0xFFFE && c != 0xFFFF && c != 0x212A &&
           c != 0x017F;
}

// A letter as the case-insensitive pattern sees it: ASCII letters in lower case, LONG S as
// s and KELVIN SIGN as k; 0 for anything else.
char16_t foldedLetter(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
        return char16_t(c | 0x20);
    if (c == 0x017F)
        return u's';
    return c == 0x212A ? u'k' : 0;
}

// ((?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)://): the length taken at `at`, or 0.
qsizetype protocolLength(QStringView text, qsizetype at)
{
    static const QLatin1String names[] = {
        QLatin1String("https"), QLatin1String("http"),   QLatin1String("dat"),
        QLatin1String("dweb"),  QLatin1String("ipfs"),   QLatin1String("ipns"),
        QLatin1String("ssb"),   QLatin1String("gopher"), QLatin1String("gemini"),
    };
    // Names are 3 to 6 letters; most positions fail on the first character that is
    // neither a letter nor the ":" of "://".
    const char16_t *s = text.utf16() + at;
    const qsizetype available = text.size() - at;
    char16_t name[6];
    qsizetype length = 0;
    while (length < 6 && length < available && (name[length] = foldedLetter(s[length])) != 0)
        ++length;
    if (length < 3 || length + 3 > available || s[length] != u':' || s[length + 1] != u'/' ||
        s[length + 2] != u'/')
        return 0;
    for (const QLatin1String &candidate : names) {
        if (candidate.size() == length && QStringView(name, length) == candidate)
            return length + 3;
    }
    return 0;
}

// The part of valid_url after the host and port: Mastodon's path (any non-space
// characters but <>()?, balanced parentheses, not ending in punctuation) and query.
const QRegularExpression &pathAndQuery()
{
    static const QRegularExpression pattern = [] {
        const QString space = QStringLiteral(
            "\\x{9}-\\x{D}\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}"
            "\\x{202F}\\x{205F}\\x{3000}");
        const QString latinAccents = QStringLiteral(
            "\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}\\x{100}-\\x{24F}\\x{253}\\x{254}"
            "\\x{256}\\x{257}\\x{259}\\x{25B}\\x{263}\\x{268}\\x{26F}\\x{272}\\x{289}\\x{28B}"
            "\\x{2BB}\\x{300}-\\x{36F}\\x{1E00}-\\x{1EFF}");
        const QString uchars = QStringLiteral(
            "\\x{A0}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}\\x{10000}-\\x{1FFFD}"
            "\\x{20000}-\\x{2FFFD}\\x{30000}-\\x{3FFFD}\\x{40000}-\\x{4FFFD}\\x{50000}-\\x{5FFFD}"
            "\\x{60000}-\\x{6FFFD}\\x{70000}-\\x{7FFFD}\\x{80000}-\\x{8FFFD}\\x{90000}-\\x{9FFFD}"
            "\\x{A0000}-\\x{AFFFD}\\x{B0000}-\\x{BFFFD}\\x{C0000}-\\x{CFFFD}\\x{D0000}-\\x{DFFFD}"
            "\\x{E1000}-\\x{EFFFD}\\x{E000}-\\x{F8FF}\\x{F0000}-\\x{FFFFD}\\x{100000}-\\x{10FFFD}");
        // Mastodon's valid_general_url_path_chars and valid_url_balanced_parens.
        const QString general = QStringLiteral("[^") + space + QStringLiteral("<>()?]");
        const QString parens = QStringLiteral("\\((?:") + general + QStringLiteral("+|") + general +
                               QStringLiteral("*\\(") + general + QStringLiteral("+\\)") + general +
                               QStringLiteral("*)\\)");
        // Mastodon redefines the path ending before the parentheses, so an ending in
        // parentheses still uses twitter-text's own, narrower, path characters.
        const QString oldGeneral = QStringLiteral("[a-z\\p{sc:Cyrillic}0-9!*';:=+,.$/%#\\[\\]"
                                                  "\\p{Pd}_~&|@") +
                                   latinAccents + QStringLiteral("]");
        const QString oldParens = QStringLiteral("\\((?:") + oldGeneral + QStringLiteral("+|") +
                                  oldGeneral + QStringLiteral("*\\(") + oldGeneral +
                                  QStringLiteral("+\\)") + oldGeneral + QStringLiteral("*)\\)");
        const QString ending = QStringLiteral("(?:[^") + space +
                               QStringLiteral("()?!*\"'\\x{300C}\\x{300D}<>;:=,.$%\\[\\]~&|@]|") +
                               oldParens + QStringLiteral(")");
        const QString path = QStringLiteral("(?:") + general + QStringLiteral("*(?:") + parens +
                             general + QStringLiteral("*)*") + ending + QStringLiteral("|") +
                             general + QStringLiteral("+/)");
        const QString queryChar = QStringLiteral("[a-z0-9!?*'();:&=+$/%#\\[\\]\\-_.,~|@\\^") +
                                  uchars + QStringLiteral("]");
        const QString queryEnd = QStringLiteral("[a-z0-9_&=#/\\-") + uchars + QStringLiteral("]");
        // Anchored with \G: an anchoring match option would take it off PCRE2's JIT.
        return QRegularExpression(QStringLiteral("\\G(?:/") + path + QStringLiteral("*)?(?:\\?") +
                                      queryChar + QStringLiteral("*") + queryEnd +
                                      QStringLiteral(")?"),
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    return pattern;
}

// --- Host validity: twitter-text's is_valid_domain, which runs IDN::Idna.toASCII (libidn,
// IDNA2003 with Unicode 3.2 and no unassigned code points) and fails the URL on any error
// or when the URL would grow past 4096 characters.

bool isRightToLeft(char32_t c)
{
    const QChar::Direction direction = QChar::direction(c);
    return direction == QChar::DirR || direction == QChar::DirAL;
}

// RFC 3454 table B.1: removed before anything else.
bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) ||
           (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) ||
           c == 0xFEFF;
}

// Nameprep's prohibited output (RFC 3454 C.1.2 to C.9) for what can be in a host label.
bool isProhibited(char32_t c)
{
    return (c >= 0x80 && c <= 0x9F) || c == 0x0340 || c == 0x0341 || c == 0x06DD || c == 0x070F ||
           c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x2063) ||
           (c >= 0x206A && c <= 0x206F) || (c >= 0x2FF0 && c <= 0x2FFB) || c == 0x3000 ||
           (c >= 0xD800 && c <= 0xF8FF) || (c >= 0xFDD0 && c <= 0xFDEF) ||
           (c >= 0xFFF9 && c <= 0xFFFD) || (c & 0xFFFE) == 0xFFFE ||
           (c >= 0x1D173 && c <= 0x1D17A) || c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F) ||
           c >= 0xF0000;
}

char16_t punycodeDigit(quint32 d)
{
    return char16_t(d < 26 ? u'a' + d : u'0' + (d - 26));
}

quint32 adaptBias(quint32 delta, quint32 points, bool first)
{
    delta = first ? delta / 700 : delta / 2;
    delta += delta / points;
    quint32 k = 0;
    while (delta > ((36 - 1) * 26) / 2) {
        delta /= 36 - 1;
        k += 36;
    }
    return k + (36 * delta) / (delta + 38);
}

// RFC 3492 encoding; the caller only needs how long the result is.
qsizetype punycodeLength(const QList<uint> &input)
{
    QString output;
    for (char32_t c : input) {
        if (c < 0x80)
            output.append(QChar(char16_t(c)));
    }
    const quint32 basic = quint32(output.size());
    quint32 handled = basic;
    if (basic > 0)
        output.append(QLatin1Char('-'));
    quint64 n = 128;
    quint64 delta = 0;
    quint32 bias = 72;
    while (handled < quint32(input.size())) {
        quint64 next = 0x110000;
        for (char32_t c : input) {
            if (c >= n && c < next)
                next = c;
        }
        delta += (next - n) * (handled + 1);
        n = next;
        for (char32_t c : input) {
            if (c < n)
                ++delta;
            if (c != n)
                continue;
            quint64 q = delta;
            for (quint32 k = 36;; k += 36) {
                const quint32 t = k <= bias ? 1 : (k >= bias + 26 ? 26 : k - bias);
                if (q < t)
                    break;
                output.append(QChar(punycodeDigit(quint32(t + (q - t) % (36 - t)))));
                q = (q - t) / (36 - t);
            }
            output.append(QChar(punycodeDigit(quint32(q))));
            bias = adaptBias(quint32(delta), handled + 1, handled == basic);
            delta = 0;
            ++handled;
        }
        ++delta;
        ++n;
    }
    return output.size();
}

// The length of one label after ToASCII, or none when ToASCII fails on it.
qsizetype asciiLabelLength(QStringView label)
{
    bool ascii = true;
    for (QChar c : label)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return label.size() >= 1 && label.size() <= 63 ? label.size() : none;

    QString kept;
    for (char32_t c : label.toString().toUcs4()) {
        if (!isMappedToNothing(c))
            kept.append(QString::fromUcs4(&c, 1));
    }
    const QList<uint> mapped =
        kept.toCaseFolded().normalized(QString::NormalizationForm_KC, QChar::Unicode_3_2).toUcs4();
    bool hasRightToLeft = false;
    bool hasLeftToRight = false;
    bool allAscii = true;
    for (char32_t c : mapped) {
        const QChar::UnicodeVersion version = QChar::unicodeVersion(c);
        if (isProhibited(c) || version == QChar::Unicode_Unassigned || version > QChar::Unicode_3_2)
            return none;
        hasRightToLeft = hasRightToLeft || isRightToLeft(c);
        hasLeftToRight = hasLeftToRight || QChar::direction(c) == QChar::DirL;
        allAscii = allAscii && c < 0x80;
    }
    if (hasRightToLeft &&
        (hasLeftToRight || !isRightToLeft(mapped.first()) || !isRightToLeft(mapped.last())))
        return none;
    qsizetype length = mapped.size();
    if (!allAscii) {
        // ToASCII refuses a non-ASCII label that already carries the ACE prefix.
        if (mapped.size() >= 4 && QChar::toLower(mapped.at(0)) == U'x' &&
            QChar::toLower(mapped.at(1)) == U'n' && mapped.at(2) == U'-' && mapped.at(3) == U'-')
            return none;
        length = 4 + punycodeLength(mapped);
    }
    return length >= 1 && length <= 63 ? length : none;
}

bool isLabelSeparator(QChar c)
{
    // IDNA treats the ideographic and fullwidth full stops as dots too.
    return c == QLatin1Char('.') || c.unicode() == 0x3002 || c.unicode() == 0xFF0E ||
           c.unicode() == 0xFF61;
}

qsizetype codePoints(QStringView text)
{
    qsizetype count = text.size();
    for (QChar c : text)
        count -= c.isLowSurrogate() ? 1 : 0;
    return count;
}

bool isValidHost(QStringView host, QStringView url)
{
    qsizetype encoded = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i < host.size() && !isLabelSeparator(host[i]))
            continue;
        const QStringView label = host.sliced(start, i - start);
        if (label.isEmpty()) {
            // Only a final, empty root label is allowed.
            if (i < host.size())
                return false;
        } else {
            const qsizetype length = asciiLabelLength(label);
            if (length == none)
                return false;
            encoded += length + (i < host.size() ? 1 : 0);
        }
        start = i + 1;
    }
    qsizetype urlLength = codePoints(url);
    const qsizetype original = codePoints(host);
    if (encoded > original)
        urlLength += encoded - original;
    return urlLength <= 4096;
}

// Where the host that starts at each position ends (after its top-level domain), or none:
// valid_subdomain* valid_domain_name (valid_gTLD | valid_ccTLD | valid_punycode), with the
// backtracking order of the pattern (as many subdomain labels as can still end in a TLD).
class Hosts
{
public:
    explicit Hosts(QStringView text)
        : m_hostEnd(std::size_t(text.size()) + 1, none)
    {
        const char16_t *s = text.utf16();
        const qsizetype n = text.size();
        qsizetype *hostEnd = m_hostEnd.data();
        // For the position being looked at: where its run of label characters ends, where
        // the next underscore is, and the last top-level domain looked up.
        qsizetype labelEnd = n;
        qsizetype nextUnderscore = n;
        qsizetype tldAt = none;
        qsizetype tldLength = 0;
        for (qsizetype i = n - 1; i >= 0; --i) {
            const char16_t c = s[i];
            if (!isLabelChar(c)) {
                labelEnd = i;
                continue;
            }
            if (c == u'_')
                nextUnderscore = i;
            // A label starts and ends with a domain character and is followed by a dot.
            if (labelEnd >= n || s[labelEnd] != u'.' || !isDomainChar(c) ||
                !isDomainChar(s[labelEnd - 1]))
                continue;
            const qsizetype next = labelEnd + 1;
            // As a subdomain (underscores allowed), with the rest of the host after it...
            if (hostEnd[next] != none) {
                hostEnd[i] = hostEnd[next];
                continue;
            }
            // ...or as the domain name (no underscore) right before the top-level domain.
            if (nextUnderscore < labelEnd)
                continue;
            if (tldAt != next) {
                tldAt = next;
                tldLength = TopLevelDomains::matchLength(text.sliced(next));
            }
            if (tldLength > 0)
                hostEnd[i] = next + tldLength;
        }
    }

    // Where the host starting at `at` ends, or none.
    [[nodiscard]] qsizetype hostEnd(qsizetype at) const { return m_hostEnd[std::size_t(at)]; }

private:
    std::vector<qsizetype> m_hostEnd;
};

struct Match
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype hostStart = 0;
    qsizetype hostEnd = 0;
    bool hasProtocol = false;
};

// valid_url from the URL part on (protocol, host, port, path, query), anchored at `at`.
bool matchUrlAt(QStringView text, const Hosts &hosts, qsizetype at, Match *match)
{
    if (at >= text.size())
        return false;
    qsizetype host = at + protocolLength(text, at);
    if (host >= text.size())
        return false;
    qsizetype end = hosts.hostEnd(host);
    // Without the protocol the host would start on the protocol's letters, which are
    // followed by ":" rather than a dot, so there is nothing else to try.
    if (end == none)
        return false;
    match->start = at;
    match->hostStart = host;
    match->hostEnd = end;
    match->hasProtocol = host > at;
    if (end + 1 < text.size() && text[end] == QLatin1Char(':') && text[end + 1].isDigit() &&
        text[end + 1].unicode() < 0x80) {
        end += 2;
        while (end < text.size() && text[end].unicode() >= u'0' && text[end].unicode() <= u'9')
            ++end;
    }
    match->end = end;
    // A path starts with "/" and a query with "?"; anything else ends the URL here.
    if (end < text.size() && (text[end] == QLatin1Char('/') || text[end] == QLatin1Char('?'))) {
        // Neither takes ASCII white space or NEL (the query takes other spaces), so the
        // pattern only needs to see up to there. PCRE2 checks that its whole subject is valid
        // UTF-16 on every call, and a 5,000-character subject per URL would be costly.
        qsizetype stop = end;
        while (stop < text.size() && !isAsciiSpaceOrNel(text[stop].unicode()))
            ++stop;
        const QRegularExpressionMatch tail = pathAndQuery().match(text.sliced(end, stop - end));
        if (tail.hasMatch())
            match->end = end + tail.capturedLength();
    }
    return true;
}

// A cheap test that rules out most positions: a match starts with a host or a protocol,
// and every protocol starts with one of these letters (or LONG S, as the case-insensitive
// pattern sees s).
bool mayStartUrl(const char16_t *s, qsizetype n, const Hosts &hosts, qsizetype at)
{
    if (at >= n)
        return false;
    if (hosts.hostEnd(at) != none)
        return true;
    switch (s[at]) {
    case u'd':
    case u'g':
    case u'h':
    case u'i':
    case u's':
    case u'D':
    case u'G':
    case u'H':
    case u'I':
    case u'S':
    case 0x017F:
        return true;
    default:
        return false;
    }
}

// The leftmost next match of valid_url at or after `from`, as String#scan finds it.
bool nextMatch(QStringView text, const Hosts &hosts, qsizetype from, Match *match)
{
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype p = from; p < n;) {
        char32_t c = s[p];
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && p + 1 < n && QChar::isLowSurrogate(s[p + 1])) {
            c = QChar::surrogateToUcs4(s[p], s[p + 1]);
            width = 2;
        }
        // The preceding character is part of the match; ^ (after a newline or at the very
        // start) is tried after it.
        if (canPrecede(c) && mayStartUrl(s, n, hosts, p + width) &&
            matchUrlAt(text, hosts, p + width, match))
            return true;
        if ((p == 0 || s[p - 1] == u'\n') && mayStartUrl(s, n, hosts, p) &&
            matchUrlAt(text, hosts, p, match))
            return true;
        p += width;
    }
    return false;
}

} // namespace

QList<StatusUrls::Url> StatusUrls::find(QStringView text)
{
    QList<Url> urls;
    // Without "://" nothing can have a protocol, and only those are kept.
    if (!text.contains(QLatin1String("://")))
        return urls;
    static const QRegularExpression tco(QStringLiteral("^https?://t\\.co/([a-z0-9]+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    const Hosts hosts(text);
    Match match;
    for (qsizetype from = 0; nextMatch(text, hosts, from, &match); from = match.end) {
        if (!match.hasProtocol)
            continue;
        qsizetype end = match.end;
        // t.co links end after their slug (and longer slugs are no link).
        const QStringView host = text.sliced(match.hostStart, match.hostEnd - match.hostStart);
        if (host.compare(QLatin1String("t.co"), Qt::CaseInsensitive) == 0) {
            const QRegularExpressionMatch shortLink =
                tco.match(text.sliced(match.start, end - match.start));
            if (shortLink.hasMatch()) {
                if (shortLink.capturedLength(1) > 40)
                    continue;
                end = match.start + shortLink.capturedLength();
            }
        }
        if (!isValidHost(host, text.sliced(match.start, end - match.start)))
            continue;
        urls.append(Url{match.start, end});
    }
    return urls;
}
