#pragma once

#include "secretstore.h"

#include <QHash>

// Keeps secrets in memory for this run only: the user's choice when no keychain
// answers. Nothing is ever written to disk, so a restart means signing in again.
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionSecretStore)

public:
    explicit SessionSecretStore(QObject *parent = nullptr);

    [[nodiscard]] SecretJob *write(const QString &key, const QString &secret) override;
    [[nodiscard]] SecretJob *read(const QString &key) override;
    [[nodiscard]] SecretJob *remove(const QString &key) override;
    [[nodiscard]] bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};
