#pragma once

#include <QJsonObject>
#include <QStringList>

// A poll as the user sets it up; sent as `poll` with the first post.
struct DraftPoll
{
    static constexpr qint64 defaultExpiresIn = 24 * 60 * 60;

    QStringList options{QString(), QString()};
    qint64 expiresIn = defaultExpiresIn;
    bool multiple = false;
    bool hideTotals = false;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static DraftPoll fromJson(const QJsonObject &object);

    friend bool operator==(const DraftPoll &a, const DraftPoll &b)
    {
        return a.options == b.options && a.expiresIn == b.expiresIn && a.multiple == b.multiple &&
               a.hideTotals == b.hideTotals;
    }
};
