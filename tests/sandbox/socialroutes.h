#pragma once

#include "routes.h"
#include "tokenauth.h"

class SandboxState;

// Accounts around the signed-in one: looking an account up by handle, who follows whom,
// pending follow requests and notifications (the sandbox's other accounts never act, so
// the last two are empty lists; they still check the token's scopes as Mastodon does).
class SocialRoutes final : public Routes
{
public:
    explicit SocialRoutes(SandboxState &state);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

private:
    SandboxResponse lookup(const SandboxRequest &request) const;
    SandboxResponse follows(const SandboxRequest &request, const QString &accountId,
                            bool following) const;
    SandboxResponse followRequests(const SandboxRequest &request) const;
    SandboxResponse notifications(const SandboxRequest &request, const QString &id) const;

    SandboxState &m_state;
    TokenAuth m_auth;
};
