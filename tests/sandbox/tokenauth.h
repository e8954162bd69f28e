#pragma once

#include "records.h"
#include "sandboxrequest.h"
#include "sandboxresponse.h"

#include <QStringList>

#include <optional>

class SandboxState;

// Doorkeeper's Bearer checks as Mastodon's API controllers apply them: an unknown token is
// 401 "invalid", a revoked one 401 "revoked", a token without any of the endpoint's scopes
// 403, and an app-only token on a user endpoint 422.
class TokenAuth
{
public:
    struct Result
    {
        const AccessToken *token = nullptr;
        std::optional<SandboxResponse> error;
    };

    explicit TokenAuth(const SandboxState &state);

    // The endpoint needs a token carrying any of anyOf.
    [[nodiscard]] Result require(const SandboxRequest &request, const QStringList &anyOf,
                                 bool needsUser = true) const;
    // Token optional; if one is sent it must be valid and carry any of anyOf.
    [[nodiscard]] Result optional(const SandboxRequest &request, const QStringList &anyOf) const;
    // Known, unrevoked token or nullptr.
    [[nodiscard]] const AccessToken *validToken(const SandboxRequest &request) const;

    [[nodiscard]] static QStringList knownScopes();
    [[nodiscard]] static bool isKnownScope(const QString &scope);

private:
    const SandboxState &m_state;
};
