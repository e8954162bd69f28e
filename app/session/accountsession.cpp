#include "accountsession.h"

#include "api/apiclient.h"
#include "instance/instanceprobe.h"
#include "secrets/secretjob.h"
#include "secrets/secretresult.h"
#include "secrets/secretstore.h"

#include <algorithm>

AccountSession::AccountSession(QNetworkAccessManager *nam, SecretStore *secrets,
                               const AccountRecord &account, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_account(account)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &AccountSession::start);
    m_slowRead.setSingleShot(true);
    m_slowRead.setInterval(slowRead);
    connect(&m_slowRead, &QTimer::timeout, this, [this] {
        if (m_state != State::Loading)
            return;
        // One read waits for the user's answer; asking again meanwhile would only put a
        // second unlock window on the screen.
        setState(State::WaitingForKeychain,
                 tr("Unlock your keychain to post from %1: Posthorn is waiting for it to give "
                    "the sign-in, and your desktop may be asking for the keychain's password in "
                    "a window of its own. Posts wait in the outbox until then.")
                     .arg(m_account.handle()));
    });
}

AccountSession::~AccountSession() = default;

void AccountSession::askAgain()
{
    if (m_state == State::Failed && m_waitsForUser)
        start();
}

void AccountSession::start()
{
    m_retry.stop();
    m_waitsForUser = false;
    delete m_client;
    m_client = nullptr;
    setState(State::Loading);
    m_slowRead.start();
    // Only the newest read counts: an older one may bring the token that was replaced.
    const quint64 generation = ++m_generation;
    SecretJob *job = m_secrets->read(m_account.tokenKey());
    connect(job, &SecretJob::finished, this, [this, generation](const SecretResult &result) {
        if (generation == m_generation)
            onTokenRead(result);
    });
}

ApiClient *AccountSession::client() const
{
    return m_state == State::Ready ? m_client : nullptr;
}

void AccountSession::onTokenRead(const SecretResult &result)
{
    m_slowRead.stop();
    switch (result.status) {
    case SecretResult::Status::Ok:
        break;
    case SecretResult::Status::NotFound:
        setState(State::SignInRequired,
                 tr("Posthorn no longer has a sign-in for %1.").arg(m_account.handle()));
        return;
    case SecretResult::Status::Denied:
        // The user closed the keychain's unlock window (or none could be shown): asking
        // again at once would put it straight back up. It is asked again when the user
        // chooses to (askAgain()).
        m_waitsForUser = true;
        setState(State::Failed,
                 tr("The keychain stayed locked, so nothing is posted from %1 yet; posts wait "
                    "in the outbox. Choose Unlock keychain to be asked for its password "
                    "again.")
                     .arg(m_account.handle()));
        return;
    default: {
        // The keychain may be locked or not running yet; nothing is stored anywhere
        // else, so the session waits for it and asks again.
        const auto delay = std::min<std::chrono::milliseconds>(
            retryDelay * (qint64(1) << std::min(m_failures, 10)), maxRetryDelay);
        ++m_failures;
        m_retry.start(delay);
        setState(State::Failed,
                 tr("Posthorn cannot read the sign-in for %1 from the keychain, so nothing is "
                    "posted from it yet; posts wait in the outbox. %2 Posthorn asks the "
                    "keychain again in a moment.")
                     .arg(m_account.handle(), result.message));
        return;
    }
    }
    m_failures = 0;
    m_client = new ApiClient(m_nam, m_account.instanceUrl, this);
    m_client->setAccessToken(result.secret);
    connect(m_client, &ApiClient::unauthorized, this, [this] {
        setState(State::SignInRequired,
                 tr("%1 refused Posthorn's sign-in; it may have been revoked or have expired.")
                     .arg(m_account.instanceUrl.host()));
    });
    setState(State::Ready);

    if (!m_probe) {
        m_probe = new InstanceProbe(m_nam, this);
        connect(m_probe, &InstanceProbe::finished, this, &AccountSession::onInstanceProbed);
    }
    m_probe->start(m_account.instanceUrl);
    connect(m_client->get(QStringLiteral("/api/v1/instance/languages")), &ApiReply::finished, this,
            &AccountSession::onLanguagesLoaded);
    connect(m_client->get(QStringLiteral("/api/v1/accounts/verify_credentials")),
            &ApiReply::finished, this, &AccountSession::onCredentialsVerified);
}

void AccountSession::onInstanceProbed(const InstanceProbeResult &result)
{
    if (!result.ok())
        return;
    m_limits = result.instance.configuration;
    m_apiVersion = result.instance.apiVersion;
    emit detailsLoaded();
}

void AccountSession::onLanguagesLoaded(const ApiResult &result)
{
    const auto languages = result.parseListAs<Language>(QStringLiteral("Language"));
    if (!languages)
        return;
    m_languages = *languages;
    emit detailsLoaded();
}

void AccountSession::onCredentialsVerified(const ApiResult &result)
{
    const auto credentials = result.parseAs<CredentialAccount>();
    if (!credentials)
        return;
    m_defaultVisibility = credentials->defaultVisibility;
    m_defaultLanguage = credentials->defaultLanguage;
    m_customEmojis = credentials->account.emojis;
    emit detailsLoaded();
}

void AccountSession::setState(State state, const QString &problem)
{
    m_problem = problem;
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
