#include "keychainsecretstore.h"

#include "secrets/keyringlock.h"
#include "secrets/secretserviceconnection.h"
#include "util/logredactor.h"

#include <qt6keychain/keychain.h>

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSecrets, "posthorn.secrets")

namespace {

SecretResult resultOf(const QKeychain::Job &job, const QString &secret = {})
{
    using S = SecretResult::Status;
    switch (job.error()) {
    case QKeychain::NoError:
        return SecretResult::success(secret);
    case QKeychain::EntryNotFound:
        return SecretResult::failure(S::NotFound);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretResult::failure(S::Denied, job.errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::failure(S::Unavailable, job.errorString());
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing session bus ("Could not connect: …") and a bus
    // without a Secret Service ("… org.freedesktop.secrets was not provided …") as
    // generic errors; to the user both mean that no keychain is running.
    const QString detail = job.errorString();
    if (detail.contains(QLatin1String("org.freedesktop.secrets")) ||
        detail.contains(QLatin1String("ServiceUnknown")) ||
        detail.startsWith(QLatin1String("Could not connect")))
        return SecretResult::failure(S::Unavailable, detail);
    return SecretResult::failure(S::Failed, detail);
}

// Starts the QtKeychain job that `make` builds and completes `job` with its result.
// A call refused at once is made once more on a new connection: libsecret keeps its
// connection to the keychain for the life of the process, and after the keychain daemon
// restarted the first call on the old one fails (secretserviceconnection.h). A call
// that failed slowly (a locked keyring waiting for an unlock nobody gives, until the
// D-Bus timeout) is not made again: the user would wait twice as long for the message.
template<typename Make, typename ValueOf>
void start(SecretJob *job, Make make, ValueOf valueOf, bool firstTry)
{
    constexpr qint64 quickRefusalMs = 2000;
    QElapsedTimer took;
    took.start();
    auto *keychainJob = make();
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    QObject::connect(keychainJob, &QKeychain::Job::finished, job,
                     [job, keychainJob, make, valueOf, firstTry, took](QKeychain::Job *) {
                         const SecretResult result = resultOf(*keychainJob, valueOf(*keychainJob));
                         if (!result.ok() && result.status != SecretResult::Status::NotFound) {
                             qCWarning(lcSecrets) << "keychain operation failed:" << result.message;
                             SecretServiceConnection::reset();
                             if (firstTry && took.elapsed() < quickRefusalMs) {
                                 start(job, make, valueOf, false);
                                 return;
                             }
                         }
                         job->complete(result);
                     });
    keychainJob->start();
}

template<typename Make, typename ValueOf>
SecretJob *run(SecretStore *store, Make make, ValueOf valueOf)
{
    auto *job = new SecretJob(store);
    start(job, make, valueOf, true);
    return job;
}

} // namespace

const QString KeychainSecretStore::defaultService = QStringLiteral("Posthorn");

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService, parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

SecretJob *KeychainSecretStore::write(const QString &key, const QString &secret)
{
    LogRedactor::addSecret(secret);
    const QString service = m_service;
    return run(
        this,
        [service, key, secret] {
            auto *keychainJob = new QKeychain::WritePasswordJob(service);
            keychainJob->setKey(key);
            keychainJob->setTextData(secret);
            return keychainJob;
        },
        [](const QKeychain::WritePasswordJob &) { return QString(); });
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    const QString service = m_service;
    auto *job = new SecretJob(this);
    SecretJob *lookup = run(
        this,
        [service, key] {
            auto *keychainJob = new QKeychain::ReadPasswordJob(service);
            keychainJob->setKey(key);
            return keychainJob;
        },
        [](const QKeychain::ReadPasswordJob &j) {
            const QString value = j.textData();
            LogRedactor::addSecret(value);
            return value;
        });
    connect(lookup, &SecretJob::finished, job, [job](const SecretResult &result) {
        if (result.status != SecretResult::Status::NotFound) {
            job->complete(result);
            return;
        }
        KeyringLock::check(job, [job, result](bool locked) {
            job->complete(
                locked ? SecretResult::failure(SecretResult::Status::Denied,
                                               tr("The keychain is locked and was not unlocked."))
                       : result);
        });
    });
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    const QString service = m_service;
    return run(
        this,
        [service, key] {
            auto *keychainJob = new QKeychain::DeletePasswordJob(service);
            keychainJob->setKey(key);
            return keychainJob;
        },
        [](const QKeychain::DeletePasswordJob &) { return QString(); });
}
