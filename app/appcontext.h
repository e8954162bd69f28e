#pragma once

#include <QObject>

class AccountSessions;
class AccountSignOut;
class AccountStore;
class CompletionSearch;
class ImageFetcher;
class ImageLoader;
class InstanceProbe;
class KeychainSecretStore;
class Outbox;
class QNetworkAccessManager;
class SecretStore;
class SessionSecretStore;
class SignInAttempt;

// The long-lived services every window shares: the one QNetworkAccessManager, the
// account list and their sessions, the outbox, and where secrets live (the OS keychain, or this
// session's memory when the user chose that because no keychain answered).
//
// Also the one factory for the objects that talk to the network on a widget's behalf:
// widgets ask here instead of reaching for the access manager, so every request is built
// by ApiClient or RequestBuilder and no widget holds the access manager.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    explicit AppContext(QObject *parent = nullptr);
    ~AppContext() override;

    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    [[nodiscard]] AccountStore *accounts() const { return m_accounts; }
    // One session (token, client, instance limits) per account.
    [[nodiscard]] AccountSessions *sessions() const { return m_sessions; }
    // Posts from every composer, for every account.
    [[nodiscard]] Outbox *outbox() const { return m_outbox; }
    [[nodiscard]] SecretStore *secrets() const;
    [[nodiscard]] SecretStore *keychain() const;

    // Each made for `parent`, which owns it.
    // Checks an address the user typed: is a Mastodon server there, and how it signs in.
    [[nodiscard]] InstanceProbe *createInstanceProbe(QObject *parent) const;
    // One picture at a time, such as the avatar of the account just signed in.
    [[nodiscard]] ImageFetcher *createImageFetcher(QObject *parent) const;
    // Pictures kept in memory for views that paint them again and again.
    [[nodiscard]] ImageLoader *createImageLoader(QObject *parent) const;
    // Suggestions for the token at a composer's caret (mentions, hashtags, emoji), with
    // custom emoji kept in the cache folder.
    [[nodiscard]] CompletionSearch *createCompletionSearch(QObject *parent) const;
    // Revokes an account's token and forgets the account, with the secrets in use now.
    [[nodiscard]] AccountSignOut *createAccountSignOut(QObject *parent) const;
    // A sign-in to one instance, with this context's network, accounts and secrets.
    [[nodiscard]] SignInAttempt *createSignIn(QObject *parent) const;

    // From now on until exit, secrets are kept in memory only.
    void useSessionSecrets();
    [[nodiscard]] bool usesSessionSecrets() const { return m_session != nullptr; }

private:
    QNetworkAccessManager *m_network;
    AccountStore *m_accounts;
    KeychainSecretStore *m_keychain;
    SessionSecretStore *m_session = nullptr;
    AccountSessions *m_sessions;
    Outbox *m_outbox;
};
