#pragma once

#include <QWizardPage>

class LinkLabel;
class PlainLabel;
class QProgressBar;
class QPushButton;
class SetupWizard;
class SignInAttempt;
struct AccountRecord;

// Shows a SignInAttempt's progress (keychain, registration, the sign-in window or the
// user's browser) and hands it the user's choices. Moves on by itself once signed in.
class SignInPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPage)

public:
    explicit SignInPage(SetupWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    void checkKeychain();
    void onKeychainUnavailable(const QString &message);
    void onBrowserPageReady(const QUrl &authorizeUrl);
    void onSignedIn(const AccountRecord &account);
    void onFailed(const QString &message);
    void showStatus(const QString &text, bool busy);

    SetupWizard *m_wizard;
    SignInAttempt *m_signIn;
    LinkLabel *m_instance;
    PlainLabel *m_status;
    QProgressBar *m_busy;
    QWidget *m_keychainTrouble;
    PlainLabel *m_keychainMessage;
    QPushButton *m_retry;
    QPushButton *m_useBrowser;
    bool m_signedIn = false;
};
