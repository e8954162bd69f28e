#pragma once

#include "routes.h"
#include "tokenauth.h"

#include <functional>

class SandboxState;
struct StatusRecord;

// Lists of statuses as Mastodon pages them: an account's statuses and the home, public
// and hashtag timelines, with their filters and Link headers.
class TimelineRoutes final : public Routes
{
public:
    explicit TimelineRoutes(SandboxState &state);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

    // Whether viewerId (empty: nobody signed in) may see the status: private ones only
    // their author and followers, direct ones only their author.
    [[nodiscard]] static bool visibleTo(const SandboxState &state, const StatusRecord &record,
                                        const QString &viewerId);
    // The status as the API shows it: without the source text the record keeps.
    [[nodiscard]] static QJsonObject shown(const StatusRecord &record);

private:
    SandboxResponse accountStatuses(const SandboxRequest &request, const QString &accountId);
    SandboxResponse home(const SandboxRequest &request);
    SandboxResponse publicTimeline(const SandboxRequest &request);
    SandboxResponse tag(const SandboxRequest &request, const QString &tag);
    // Pages the statuses that pass `keep`, newest first, with Link headers to `path`.
    SandboxResponse list(const SandboxRequest &request, const QString &path,
                         const std::function<bool(const StatusRecord &)> &keep) const;

    SandboxState &m_state;
    TokenAuth m_auth;
};
