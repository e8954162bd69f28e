#pragma once

#include "secretstore.h"

// The OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Store). The plain-text fallback of QtKeychain is never enabled:
// without a keychain, writes fail and the caller must ask the user what to do.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    [[nodiscard]] SecretJob *write(const QString &key, const QString &secret) override;
    [[nodiscard]] SecretJob *read(const QString &key) override;
    [[nodiscard]] SecretJob *remove(const QString &key) override;
    [[nodiscard]] bool isPersistent() const override { return true; }

    [[nodiscard]] QString service() const { return m_service; }

    static const QString defaultService;

private:
    QString m_service;
};
