#pragma once

#include <QTimer>
#include <QWizardPage>

class ImageFetcher;
class PlainLabel;
class QLabel;
class SetupWizard;

// The account that is now connected. Setup ends by itself after a moment, so that
// signing in needs no further input; Return ends it at once.
class FinishPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)

public:
    explicit FinishPage(SetupWizard *wizard);

    void initializePage() override;

private:
    void showAvatar(const QByteArray &bytes);

    SetupWizard *m_wizard;
    ImageFetcher *m_fetcher;
    QLabel *m_avatar;
    PlainLabel *m_name;
    PlainLabel *m_handle;
    QTimer m_autoFinish;
};
