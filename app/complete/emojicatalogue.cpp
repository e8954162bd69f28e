#include "emojicatalogue.h"

#include "completionlog.h"

#include <QFile>

#include <algorithm>

namespace {

bool isSkinTone(char32_t codePoint)
{
    return codePoint >= 0x1F3FB && codePoint <= 0x1F3FF;
}

QString normalisedQuery(const QString &query)
{
    QString text = query.toLower();
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

EmojiCatalogue::EmojiCatalogue()
    : m_unicode(systemUnicodeEmoji())
{}

EmojiCatalogue::EmojiCatalogue(QList<UnicodeEmoji> unicode)
    : m_unicode(std::move(unicode))
{}

QString EmojiCatalogue::systemDataPath()
{
    return QStringLiteral("/usr/share/unicode/emoji/emoji-test.txt");
}

QList<UnicodeEmoji> EmojiCatalogue::systemUnicodeEmoji()
{
    static const QList<UnicodeEmoji> emoji = readEmojiTest(systemDataPath());
    return emoji;
}

QList<UnicodeEmoji> EmojiCatalogue::readEmojiTest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // Custom emoji still work; Unicode ones need the data package.
        qCWarning(lcCompletion).noquote()
            << "no Unicode emoji names:" << path << file.errorString();
        return {};
    }
    return parseEmojiTest(file.readAll());
}

QList<UnicodeEmoji> EmojiCatalogue::parseEmojiTest(const QByteArray &data)
{
    // Lines look like
    //   # group: Smileys & Emotion
    //   1F44D 1F3FD ; fully-qualified # 👍🏽 E1.0 thumbs up: medium skin tone
    QList<UnicodeEmoji> emoji;
    QString group;
    QString subgroup;
    for (const QByteArray &rawLine : data.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith("# group:")) {
            group = QString::fromUtf8(line.mid(8).trimmed());
            continue;
        }
        if (line.startsWith("# subgroup:")) {
            subgroup = QString::fromUtf8(line.mid(11).trimmed());
            continue;
        }
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype semicolon = line.indexOf(';');
        const qsizetype hash = line.indexOf('#', semicolon);
        if (semicolon < 0 || hash < 0)
            continue;
        if (line.mid(semicolon + 1, hash - semicolon - 1).trimmed() != "fully-qualified")
            continue;
        UnicodeEmoji entry;
        bool valid = true;
        for (const QByteArray &hex : line.left(semicolon).simplified().split(' ')) {
            bool ok = false;
            const auto codePoint = char32_t(hex.toUInt(&ok, 16));
            if (!ok || codePoint > 0x10FFFF) {
                valid = false;
                break;
            }
            entry.skinToned = entry.skinToned || isSkinTone(codePoint);
            entry.text += QString::fromUcs4(&codePoint, 1);
        }
        // After the `#`: the emoji, its version ("E1.0"), then the name.
        const QList<QByteArray> words = line.mid(hash + 1).simplified().split(' ');
        if (!valid || entry.text.isEmpty() || words.size() < 3 || !words.at(1).startsWith('E'))
            continue;
        entry.name = QString::fromUtf8(words.mid(2).join(' '));
        entry.group = group;
        entry.subgroup = subgroup;
        emoji.append(entry);
    }
    return emoji;
}

void EmojiCatalogue::setCustomEmoji(const QList<CustomEmoji> &emoji)
{
    m_custom = emoji;
}

QList<CustomEmoji> EmojiCatalogue::findCustom(const QString &query, int limit) const
{
    QList<CustomEmoji> found;
    if (query.isEmpty())
        return found;
    for (const CustomEmoji &emoji : m_custom) {
        if (emoji.visibleInPicker && emoji.shortcode.contains(query, Qt::CaseInsensitive))
            found.append(emoji);
    }
    std::stable_sort(found.begin(), found.end(),
                     [&query](const CustomEmoji &a, const CustomEmoji &b) {
                         const bool startA = a.shortcode.startsWith(query, Qt::CaseInsensitive);
                         const bool startB = b.shortcode.startsWith(query, Qt::CaseInsensitive);
                         if (startA != startB)
                             return startA;
                         return a.shortcode.compare(b.shortcode, Qt::CaseInsensitive) < 0;
                     });
    return found.mid(0, limit);
}

QList<UnicodeEmoji> EmojiCatalogue::findUnicode(const QString &query, int limit) const
{
    const QString wanted = normalisedQuery(query);
    if (wanted.isEmpty())
        return {};
    // Three passes keep the order of the file within each rank, which is Unicode's own
    // order (the most common emoji of a kind come first).
    QList<const UnicodeEmoji *> starts;
    QList<const UnicodeEmoji *> wordStarts;
    QList<const UnicodeEmoji *> contains;
    const QString wordStart = QLatin1Char(' ') + wanted;
    for (const UnicodeEmoji &emoji : m_unicode) {
        if (emoji.skinToned)
            continue;
        const QString name = emoji.name.toLower();
        if (name.startsWith(wanted))
            starts.append(&emoji);
        else if (name.contains(wordStart))
            wordStarts.append(&emoji);
        else if (name.contains(wanted))
            contains.append(&emoji);
    }
    QList<UnicodeEmoji> found;
    for (const QList<const UnicodeEmoji *> &rank : {starts, wordStarts, contains}) {
        for (const UnicodeEmoji *emoji : rank) {
            if (found.size() >= limit)
                return found;
            found.append(*emoji);
        }
    }
    return found;
}
