#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The seeded accounts: the demo user, ~60 local accounts with varied names (custom emoji,
// non-Latin scripts, bots, locked, groups, one moved) and a few remote accounts that only
// a resolving search finds, as if fetched over federation.
class Directory
{
public:
    struct Account
    {
        QString id;
        QString username;
        QString domain; // empty when local
        QString displayName;
        QString note;
        int followers = 0;
        int following = 0;
        int statuses = 0;
        bool bot = false;
        bool locked = false;
        bool group = false;
        bool animatedAvatar = false;
        QString movedToId;
        QDateTime createdAt;

        [[nodiscard]] QString acct() const
        {
            return domain.isEmpty() ? username : username + QLatin1Char('@') + domain;
        }
        [[nodiscard]] bool isRemote() const { return !domain.isEmpty(); }
    };

    Directory();

    [[nodiscard]] const Account *byId(const QString &id) const;
    [[nodiscard]] const Account *byAcct(const QString &acct) const;
    [[nodiscard]] const QList<Account> &accounts() const { return m_accounts; }

    // Case-insensitive substring match on username, acct and display name, in a stable
    // order. Remote accounts only appear for a resolving search with a full handle.
    [[nodiscard]] QList<const Account *> search(const QString &query, bool resolve) const;

    [[nodiscard]] QJsonObject toJson(const Account &account, const QString &origin) const;
    [[nodiscard]] QJsonObject credentialJson(const Account &account, const QString &origin) const;
    [[nodiscard]] static QJsonArray emojisFor(const QString &text, const QString &origin);
    [[nodiscard]] static QStringList customEmojiShortcodes();

private:
    QList<Account> m_accounts;
};
