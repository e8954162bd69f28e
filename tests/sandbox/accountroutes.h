#pragma once

#include "routes.h"
#include "tokenauth.h"

class SandboxState;

// Accounts: verify_credentials, lookup by id, both searches, follow/unfollow with
// relationships, and the avatar, header and custom emoji images.
class AccountRoutes final : public Routes
{
public:
    explicit AccountRoutes(SandboxState &state);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

private:
    SandboxResponse verifyCredentials(const SandboxRequest &request) const;
    SandboxResponse show(const SandboxRequest &request, const QString &id) const;
    SandboxResponse searchV2(const SandboxRequest &request) const;
    SandboxResponse searchAccounts(const SandboxRequest &request) const;
    SandboxResponse follow(const SandboxRequest &request, const QString &id, bool follow);
    SandboxResponse relationships(const SandboxRequest &request) const;
    SandboxResponse image(const SandboxRequest &request, const QByteArray &data,
                          const QByteArray &type) const;

    [[nodiscard]] QJsonArray searchResults(const QString &query, bool resolve, int limit,
                                           int offset) const;
    [[nodiscard]] QJsonObject relationship(const QString &accountId, const QString &targetId) const;

    SandboxState &m_state;
    TokenAuth m_auth;
};
