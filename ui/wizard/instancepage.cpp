#include "instancepage.h"

#include "appcontext.h"
#include "instance/instanceaddress.h"
#include "instance/instanceprobe.h"
#include "setupwizard.h"
#include "text/plainlabel.h"
#include "texttone.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

InstancePage::InstancePage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_probe(wizard->context()->createInstanceProbe(this))
{
    setTitle(tr("Your Mastodon server"));
    setSubTitle(tr("Enter the server your account is on, like mastodon.social, or your "
                   "address, like @you@mastodon.social."));

    auto *layout = new QVBoxLayout(this);
    auto *label = new PlainLabel(tr("Server &address:"), this);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("instanceAddress"));
    m_address->setAccessibleName(tr("Server address"));
    m_address->setPlaceholderText(QStringLiteral("mastodon.social"));
    // A moment later: the style's clear icon is a PNG, and the first PNG loaded makes
    // Qt open every image-format plugin (and libjpeg), which delayed the first window.
    // ImagePluginWarmup has not finished that by the time the wizard is built: with the
    // button at once, the first run measured 1.34 of the bare window instead of ~1.2.
    QTimer::singleShot(std::chrono::milliseconds(50), m_address,
                       [this] { m_address->setClearButtonEnabled(true); });
    label->setBuddy(m_address);
    layout->addWidget(label);
    layout->addWidget(m_address);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();
    layout->addWidget(m_busy);

    m_message = new PlainLabel(this);
    m_message->setObjectName(QStringLiteral("instanceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_probe, &InstanceProbe::finished, this, &InstancePage::onProbeFinished);
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        m_checkedAddress.clear();
        showMessage(QString(), false);
    });
}

void InstancePage::initializePage()
{
    if (m_address->text().isEmpty())
        m_address->setText(m_wizard->suggestedAddress());
    // The page is not shown yet when the wizard initialises it; focus once it is.
    QTimer::singleShot(0, m_address, [this] { m_address->setFocus(); });
}

bool InstancePage::validatePage()
{
    if (!m_checkedAddress.isEmpty() && m_checkedAddress == m_address->text())
        return true;
    if (m_probing)
        return false;
    const InstanceAddress address = InstanceAddress::parse(m_address->text());
    if (!address.isValid()) {
        showError(address.error);
        return false;
    }
    showMessage(tr("Looking up %1…").arg(address.baseUrl.host()), false);
    setBusy(true);
    m_probe->start(address.baseUrl);
    // The wizard moves on by itself once the server has answered.
    return false;
}

void InstancePage::onProbeFinished(const InstanceProbeResult &result)
{
    setBusy(false);
    if (!result.ok()) {
        showError(result.message);
        return;
    }
    m_wizard->setInstance(result);
    m_checkedAddress = m_address->text();
    showMessage(QString(), false);
    m_wizard->next();
}

void InstancePage::showError(const QString &message)
{
    showMessage(message, true);
    m_address->setFocus();
    m_address->selectAll();
}

void InstancePage::showMessage(const QString &text, bool problem)
{
    m_message->setServerText(text);
    TextTone::apply(m_message, problem ? TextTone::Tone::Problem : TextTone::Tone::Plain);
    // Hidden while empty: a click would give the focus to a label with nothing to say.
    m_message->setVisible(!text.isEmpty());
}

void InstancePage::setBusy(bool busy)
{
    m_probing = busy;
    m_busy->setVisible(busy);
    m_address->setReadOnly(busy);
}
