#include "faultysecretstore.h"

#include "secrets/secretjob.h"

namespace {

bool isToken(const QString &key)
{
    return key.startsWith(QLatin1String("token/"));
}

} // namespace

FaultySecretStore::FaultySecretStore(Fault fault, QObject *parent)
    : SecretStore(parent)
    , m_fault(fault)
{}

SecretJob *FaultySecretStore::finish(const SecretResult &result)
{
    auto *job = new SecretJob(this);
    job->complete(result);
    return job;
}

SecretJob *FaultySecretStore::write(const QString &key, const QString &secret)
{
    if (isToken(key) && m_fault == Fault::RefusesWrite)
        return finish(SecretResult::failure(SecretResult::Status::Denied,
                                            QStringLiteral("test keychain is locked")));
    if (!isToken(key) || m_fault != Fault::KeepsNothing)
        m_secrets.insert(key, secret);
    return finish(SecretResult::success());
}

SecretJob *FaultySecretStore::read(const QString &key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return finish(SecretResult::failure(SecretResult::Status::NotFound));
    if (isToken(key) && m_fault == Fault::ReadsBackOther)
        return finish(SecretResult::success(it.value() + QStringLiteral("-mangled")));
    return finish(SecretResult::success(it.value()));
}

SecretJob *FaultySecretStore::remove(const QString &key)
{
    m_secrets.remove(key);
    return finish(SecretResult::success());
}
