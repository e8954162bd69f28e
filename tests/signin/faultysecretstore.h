#pragma once

#include "secrets/secretstore.h"

#include <QHash>

// A keychain that misbehaves with access tokens only (keys "token/…"), in the ways real
// ones do: refusing the write, accepting it and keeping nothing, or handing back
// something else. Client secrets are kept in memory as they should be.
class FaultySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultySecretStore)

public:
    enum class Fault { RefusesWrite, KeepsNothing, ReadsBackOther };

    explicit FaultySecretStore(Fault fault, QObject *parent = nullptr);

    [[nodiscard]] SecretJob *write(const QString &key, const QString &secret) override;
    [[nodiscard]] SecretJob *read(const QString &key) override;
    [[nodiscard]] SecretJob *remove(const QString &key) override;
    [[nodiscard]] bool isPersistent() const override { return true; }

private:
    SecretJob *finish(const SecretResult &result);

    Fault m_fault;
    QHash<QString, QString> m_secrets;
};
