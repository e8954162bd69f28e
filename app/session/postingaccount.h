#pragma once

#include "api/instanceconfiguration.h"

#include <QObject>
#include <QPointer>
#include <QString>

class AccountSession;
class AccountSessions;
class AccountStore;
class ApiClient;

// The account a composer posts as: the current account's session, and what stands in
// the way of posting as it now. The composer says when to follow a change of the
// current account (follow()), so a saved draft's account can become current first.
class PostingAccount final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostingAccount)

public:
    PostingAccount(AccountStore *accounts, AccountSessions *sessions, QObject *parent = nullptr);

    // Takes the current account's session; true when it is another one than before.
    bool follow();

    [[nodiscard]] QString accountKey() const;
    // Null without an account, or before follow() found its session.
    [[nodiscard]] AccountSession *session() const { return m_session; }
    // Null unless the session is ready.
    [[nodiscard]] ApiClient *client() const;
    // Mastodon's defaults until the server told its own.
    [[nodiscard]] InstanceConfiguration limits() const;
    [[nodiscard]] QString host() const;
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] bool needsSignIn() const;
    // The keychain stayed locked when the session read the token; askAgain() reads it
    // again, which lets the keychain show its unlock window once more.
    [[nodiscard]] bool waitsForUnlock() const;
    void askAgain();
    // Why nothing can be posted as this account now, for the user; meant while it is
    // not ready.
    [[nodiscard]] QString problem() const;

signals:
    // The server's limits, languages or the account's posting defaults arrived.
    void detailsLoaded();
    void stateChanged();

private:
    AccountStore *m_accounts;
    AccountSessions *m_sessions;
    QPointer<AccountSession> m_session;
};
