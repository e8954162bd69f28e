#pragma once

#include "routes.h"
#include "tokenauth.h"

#include <QJsonObject>

class SandboxState;
class StatusRoutes;
struct StatusRecord;

// Replying to and quoting a post found by its link (Mastodon 4.5, API version 7): status
// search by URL (/api/v2/search?type=statuses&resolve=true), the account's preferences
// with its default quote policy, the quote checks of Api::V1::StatusesController and
// StatusPolicy#quote?, and a control route that posts as another account so that there
// is something to reply to or quote.
class QuoteRoutes final : public Routes
{
public:
    QuoteRoutes(SandboxState &state, StatusRoutes &statuses);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

    // Why `accountId` may not quote what params' quoted_status_id names, as Mastodon
    // answers it (404, whatever the reason); nothing when it may or nothing is quoted.
    // Servers before API version 7 know no quotes and ignore the parameter.
    [[nodiscard]] static std::optional<SandboxResponse>
    refusal(const SandboxState &state, const QString &accountId, const QJsonObject &params);
    // Adds `quote` and `quote_approval` to a status being published (API version 7).
    static void addQuoteFields(const SandboxState &state, const QJsonObject &params,
                               QJsonObject *json);
    // Whether `accountId` (empty: nobody signed in) may see the status at all.
    [[nodiscard]] static bool canSee(const SandboxState &state, const QString &accountId,
                                     const StatusRecord &record);

private:
    SandboxResponse searchStatuses(const SandboxRequest &request) const;
    SandboxResponse preferences(const SandboxRequest &request) const;
    SandboxResponse postAs(const SandboxRequest &request);

    SandboxState &m_state;
    StatusRoutes &m_statuses;
    TokenAuth m_auth;
};
