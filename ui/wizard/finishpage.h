#pragma once

#include <QTimer>
#include <QWizardPage>

class ImageFetcher;
class PlainLabel;
class QLabel;
class SetupWizard;

// The account that is now connected. Setup ends by itself after a moment, so that
// signing in needs no further input; Return ends it at once. What the user types
// meanwhile (someone who starts their first post at once) is kept for the composer,
// rather than lost or taken as a press of the focused button.
class FinishPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)

public:
    explicit FinishPage(SetupWizard *wizard);

    void initializePage() override;

    // Typed on this page, for the composer that opens next.
    [[nodiscard]] QString typed() const { return m_typed; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showAvatar(const QByteArray &bytes);

    SetupWizard *m_wizard;
    ImageFetcher *m_fetcher;
    QLabel *m_avatar;
    PlainLabel *m_name;
    PlainLabel *m_handle;
    QTimer m_autoFinish;
    QString m_typed;
};
