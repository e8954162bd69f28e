#include "keychainsecretstore.h"

#include "util/logredactor.h"

#include <qt6keychain/keychain.h>

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

// Wires a QtKeychain job to a SecretJob and starts it.
template<typename KeychainJob, typename ValueOf>
SecretJob *run(KeychainJob *keychainJob, SecretStore *store, ValueOf valueOf)
{
    auto *job = new SecretJob(store);
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    QObject::connect(keychainJob, &QKeychain::Job::finished, job,
                     [job, keychainJob, valueOf](QKeychain::Job *) {
                         const SecretResult result = resultOf(*keychainJob, valueOf(*keychainJob));
                         if (!result.ok() && result.status != SecretResult::Status::NotFound)
                             qCWarning(lcSecrets) << "keychain operation failed:" << result.message;
                         job->complete(result);
                     });
    keychainJob->start();
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
    auto *keychainJob = new QKeychain::WritePasswordJob(m_service);
    keychainJob->setKey(key);
    keychainJob->setTextData(secret);
    return run(keychainJob, this, [](const QKeychain::WritePasswordJob &) { return QString(); });
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    auto *keychainJob = new QKeychain::ReadPasswordJob(m_service);
    keychainJob->setKey(key);
    return run(keychainJob, this, [](const QKeychain::ReadPasswordJob &j) {
        const QString value = j.textData();
        LogRedactor::addSecret(value);
        return value;
    });
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    auto *keychainJob = new QKeychain::DeletePasswordJob(m_service);
    keychainJob->setKey(key);
    return run(keychainJob, this, [](const QKeychain::DeletePasswordJob &) { return QString(); });
}
