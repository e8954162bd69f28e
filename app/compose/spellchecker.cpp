#include "compose/spellchecker.h"

#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>

#include <enchant.h>

#include <map>

Q_LOGGING_CATEGORY(lcSpelling, "posthorn.compose.spelling")

namespace {

// Enchant's broker and dictionaries are not thread-safe; every call goes through this.
QMutex &enchantMutex()
{
    static QMutex mutex;
    return mutex;
}

// Made once and kept for the life of the process: asking Enchant for its providers
// loads their plugins, which is not worth repeating.
EnchantBroker *broker()
{
    static EnchantBroker *const instance = enchant_broker_init();
    return instance;
}

// Typographic apostrophes are how people type "don't" on many keyboards; not every
// dictionary knows that form.
QByteArray enchantWord(QStringView word)
{
    QString plain = word.toString();
    plain.replace(QChar(0x2019), QLatin1Char('\''));
    return plain.toUtf8();
}

} // namespace

// One loaded Enchant dictionary and what it has said about words so far.
class SpellDictionary final
{
public:
    SpellDictionary(QString name, EnchantDict *dict)
        : m_name(std::move(name))
        , m_dict(dict)
    {}
    ~SpellDictionary() { enchant_broker_free_dict(broker(), m_dict); }
    Q_DISABLE_COPY_MOVE(SpellDictionary)

    [[nodiscard]] const QString &name() const { return m_name; }

    // Called with enchantMutex() held.
    bool isCorrect(QStringView word)
    {
        const QString key = word.toString();
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.cend())
            return *cached;
        const QByteArray utf8 = enchantWord(word);
        const bool correct = enchant_dict_check(m_dict, utf8.constData(), utf8.size()) == 0;
        // A bound that a long session of writing does not reach; past it, start over.
        if (m_cache.size() > 100000)
            m_cache.clear();
        m_cache.insert(key, correct);
        return correct;
    }

    QStringList suggestions(QStringView word, int max)
    {
        const QByteArray utf8 = enchantWord(word);
        size_t count = 0;
        char **list = enchant_dict_suggest(m_dict, utf8.constData(), utf8.size(), &count);
        QStringList result;
        for (size_t i = 0; list && i < count && result.size() < max; ++i)
            result.append(QString::fromUtf8(list[i]));
        if (list)
            enchant_dict_free_string_list(m_dict, list);
        return result;
    }

    void add(QStringView word, bool persistent)
    {
        const QByteArray utf8 = enchantWord(word);
        if (persistent)
            enchant_dict_add(m_dict, utf8.constData(), utf8.size());
        else
            enchant_dict_add_to_session(m_dict, utf8.constData(), utf8.size());
        m_cache.insert(word.toString(), true);
    }

private:
    QString m_name;
    EnchantDict *m_dict;
    QHash<QString, bool> m_cache;
};

namespace {

// Loaded dictionaries by name, while some checker uses them. Called with enchantMutex().
std::shared_ptr<SpellDictionary> sharedDictionary(const QString &name)
{
    static std::map<QString, std::weak_ptr<SpellDictionary>> loaded;
    if (std::shared_ptr<SpellDictionary> existing = loaded[name].lock())
        return existing;
    EnchantDict *dict = enchant_broker_request_dict(broker(), name.toUtf8().constData());
    if (!dict) {
        qCWarning(lcSpelling) << "Enchant could not load the dictionary" << name
                              << enchant_broker_get_error(broker());
        return nullptr;
    }
    auto dictionary = std::make_shared<SpellDictionary>(name, dict);
    loaded[name] = dictionary;
    return dictionary;
}

void collectTag(const char *const tag, const char *const, const char *const, const char *const,
                void *userData)
{
    auto *tags = static_cast<QStringList *>(userData);
    const QString name = QString::fromUtf8(tag);
    if (!tags->contains(name))
        tags->append(name);
}

} // namespace

SpellChecker::SpellChecker() = default;

SpellChecker::~SpellChecker()
{
    const QMutexLocker locker(&enchantMutex());
    m_dictionary.reset();
}

bool SpellChecker::setLanguage(const QString &language)
{
    if (language == m_language)
        return hasDictionary();
    m_language = language;
    const QString name =
        language.isEmpty() ? QString() : dictionaryFor(language, installedDictionaries());
    const QMutexLocker locker(&enchantMutex());
    m_dictionary = name.isEmpty() ? nullptr : sharedDictionary(name);
    return m_dictionary != nullptr;
}

void SpellChecker::swap(SpellChecker &other)
{
    const QMutexLocker locker(&enchantMutex());
    std::swap(m_language, other.m_language);
    std::swap(m_dictionary, other.m_dictionary);
}

QString SpellChecker::dictionaryName() const
{
    return m_dictionary ? m_dictionary->name() : QString();
}

bool SpellChecker::isCorrect(QStringView word) const
{
    if (!m_dictionary)
        return true;
    const QMutexLocker locker(&enchantMutex());
    return m_dictionary->isCorrect(word);
}

QStringList SpellChecker::suggestions(QStringView word, int max) const
{
    if (!m_dictionary)
        return {};
    const QMutexLocker locker(&enchantMutex());
    return m_dictionary->suggestions(word, max);
}

void SpellChecker::addToDictionary(QStringView word)
{
    if (!m_dictionary || word.isEmpty())
        return;
    const QMutexLocker locker(&enchantMutex());
    m_dictionary->add(word, true);
}

void SpellChecker::ignore(QStringView word)
{
    if (!m_dictionary || word.isEmpty())
        return;
    const QMutexLocker locker(&enchantMutex());
    m_dictionary->add(word, false);
}

QStringList SpellChecker::installedDictionaries()
{
    QStringList tags;
    const QMutexLocker locker(&enchantMutex());
    enchant_broker_list_dicts(broker(), collectTag, &tags);
    tags.sort();
    return tags;
}

QString SpellChecker::dictionaryFor(const QString &language, const QStringList &installed)
{
    QString wanted = language;
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString base = wanted.section(QLatin1Char('_'), 0, 0).toLower();
    // A bare "en" is Aspell's dictionary of every English at once: slower to load and
    // larger than a region's.
    if (wanted != base && installed.contains(wanted))
        return wanted;
    const QLocale system = QLocale::system();
    const QStringList preferred{
        base + QLatin1Char('_') + QLocale::territoryToCode(system.territory()),
        base + QLatin1Char('_') + base.toUpper(),
        base == QLatin1String("en") ? QStringLiteral("en_US") : QString(),
    };
    if (QLocale::languageToCode(system.language(), QLocale::ISO639Part1) == base &&
        installed.contains(preferred.at(0)))
        return preferred.at(0);
    for (qsizetype i = 1; i < preferred.size(); ++i) {
        if (!preferred.at(i).isEmpty() && installed.contains(preferred.at(i)))
            return preferred.at(i);
    }
    if (installed.contains(base))
        return base;
    for (const QString &name : installed) {
        if (name.startsWith(base + QLatin1Char('_')))
            return name;
    }
    return {};
}
