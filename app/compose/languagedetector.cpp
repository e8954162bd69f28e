#include "compose/languagedetector.h"

#include "compose/cld2library.h"
#include "compose/textentities.h"

namespace {

// CLD2 still uses some retired ISO 639 codes, and names Chinese by its scripts.
QString mastodonCode(const QString &cld2Code)
{
    if (cld2Code == QLatin1String("iw"))
        return QStringLiteral("he");
    if (cld2Code == QLatin1String("jw"))
        return QStringLiteral("jv");
    if (cld2Code.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh");
    return cld2Code;
}

// Norwegian Bokmål and Nynorsk are one language to CLD2.
QString primary(const QString &code)
{
    const QString base = code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    return base == QLatin1String("nb") || base == QLatin1String("nn") ? QStringLiteral("no")
                                                                      : base.toLower();
}

} // namespace

LanguageDetector::Detection LanguageDetector::detect(QStringView text)
{
    const Cld2Library &cld2 = Cld2Library::instance();
    if (!cld2.isLoaded())
        return {};
    QString words;
    words.reserve(text.size());
    qsizetype from = 0;
    for (const TextEntities::Entity &entity : TextEntities::find(text)) {
        words.append(text.sliced(from, entity.start - from));
        words.append(QLatin1Char(' '));
        from = entity.end;
    }
    words.append(text.sliced(from));
    const QByteArray utf8 = words.toUtf8();

    CLD2::Language languages[3];
    int percents[3] = {0, 0, 0};
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language language = cld2.detectLanguageSummary(
        utf8.constData(), int(utf8.size()), true, languages, percents, &textBytes, &reliable);
    Detection detection;
    if (language != CLD2::UNKNOWN_LANGUAGE)
        detection.language = mastodonCode(QString::fromLatin1(cld2.languageCode(language)));
    detection.reliable = reliable;
    detection.percent = languages[0] == language ? percents[0] : 0;
    detection.letterBytes = textBytes;
    return detection;
}

QString LanguageDetector::clearlyOther(QStringView text, const QString &picked)
{
    const Detection detection = detect(text);
    if (detection.language.isEmpty() || !detection.reliable || detection.percent < minimumPercent ||
        detection.letterBytes < minimumLetterBytes)
        return {};
    if (primary(detection.language) == primary(picked))
        return {};
    return detection.language;
}
