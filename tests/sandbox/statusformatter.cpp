#include "statusformatter.h"

#include "directory.h"
#include "statuslength.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

// ERB::Util.h, which Mastodon escapes with: the apostrophe too.
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

struct Entity
{
    enum Kind { Url, Hashtag, Mention };
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Url;
};

// Tag::HASHTAG_RE: a hashtag needs a letter, may hold the separators _ · ・ and ZWNJ, but
// not end in one; it may not follow a letter, digit, = / or ).
const QRegularExpression &hashtagPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![=/)\\p{Alpha}\\p{Nd}])[#\\x{FF03}]("
        "[\\p{Alpha}\\p{M}\\p{Nd}\\p{Pc}]"
        "[\\p{Alpha}\\p{M}\\p{Nd}\\p{Pc}\\x{B7}\\x{30FB}\\x{200C}]*"
        "[\\p{Alpha}\\x{B7}\\x{30FB}\\x{200C}_]"
        "[\\p{Alpha}\\p{M}\\p{Nd}\\p{Pc}\\x{B7}\\x{30FB}\\x{200C}]*"
        "[\\p{Alpha}\\p{M}\\p{Nd}\\p{Pc}]"
        "|[\\p{Alpha}\\p{M}\\p{Nd}\\p{Pc}]*\\p{Alpha}[\\p{Alpha}\\p{M}\\p{Nd}\\p{Pc}]*)"));
    return pattern;
}

QList<Entity> entitiesOf(const QString &text)
{
    QList<Entity> entities;
    for (const StatusLength::Span &span : StatusLength::urlSpans(text))
        entities.append({span.start, span.end, Entity::Url});
    auto hashtags = hashtagPattern().globalMatch(text);
    while (hashtags.hasNext()) {
        const auto match = hashtags.next();
        entities.append({match.capturedStart(0), match.capturedEnd(1), Entity::Hashtag});
    }
    for (const StatusLength::Span &span : StatusLength::mentionSpans(text))
        entities.append({span.start, span.end, Entity::Mention});
    // Extractor#remove_overlapping_entities: by position, the first of two overlapping wins.
    std::stable_sort(entities.begin(), entities.end(),
                     [](const Entity &a, const Entity &b) { return a.start < b.start; });
    QList<Entity> kept;
    for (const Entity &entity : std::as_const(entities)) {
        if (kept.isEmpty() || kept.last().end <= entity.start)
            kept.append(entity);
    }
    return kept;
}

// simple_format as TextFormatter applies it: paragraphs on blank lines, <br /> on single
// newlines, the newlines themselves removed.
QString paragraphs(const QString &html)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    const QStringList parts = html.split(blankLines, Qt::SkipEmptyParts);
    QString out;
    for (const QString &part : parts)
        out += QStringLiteral("<p>") +
               QString(part).replace(QLatin1Char('\n'), QStringLiteral("<br />")) +
               QStringLiteral("</p>");
    return out;
}

} // namespace

StatusFormatter::StatusFormatter(const Directory &directory, const QString &origin)
    : m_directory(directory)
    , m_origin(origin)
{}

QString StatusFormatter::urlLink(const QString &url) const
{
    // TextFormatter.shortened_link: the scheme (and www.) hidden, 30 characters shown, the
    // rest hidden behind an ellipsis. Ruby counts code points.
    static const QRegularExpression prefixPattern(QStringLiteral("\\A(https?://(www\\.)?|xmpp:)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    const QString prefix = prefixPattern.match(url).captured(0);
    const QList<uint> rest = url.mid(prefix.size()).toUcs4();
    const QString display = QString::fromUcs4(reinterpret_cast<const char32_t *>(rest.constData()),
                                              qMin<qsizetype>(rest.size(), 30));
    const QString suffix =
        rest.size() > 30
            ? QString::fromUcs4(reinterpret_cast<const char32_t *>(rest.constData()) + 30,
                                rest.size() - 30)
            : QString();
    return QStringLiteral("<a href=\"%1\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" "
                          "translate=\"no\"><span class=\"invisible\">%2</span><span "
                          "class=\"%3\">%4</span><span class=\"invisible\">%5</span></a>")
        .arg(escaped(url), escaped(prefix),
             rest.size() > 30 ? QStringLiteral("ellipsis") : QString(), escaped(display),
             escaped(suffix));
}

QString StatusFormatter::hashtagLink(const QString &hashtag) const
{
    const QString url =
        m_origin + QStringLiteral("/tags/") + QString::fromLatin1(QUrl::toPercentEncoding(hashtag));
    return QStringLiteral(
               "<a href=\"%1\" class=\"mention hashtag\" rel=\"tag\">#<span>%2</span></a>")
        .arg(escaped(url), escaped(hashtag));
}

StatusFormatter::Result StatusFormatter::format(const QString &source) const
{
    // The Status model strips the text before it is saved.
    const QString text = source.trimmed();
    const QList<Entity> entities = entitiesOf(text);
    const QString localHost = QUrl(m_origin).host();

    // Mentions first: which accounts they name decides how each is shown.
    QList<const Directory::Account *> mentioned(entities.size(), nullptr);
    QList<const Directory::Account *> accounts;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        if (entities.at(i).kind != Entity::Mention)
            continue;
        const QString handle =
            text.mid(entities.at(i).start + 1, entities.at(i).end - entities.at(i).start - 1);
        QString username = handle.section(QLatin1Char('@'), 0, 0);
        QString domain = handle.section(QLatin1Char('@'), 1);
        if (domain.compare(localHost, Qt::CaseInsensitive) == 0)
            domain.clear();
        const Directory::Account *account =
            m_directory.byAcct(domain.isEmpty() ? username : username + QLatin1Char('@') + domain);
        mentioned[i] = account;
        if (account && !accounts.contains(account))
            accounts.append(account);
    }

    Result result;
    QStringList tagNames;
    QString html;
    qsizetype index = 0;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const Entity &entity = entities.at(i);
        const QString source = text.mid(entity.start, entity.end - entity.start);
        html += escaped(text.mid(index, entity.start - index));
        index = entity.end;
        if (entity.kind == Entity::Url) {
            html += urlLink(source);
        } else if (entity.kind == Entity::Hashtag) {
            const QString hashtag = source.mid(1);
            html += hashtagLink(hashtag);
            const QString name = hashtag.toLower();
            if (!tagNames.contains(name)) {
                tagNames.append(name);
                const QString url = m_origin + QStringLiteral("/tags/") +
                                    QString::fromLatin1(QUrl::toPercentEncoding(name));
                result.tags.append(
                    QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("url"), url}});
            }
        } else if (const Directory::Account *account = mentioned.at(i)) {
            // The full handle only where another mentioned account shares the username.
            const bool ambiguous = std::any_of(
                accounts.cbegin(), accounts.cend(), [account](const Directory::Account *other) {
                    return other != account &&
                           other->username.compare(account->username, Qt::CaseInsensitive) == 0;
                });
            const QString url =
                m_directory.toJson(*account, m_origin).value(QStringLiteral("url")).toString();
            html +=
                QStringLiteral("<span class=\"h-card\" translate=\"no\"><a href=\"%1\" "
                               "class=\"u-url mention\">@<span>%2</span></a></span>")
                    .arg(escaped(url), escaped(ambiguous ? account->acct() : account->username));
        } else {
            html += escaped(source);
        }
    }
    html += escaped(text.mid(index));
    result.html = paragraphs(html);

    for (const Directory::Account *account : std::as_const(accounts)) {
        result.mentions.append(QJsonObject{
            {QStringLiteral("id"), account->id},
            {QStringLiteral("username"), account->username},
            {QStringLiteral("url"),
             m_directory.toJson(*account, m_origin).value(QStringLiteral("url"))},
            {QStringLiteral("acct"), account->acct()},
        });
    }
    return result;
}
