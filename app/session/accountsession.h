#pragma once

#include "api/credentialaccount.h"
#include "api/instanceconfiguration.h"
#include "api/language.h"
#include "settings/accountrecord.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class ApiClient;
class InstanceProbe;
class QNetworkAccessManager;
class SecretStore;
struct ApiResult;
struct InstanceProbeResult;
struct SecretResult;

// One signed-in account at work: its token read from the keychain into an ApiClient,
// and what the composer needs from its server (limits, languages, posting defaults).
// A 401 from any call made with its client turns it to SignInRequired.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    enum class State {
        Loading,            // reading the token
        Ready,              // client() can be used
        SignInRequired,     // no token, or the server refused it
        Failed,             // the keychain did not answer; start() tries again, and so does
                            // the session itself after a pause (retryDelay, doubling)
        WaitingForKeychain, // the token read has taken longer than slowRead: the keychain
                            // is most likely locked and asking the user to unlock it
    };

    // A keychain that answers takes milliseconds; one that takes this long is waiting
    // for the user, and the user should know why nothing is posted.
    static constexpr std::chrono::milliseconds slowRead{1500};

    // A keychain that is locked, or not running yet, is asked again after this long,
    // then twice as long each time up to maxRetryDelay: the token shows up once it is
    // unlocked or started, without the user restarting Posthorn.
    static constexpr std::chrono::milliseconds retryDelay{2000};
    static constexpr std::chrono::milliseconds maxRetryDelay{60000};

    AccountSession(QNetworkAccessManager *nam, SecretStore *secrets, const AccountRecord &account,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    // Reads the token (again) and loads the server's details.
    void start();
    [[nodiscard]] bool hasStarted() const { return m_generation > 0; }
    // Reads the token again if the keychain stayed locked last time (the user asked to
    // unlock it). Nothing happens in any other state.
    void askAgain();
    // Failed because the keychain stayed locked: only the user can change that.
    [[nodiscard]] bool waitsForUser() const { return m_waitsForUser; }

    [[nodiscard]] AccountRecord account() const { return m_account; }
    [[nodiscard]] State state() const { return m_state; }
    // For the user when Failed, WaitingForKeychain or SignInRequired.
    [[nodiscard]] QString problem() const { return m_problem; }
    // Null unless Ready.
    [[nodiscard]] ApiClient *client() const;
    // Mastodon's defaults until the server told its own.
    [[nodiscard]] InstanceConfiguration limits() const { return m_limits; }
    // The server's api_versions.mastodon (7 and more: quote posts); 0 when it says none,
    // -1 until the instance was read.
    [[nodiscard]] qint64 apiVersion() const { return m_apiVersion; }
    [[nodiscard]] QList<Language> languages() const { return m_languages; }
    [[nodiscard]] QString defaultVisibility() const { return m_defaultVisibility; }
    [[nodiscard]] QString defaultLanguage() const { return m_defaultLanguage; }
    // The account's own custom emoji (for `:shortcode:` in its display name).
    [[nodiscard]] QList<CustomEmoji> customEmojis() const { return m_customEmojis; }

signals:
    void stateChanged(AccountSession::State state);
    // Limits, languages or posting defaults arrived.
    void detailsLoaded();

private:
    void onTokenRead(const SecretResult &result);
    void onInstanceProbed(const InstanceProbeResult &result);
    void onLanguagesLoaded(const ApiResult &result);
    void onCredentialsVerified(const ApiResult &result);
    void setState(State state, const QString &problem = {});

    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    AccountRecord m_account;
    State m_state = State::Loading;
    QString m_problem;
    ApiClient *m_client = nullptr;
    quint64 m_generation = 0;
    QTimer m_retry;
    QTimer m_slowRead;
    int m_failures = 0;
    bool m_waitsForUser = false;
    InstanceProbe *m_probe = nullptr;
    qint64 m_apiVersion = -1;
    InstanceConfiguration m_limits;
    QList<Language> m_languages;
    QString m_defaultVisibility;
    QString m_defaultLanguage;
    QList<CustomEmoji> m_customEmojis;
};
