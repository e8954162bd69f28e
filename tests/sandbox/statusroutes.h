#pragma once

#include "routes.h"
#include "tokenauth.h"

#include <QDateTime>

class SandboxState;
struct ScheduledRecord;

// Posting, reading, editing and deleting statuses, and scheduled statuses, with the
// server's validations: length, media, polls, visibility, Idempotency-Key, the
// five-minute rule for scheduled_at and the scheduled-post limits. Content is rendered by
// StatusFormatter.
class StatusRoutes final : public Routes
{
public:
    explicit StatusRoutes(SandboxState &state);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

    // Publishes scheduled statuses whose time has come (on the sandbox clock).
    void publishDue();
    [[nodiscard]] QJsonObject scheduledJson(const ScheduledRecord &record) const;
    // Posts as `accountId` without a token or checks (the control API's posts by others);
    // returns the new status's id.
    QString publishAs(const QString &accountId, const QJsonObject &params);

private:
    SandboxResponse create(const SandboxRequest &request);
    SandboxResponse edit(const SandboxRequest &request, const QString &id);
    SandboxResponse show(const SandboxRequest &request, const QString &id);
    SandboxResponse remove(const SandboxRequest &request, const QString &id);
    SandboxResponse scheduledList(const SandboxRequest &request);
    SandboxResponse scheduledShow(const SandboxRequest &request, const QString &id);
    SandboxResponse scheduledUpdate(const SandboxRequest &request, const QString &id);
    SandboxResponse scheduledDelete(const SandboxRequest &request, const QString &id);

    // Shared validation of text, media and poll; returns an error response or nothing.
    // `ownMedia` are attachments the edited status already has, which it may keep.
    std::optional<SandboxResponse> validateContent(const QString &accountId,
                                                   const QJsonObject &params, QStringList *mediaIds,
                                                   const QStringList &ownMedia = {}) const;
    QString publish(const QString &accountId, const QString &clientId, const QJsonObject &params,
                    const QStringList &mediaIds, const QString &idempotencyKey);
    // The app that posted, as Status.application shows it; null for a token without one.
    [[nodiscard]] QJsonValue applicationJson(const QString &clientId) const;
    // PostStatusService#safeguard_mentions!: with `allowed_mentions`, a post whose text
    // mentions any other account is refused (422) with those accounts.
    [[nodiscard]] std::optional<SandboxResponse>
    checkAllowedMentions(const QJsonObject &params) const;
    // ScheduledStatus validations (future date, daily and total limits); `ignoreId` is
    // the record being moved, which does not count against itself.
    [[nodiscard]] std::optional<SandboxResponse> checkScheduled(const QString &accountId,
                                                                const QDateTime &at,
                                                                const QString &ignoreId = {}) const;
    [[nodiscard]] QJsonObject pollJson(const QJsonObject &poll, const QString &id,
                                       const QDateTime &createdAt) const;
    [[nodiscard]] static QDateTime parseTime(const QString &text);

    SandboxState &m_state;
    TokenAuth m_auth;
};
