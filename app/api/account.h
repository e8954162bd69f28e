#pragma once

#include "api/customemoji.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class JsonReader;

// A Mastodon account as search results, statuses and relationships show it.
struct Account
{
    QString id;
    QString username;
    // `user` for local accounts, `user@domain` for remote ones.
    QString acct;
    QString displayName;
    QString note; // HTML
    QUrl url;
    QUrl uri;
    QUrl avatar;
    QUrl avatarStatic;
    QUrl header;
    QUrl headerStatic;
    bool locked = false;
    bool bot = false;
    bool group = false;
    bool discoverable = false;
    bool suspended = false;
    bool limited = false;
    qint64 followersCount = 0;
    qint64 followingCount = 0;
    qint64 statusesCount = 0;
    QDateTime createdAt;
    QDate lastStatusAt;
    QList<CustomEmoji> emojis;
    // The account this one moved to; shared because accounts are copied freely.
    std::shared_ptr<const Account> movedTo;

    // What to show for the account: its display name, or its username when unset.
    [[nodiscard]] QString name() const;

    [[nodiscard]] static std::optional<Account> fromJson(const QJsonValue &value,
                                                         QString *error = nullptr);
    static Account read(JsonReader &reader);
};
