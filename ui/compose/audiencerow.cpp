#include "audiencerow.h"

#include "text/plainlabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>

namespace {

struct VisibilityChoice
{
    const char *value;
    const char *label;
};

constexpr VisibilityChoice visibilities[] = {
    {"public", QT_TRANSLATE_NOOP("AudienceRow", "Public")},
    {"unlisted", QT_TRANSLATE_NOOP("AudienceRow", "Unlisted")},
    {"private", QT_TRANSLATE_NOOP("AudienceRow", "Followers only")},
    {"direct", QT_TRANSLATE_NOOP("AudienceRow", "Mentioned people only")},
};

} // namespace

AudienceRow::AudienceRow(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *visibilityLabel = new PlainLabel(tr("&Visibility"), this);
    m_visibility = new QComboBox(this);
    m_visibility->setObjectName(QStringLiteral("visibilityCombo"));
    m_visibility->setAccessibleName(tr("Who can see the post"));
    for (const VisibilityChoice &choice : visibilities)
        m_visibility->addItem(tr(choice.label), QString::fromLatin1(choice.value));
    visibilityLabel->setBuddy(m_visibility);
    connect(m_visibility, &QComboBox::activated, this, [this] {
        m_visibilityChosen = true;
        emit changed();
    });
    layout->addWidget(visibilityLabel);
    layout->addWidget(m_visibility);
    m_languageLabel = new PlainLabel(tr("&Language"), this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language of the post"));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this, [this] {
        m_languageChosen = true;
        emit changed();
    });
    layout->addWidget(m_languageLabel);
    layout->addWidget(m_language);
    layout->addStretch();
}

QString AudienceRow::chosenVisibility() const
{
    return m_visibilityChosen ? m_visibility->currentData().toString() : QString();
}

QString AudienceRow::chosenLanguage() const
{
    return m_languageChosen ? language() : QString();
}

QString AudienceRow::language() const
{
    return m_language->currentData().toString();
}

void AudienceRow::setChoices(const QString &visibility, const QString &language)
{
    m_visibilityChosen = !visibility.isEmpty();
    m_languageChosen = !language.isEmpty();
    showDefaults();
    if (m_visibilityChosen)
        m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(visibility)));
    if (m_languageChosen) {
        if (m_language->findData(language) < 0)
            m_language->addItem(language, language);
        m_language->setCurrentIndex(m_language->findData(language));
    }
}

void AudienceRow::setDefaults(const QString &visibility, const QString &language,
                              const QList<Language> &languages)
{
    m_defaultVisibility = visibility;
    m_defaultLanguage = language;
    m_languages = languages;
    showDefaults();
}

void AudienceRow::setEditable(bool editable)
{
    m_visibility->setEnabled(editable && !m_visibilityLocked);
    m_language->setEnabled(editable);
}

void AudienceRow::setVisibilityLocked(bool locked)
{
    m_visibilityLocked = locked;
    m_visibility->setEnabled(m_language->isEnabled() && !locked);
}

void AudienceRow::hideLanguage()
{
    m_languageLabel->hide();
    m_language->hide();
}

void AudienceRow::chooseLanguage(const QString &language)
{
    if (language.isEmpty())
        return;
    if (m_language->findData(language) < 0)
        m_language->addItem(language, language);
    m_language->setCurrentIndex(m_language->findData(language));
    m_languageChosen = true;
    emit changed();
}

QString AudienceRow::languageName(const QString &code) const
{
    // Servers name languages in English; in another language's window the language's
    // own name reads better than an English one.
    const QLocale::Language shown = QLocale().language();
    if (shown != QLocale::English && shown != QLocale::C) {
        const QString native = QLocale(code).nativeLanguageName();
        if (!native.isEmpty() && QLocale(code).language() != QLocale::C)
            return native;
    }
    for (const Language &language : m_languages) {
        if (language.code == code && !language.name.isEmpty())
            return language.name;
    }
    const QLocale::Language language = QLocale::codeToLanguage(code);
    return language == QLocale::AnyLanguage ? code : QLocale::languageToString(language);
}

void AudienceRow::showDefaults()
{
    if (!m_visibilityChosen) {
        const QString fallback =
            m_defaultVisibility.isEmpty() ? QStringLiteral("public") : m_defaultVisibility;
        m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(fallback)));
    }
    fillLanguages();
}

void AudienceRow::fillLanguages()
{
    const QString selected = m_language->currentData().toString();
    QString fallback = m_defaultLanguage;
    if (fallback.isEmpty())
        fallback = QLocale::languageToCode(QLocale::system().language(), QLocale::ISO639Part1);
    if (fallback.isEmpty() || fallback == QLatin1String("C"))
        fallback = QStringLiteral("en");

    const QSignalBlocker blocker(m_language);
    m_language->clear();
    QList<Language> languages = m_languages;
    if (std::none_of(languages.cbegin(), languages.cend(),
                     [&](const Language &l) { return l.code == fallback; })) {
        const QString name = QLocale(fallback).nativeLanguageName();
        languages.append(Language{fallback, name.isEmpty() ? fallback : name});
    }
    std::sort(languages.begin(), languages.end(), [](const Language &a, const Language &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Language &language : std::as_const(languages))
        m_language->addItem(tr("%1 (%2)").arg(language.name, language.code), language.code);
    const QString wanted = m_languageChosen && !selected.isEmpty() ? selected : fallback;
    if (m_language->findData(wanted) < 0)
        m_language->addItem(wanted, wanted);
    m_language->setCurrentIndex(m_language->findData(wanted));
}
