#pragma once

#include "auth/authflow.h"

#include <QWizardPage>

class KeychainProbe;
class LoopbackRedirectServer;
class LinkLabel;
class PlainLabel;
class QProgressBar;
class QPushButton;
class SetupWizard;
class SignInBrowser;
struct SecretResult;
struct AccountRecord;

// Checks that the keychain answers, registers Posthorn on the server, and signs in
// in the sign-in window (posthorn-signin). Moves on by itself once signed in.
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
    void onKeychainChecked(const SecretResult &result);
    void beginSignIn();
    void beginSignInWithSystemBrowser();
    void startFlow(AuthFlow::RedirectKind kind, quint16 loopbackPort);
    void onAuthorizationReady(const QUrl &authorizeUrl);
    void onSignedIn(const AccountRecord &account);
    void onFailed(const QString &message);
    void showStatus(const QString &text, bool busy);
    void stop();

    SetupWizard *m_wizard;
    LinkLabel *m_instance;
    PlainLabel *m_status;
    QProgressBar *m_busy;
    QWidget *m_keychainTrouble;
    PlainLabel *m_keychainMessage;
    QPushButton *m_retry;
    QPushButton *m_useBrowser;
    KeychainProbe *m_keychainProbe = nullptr;
    AuthFlow *m_flow = nullptr;
    SignInBrowser *m_browser = nullptr;
    LoopbackRedirectServer *m_loopback = nullptr;
    bool m_signedIn = false;
};
