#include "sessionsecretstore.h"

#include "util/logredactor.h"

SessionSecretStore::SessionSecretStore(QObject *parent)
    : SecretStore(parent)
{}

SecretJob *SessionSecretStore::write(const QString &key, const QString &secret)
{
    LogRedactor::addSecret(secret);
    m_secrets.insert(key, secret);
    auto *job = new SecretJob(this);
    job->complete(SecretResult::success());
    return job;
}

SecretJob *SessionSecretStore::read(const QString &key)
{
    auto *job = new SecretJob(this);
    const auto it = m_secrets.constFind(key);
    job->complete(it == m_secrets.constEnd() ? SecretResult::failure(SecretResult::Status::NotFound)
                                             : SecretResult::success(*it));
    return job;
}

SecretJob *SessionSecretStore::remove(const QString &key)
{
    m_secrets.remove(key);
    auto *job = new SecretJob(this);
    job->complete(SecretResult::success());
    return job;
}
