#pragma once

#include "directory.h"
#include "faultinjector.h"
#include "instanceconfig.h"
#include "ratelimiter.h"
#include "records.h"
#include "sandboxclock.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QString>

// Everything the sandbox remembers. POST /_sandbox/reset puts it back to the seeded state.
// The route classes share one instance; it is a plain data holder on purpose, the rules
// live in the routes.
class SandboxState
{
    Q_DISABLE_COPY_MOVE(SandboxState)

public:
    explicit SandboxState(const QString &origin);

    void reset();
    [[nodiscard]] QString nextId();
    // Statuses get Mastodon-like snowflake ids, which sort by creation time.
    [[nodiscard]] QString nextStatusId();
    [[nodiscard]] static QString randomToken(int bytes = 32);
    [[nodiscard]] QString origin() const { return m_origin; }
    // Where clients reach the sandbox, when something stands in front of it (the API
    // validator of tests/prism): links in answers point there.
    void setOrigin(const QString &origin) { m_origin = origin; }
    [[nodiscard]] QString nowIso() const;

    SandboxClock clock;
    RateLimiter limiter{clock};
    FaultInjector faults;
    InstanceConfig config;
    Directory directory;

    QHash<QString, OAuthApp> apps; // by client_id
    QHash<QString, AuthCode> codes;
    QHash<QString, AccessToken> tokens;
    QMap<QString, StatusRecord> statuses; // by id, ordered
    QMap<QString, ScheduledRecord> scheduled;
    QHash<QString, MediaAttachment> media;
    QHash<QString, IdempotencyEntry> idempotency; // "accountId\nkey"
    QHash<QString, QSet<QString>> following;      // accountId -> followed ids
    QHash<QString, QSet<QString>> requested;      // accountId -> pending follow requests
    QHash<QString, FollowOptions> followOptions;  // "accountId\ntargetId", follows and requests

    QJsonArray requestLog; // what GET /_sandbox/requests returns

    int tokenRateLimit = 300;
    int tokenRateWindowSeconds = 300;
    int mediaProcessingPolls = 2;
    bool mediaProcessingFails = false;
    // The API version a reset comes back to (posthorn-sandbox --api-version).
    int startApiVersion = InstanceConfig::currentApiVersion;
    // The demo accounts' default quote policy (GET /api/v1/preferences).
    QString defaultQuotePolicy = QStringLiteral("public");
    // Appended to every human-readable string the API returns (hostiletext.h).
    QString hostileText;

private:
    QString m_origin;
    qint64 m_counter = 0;
};
