#pragma once

#include <QString>
#include <QUrl>

// A signed-in account as Posthorn remembers it between runs. No secrets: the access
// token lives in the keychain under tokenKey().
struct AccountRecord
{
    QUrl instanceUrl; // scheme://host[:port], no path
    QString accountId;
    QString acct; // user, as the instance knows it
    QString displayName;
    QUrl avatarUrl;

    // Unique across instances: the same id can exist on two servers.
    [[nodiscard]] QString key() const;
    [[nodiscard]] QString tokenKey() const { return QStringLiteral("token/") + key(); }
    // "@user@host" as people write it.
    [[nodiscard]] QString handle() const;
    [[nodiscard]] bool isValid() const { return instanceUrl.isValid() && !accountId.isEmpty(); }

    friend bool operator==(const AccountRecord &a, const AccountRecord &b)
    {
        return a.instanceUrl == b.instanceUrl && a.accountId == b.accountId && a.acct == b.acct &&
               a.displayName == b.displayName && a.avatarUrl == b.avatarUrl;
    }
};
