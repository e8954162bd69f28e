#pragma once

#include "api/authservermetadata.h"
#include "settings/accountrecord.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class AccountStore;
class AuthFlow;
class KeychainProbe;
class LoopbackRedirectServer;
class QNetworkAccessManager;
class SecretStore;
class SignInBrowser;
struct SecretResult;

// One sign-in to one instance, from the keychain check to the account saved: checks
// that the keychain answers, has AuthFlow register Posthorn and run the grant, and
// brings the user to the authorization page, either in posthorn-signin's window or in
// their own browser with LoopbackRedirectServer waiting for the answer. The callback
// goes from whichever caught it straight to AuthFlow. A user interface only shows
// progressed() and forwards the user's choices.
class SignInAttempt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInAttempt)

public:
    // `secrets` is asked at every start, as it becomes session-only memory once the
    // user chose that; `keychain` is what the keychain check probes.
    SignInAttempt(QNetworkAccessManager *nam, AccountStore *accounts, SecretStore *keychain,
                  std::function<SecretStore *()> secrets, QObject *parent = nullptr);
    ~SignInAttempt() override;

    void setInstance(const QUrl &baseUrl, const std::optional<AuthServerMetadata> &authServer);
    // Checks the keychain (unless secrets are kept for this session only), then signs
    // in in the sign-in window. keychainUnavailable() when the keychain does not answer.
    void start();
    // Signs in in the sign-in window, or again after a failure.
    void signInInWindow();
    // Signs in in the user's own browser: browserPageReady() says which page to open.
    void signInInBrowser();
    // Ends whatever runs (window, listener, requests) without a signal.
    void cancel();

signals:
    void progressed(const QString &step);
    void keychainUnavailable(const QString &message);
    // For signInInBrowser(): the page to open in the user's browser; the answer is
    // awaited on the loopback listener.
    void browserPageReady(const QUrl &authorizeUrl);
    void signedIn(const AccountRecord &account);
    // The attempt may still go on after some failures (a forged callback, a window that
    // closed while the listener waits); start it again to be sure.
    void failed(const QString &message);

private:
    enum class Way { Window, Browser };

    void onKeychainChecked(const SecretResult &result);
    void startFlow(Way way, quint16 loopbackPort);
    void onAuthorizationReady(const QUrl &authorizeUrl);
    void openWindow(const QUrl &authorizeUrl);

    QNetworkAccessManager *m_nam;
    AccountStore *m_accounts;
    SecretStore *m_keychain;
    std::function<SecretStore *()> m_secrets;
    QUrl m_baseUrl;
    std::optional<AuthServerMetadata> m_authServer;

    KeychainProbe *m_keychainProbe = nullptr;
    AuthFlow *m_flow = nullptr;
    SignInBrowser *m_browser = nullptr;
    LoopbackRedirectServer *m_loopback = nullptr;
};
