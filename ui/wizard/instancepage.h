#pragma once

#include <QWizardPage>

class InstanceProbe;
class PlainLabel;
class QLineEdit;
class QProgressBar;
class SetupWizard;
struct InstanceProbeResult;

// "Which server is your account on?" Checks the address, then looks the server up;
// only a server that answered like Mastodon lets the wizard move on.
class InstancePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancePage)

public:
    explicit InstancePage(SetupWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    void onProbeFinished(const InstanceProbeResult &result);
    void showError(const QString &message);
    void showMessage(const QString &text, bool problem);
    void setBusy(bool busy);

    SetupWizard *m_wizard;
    InstanceProbe *m_probe;
    QLineEdit *m_address;
    PlainLabel *m_message;
    QProgressBar *m_busy;
    QString m_checkedAddress; // the text whose probe succeeded
    bool m_probing = false;
};
