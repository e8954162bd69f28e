#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The plain records the sandbox keeps in SandboxState. Aggregates only; the behaviour
// lives in the route classes.

struct OAuthApp
{
    QString id;
    QString name;
    QString website;
    QString clientId;
    QString clientSecret;
    QStringList redirectUris;
    QStringList scopes;
};

struct AuthCode
{
    QString code;
    QString clientId;
    QString accountId;
    QString redirectUri;
    QStringList scopes;
    QString codeChallenge;
    QDateTime expiresAt;
    bool used = false;
};

struct AccessToken
{
    QString token;
    QString clientId;
    QString accountId; // empty for client_credentials tokens
    QStringList scopes;
    QDateTime createdAt;
    bool revoked = false;
};

struct MediaAttachment
{
    QString id;
    QString accountId;
    QString type; // image, gifv, video, audio
    QByteArray mimeType;
    QByteArray data; // kept for images only, to serve them back
    qint64 size = 0;
    int width = 0;
    int height = 0;
    QString description;
    double focusX = 0;
    double focusY = 0;
    int pollsUntilProcessed = 0;
    bool failed = false;
    bool attached = false;
};

struct StatusRecord
{
    QString id;
    QString accountId;
    QString idempotencyKey;
    QJsonObject json;
    // Its versions, oldest first, once it has been edited (StatusEdit entities).
    QJsonArray history = {};
};

struct ScheduledRecord
{
    QString id;
    QString accountId;
    QString clientId; // the app whose token scheduled it, shown once it is published
    QString idempotencyKey;
    QDateTime scheduledAt;
    QJsonObject params;
    QStringList mediaIds;
};

struct IdempotencyEntry
{
    QString recordId;
    bool scheduled = false;
    QDateTime expiresAt;
};

// What a follow (or follow request) was asked to do: Follow's show_reblogs, notify and
// languages (empty for all languages).
struct FollowOptions
{
    bool reblogs = true;
    bool notify = false;
    QStringList languages;
};
