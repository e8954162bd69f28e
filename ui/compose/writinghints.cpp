#include "writinghints.h"

#include "compose/languagedetector.h"
#include "text/plainlabel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

WritingHints::WritingHints(std::function<QString(const QString &)> languageName, QWidget *parent)
    : QWidget(parent)
    , m_languageName(std::move(languageName))
    , m_pause(new QTimer(this))
    , m_offer(new PlainLabel(this))
    , m_accept(new QPushButton(this))
    , m_dismiss(new QPushButton(tr("Not now"), this))
    , m_missingDictionary(new PlainLabel(this))
{
    setObjectName(QStringLiteral("writingHints"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *offerRow = new QHBoxLayout;
    m_offer->setObjectName(QStringLiteral("languageSuggestion"));
    m_offer->setWordWrap(true);
    offerRow->addWidget(m_offer, 1);
    m_accept->setObjectName(QStringLiteral("languageSuggestionAccept"));
    connect(m_accept, &QPushButton::clicked, this, [this] {
        const QString language = m_offered;
        hideOffer();
        emit languageAccepted(language);
    });
    offerRow->addWidget(m_accept);
    m_dismiss->setObjectName(QStringLiteral("languageSuggestionDismiss"));
    m_dismiss->setAccessibleName(tr("Keep the language as it is"));
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_dismissed = m_offered;
        hideOffer();
    });
    offerRow->addWidget(m_dismiss);
    layout->addLayout(offerRow);

    m_missingDictionary->setObjectName(QStringLiteral("spellingDictionaryMissing"));
    m_missingDictionary->setWordWrap(true);
    layout->addWidget(m_missingDictionary);

    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    connect(m_pause, &QTimer::timeout, this, &WritingHints::detect);
    hideOffer();
    m_missingDictionary->hide();
    updateVisibility();
}

void WritingHints::textChanged(const QString &text, const QString &language)
{
    if (text.trimmed().isEmpty())
        m_dismissed.clear();
    const bool languageChanged = language != m_language;
    m_language = language;
    if (text == m_text && !languageChanged)
        return;
    m_text = text;
    if (!m_offered.isEmpty() && (languageChanged || text.trimmed().isEmpty()))
        hideOffer();
    if (m_detectionEnabled)
        m_pause->start();
}

void WritingHints::setDetectionEnabled(bool on)
{
    m_detectionEnabled = on;
    if (!on) {
        m_pause->stop();
        hideOffer();
    }
}

void WritingHints::showMissingDictionary(const QString &language)
{
    m_missingDictionary->setText(
        language.isEmpty() ? QString()
                           : tr("Spelling is not checked: no dictionary for %1 is installed.")
                                 .arg(m_languageName(language)));
    m_missingDictionary->setVisible(!language.isEmpty());
    updateVisibility();
}

void WritingHints::detect()
{
    if (m_language.isEmpty())
        return;
    const QString other = LanguageDetector::clearlyOther(m_text, m_language);
    if (other.isEmpty() || other == m_dismissed) {
        hideOffer();
        return;
    }
    // A new language, not the dismissed one, may be offered again.
    m_dismissed.clear();
    m_offered = other;
    const QString name = m_languageName(other);
    m_offer->setText(tr("This looks like %1 — post as %1?").arg(name));
    m_accept->setText(tr("Post as %1").arg(name));
    m_accept->setAccessibleName(tr("Post as %1").arg(name));
    m_offer->show();
    m_accept->show();
    m_dismiss->show();
    updateVisibility();
}

void WritingHints::hideOffer()
{
    m_offered.clear();
    m_offer->hide();
    m_accept->hide();
    m_dismiss->hide();
    updateVisibility();
}

void WritingHints::updateVisibility()
{
    setVisible(!m_offer->isHidden() || !m_missingDictionary->isHidden());
}
