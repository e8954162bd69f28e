#pragma once

#include "session/accountsession.h"

#include <QHash>
#include <QObject>

#include <functional>

class AccountStore;
class QNetworkAccessManager;
class SecretStore;

// One AccountSession per account in the AccountStore, kept in step with it: added
// accounts get a session, removed ones lose theirs.
class AccountSessions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSessions)

public:
    // `secrets` is asked for the store to use each time a session starts, so a switch
    // to session-only secrets is followed.
    AccountSessions(QNetworkAccessManager *nam, std::function<SecretStore *()> secrets,
                    AccountStore *accounts, QObject *parent = nullptr);
    ~AccountSessions() override;

    // Null for an unknown key.
    [[nodiscard]] AccountSession *session(const QString &accountKey) const;
    [[nodiscard]] QList<AccountSession *> sessions() const;
    // Reads the account's token again, e.g. after it was signed in anew.
    void restart(const QString &accountKey);

signals:
    void sessionAdded(AccountSession *session);
    void sessionRemoved(const QString &accountKey);

private:
    void sync();

    QNetworkAccessManager *m_nam;
    std::function<SecretStore *()> m_secrets;
    AccountStore *m_accounts;
    QHash<QString, AccountSession *> m_sessions;
};
