#include "preferencesdialog.h"

#include "launch/autostartentry.h"
#include "settings/apppreferences.h"
#include "settings/spellingpreference.h"
#include "settings/undosendpreference.h"
#include "text/plainlabel.h"
#include "texttone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_trayAvailable(trayAvailable)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences – Posthorn"));
    // Wide enough for the title bar to show the whole title.
    setMinimumWidth(380);
    auto *layout = new QVBoxLayout(this);

    m_startAtLogin = new QCheckBox(tr("&Start Posthorn when I log in"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setAccessibleName(tr("Start Posthorn when I log in"));
    m_startAtLogin->setChecked(AutostartEntry::isEnabled());
    layout->addWidget(m_startAtLogin);

    m_startHidden = new QCheckBox(tr("Start &hidden in the system tray"), this);
    m_startHidden->setObjectName(QStringLiteral("startHidden"));
    m_startHidden->setAccessibleName(tr("Start hidden in the system tray"));
    m_startHidden->setChecked(AutostartEntry::isMinimized());
    layout->addWidget(m_startHidden);
    if (!m_trayAvailable) {
        m_startHidden->setToolTip(tr("This desktop shows no system tray."));
        m_startHidden->setAccessibleDescription(m_startHidden->toolTip());
    }

    m_checkSpelling = new QCheckBox(tr("Check s&pelling as I type"), this);
    m_checkSpelling->setObjectName(QStringLiteral("checkSpelling"));
    m_checkSpelling->setAccessibleName(tr("Check spelling as I type"));
    m_checkSpelling->setChecked(SpellingPreference::instance()->isEnabled());
    connect(m_checkSpelling, &QCheckBox::toggled, SpellingPreference::instance(),
            &SpellingPreference::setEnabled);
    layout->addWidget(m_checkSpelling);

    m_requireDescriptions =
        new QCheckBox(tr("Ask before posting media without a &description"), this);
    m_requireDescriptions->setObjectName(QStringLiteral("requireDescriptions"));
    m_requireDescriptions->setAccessibleName(tr("Ask before posting media without a description"));
    m_requireDescriptions->setChecked(AppPreferences::requireDescriptions());
    connect(m_requireDescriptions, &QCheckBox::toggled, this,
            [](bool on) { AppPreferences::setRequireDescriptions(on); });
    layout->addWidget(m_requireDescriptions);
    m_undoSend = new QComboBox(this);
    m_undoSend->setObjectName(QStringLiteral("undoSendDelay"));
    m_undoSend->setAccessibleName(tr("Undo send"));
    m_undoSend->setToolTip(tr("How long a post waits after Post, so that you can still take it "
                              "back (Undo or Ctrl+Z)"));
    const std::chrono::seconds chosen = UndoSendPreference::delay();
    const QList<std::chrono::seconds> delays = UndoSendPreference::choices();
    for (const std::chrono::seconds delay : delays) {
        m_undoSend->addItem(delay.count() == 0
                                ? tr("Off")
                                : tr("%n second(s)", nullptr, static_cast<int>(delay.count())),
                            static_cast<int>(delay.count()));
        if (delay == chosen)
            m_undoSend->setCurrentIndex(m_undoSend->count() - 1);
    }
    connect(m_undoSend, &QComboBox::currentIndexChanged, this, [this] {
        UndoSendPreference::setDelay(std::chrono::seconds(m_undoSend->currentData().toInt()));
    });
    auto *undoRow = new QFormLayout;
    undoRow->addRow(tr("U&ndo send:"), m_undoSend);
    layout->addLayout(undoRow);

    m_problem = new PlainLabel(this);
    m_problem->setObjectName(QStringLiteral("preferencesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    TextTone::apply(m_problem, TextTone::Tone::Problem);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto enableHidden = [this] {
        m_startHidden->setEnabled(m_trayAvailable && m_startAtLogin->isChecked());
    };
    enableHidden();
    connect(m_startAtLogin, &QCheckBox::toggled, this, [this, enableHidden] {
        enableHidden();
        writeAutostart();
    });
    connect(m_startHidden, &QCheckBox::toggled, this, &PreferencesDialog::writeAutostart);
}

void PreferencesDialog::writeAutostart()
{
    QString error;
    const bool ok =
        m_startAtLogin->isChecked()
            ? AutostartEntry::write(QCoreApplication::applicationFilePath(),
                                    m_startHidden->isChecked() && m_trayAvailable, &error)
            : AutostartEntry::remove(&error);
    m_problem->setText(error);
    m_problem->setVisible(!ok);
}
