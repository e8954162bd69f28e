#pragma once

#include "accountrecord.h"
#include "clientregistration.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

// The account list and the registered OAuth clients, kept in QSettings. Holds no
// secret by design; SecretStore keeps those.
class AccountStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStore)

public:
    // Without a path: the application's own settings under XDG_CONFIG_HOME.
    explicit AccountStore(QObject *parent = nullptr);
    explicit AccountStore(const QString &settingsPath, QObject *parent = nullptr);
    ~AccountStore() override;

    [[nodiscard]] QList<AccountRecord> accounts() const;
    // Adds the account, or updates it when one with the same key exists.
    void save(const AccountRecord &account);
    void remove(const QString &accountKey);

    [[nodiscard]] QString currentAccountKey() const;
    void setCurrentAccountKey(const QString &accountKey);

    [[nodiscard]] std::optional<ClientRegistration> client(const QUrl &instanceUrl) const;
    void saveClient(const ClientRegistration &client);
    void removeClient(const QUrl &instanceUrl);

signals:
    void accountsChanged();
    void currentAccountChanged(const QString &accountKey);

private:
    void writeAccounts(const QList<AccountRecord> &accounts);

    std::unique_ptr<QSettings> m_settings;
};
