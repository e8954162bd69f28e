#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class JsonReader;

// How the signed-in account relates to another; follow and unfollow answer with it.
struct Relationship
{
    QString id;
    bool following = false;
    // Set instead of `following` when the other account is locked and must approve.
    bool requested = false;
    bool followedBy = false;
    bool showingReblogs = false;
    bool notifying = false;
    bool blocking = false;
    bool blockedBy = false;
    bool muting = false;
    bool mutingNotifications = false;
    bool requestedBy = false;
    bool domainBlocking = false;
    bool endorsed = false;
    QString note;
    QStringList languages;

    [[nodiscard]] static std::optional<Relationship> fromJson(const QJsonValue &value,
                                                              QString *error = nullptr);
    static Relationship read(JsonReader &reader);
};
