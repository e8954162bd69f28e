#include "tokenauth.h"

#include "sandboxstate.h"

TokenAuth::TokenAuth(const SandboxState &state)
    : m_state(state)
{}

TokenAuth::Result TokenAuth::require(const SandboxRequest &request, const QStringList &anyOf,
                                     bool needsUser) const
{
    Result result;
    const QString presented = request.bearerToken();
    const auto it = m_state.tokens.constFind(presented);
    if (presented.isEmpty() || it == m_state.tokens.constEnd()) {
        result.error = SandboxResponse::error(401, QStringLiteral("The access token is invalid"));
        return result;
    }
    if (it->revoked) {
        result.error = SandboxResponse::error(401, QStringLiteral("The access token was revoked"));
        return result;
    }
    bool allowed = false;
    for (const QString &scope : anyOf)
        allowed = allowed || it->scopes.contains(scope);
    if (!allowed) {
        result.error = SandboxResponse::error(
            403, QStringLiteral("This action is outside the authorized scopes"));
        return result;
    }
    if (needsUser && it->accountId.isEmpty()) {
        result.error = SandboxResponse::error(
            422, QStringLiteral("This method requires an authenticated user"));
        return result;
    }
    result.token = &it.value();
    return result;
}

TokenAuth::Result TokenAuth::optional(const SandboxRequest &request, const QStringList &anyOf) const
{
    if (request.header("authorization").isEmpty() && request.bearerToken().isEmpty())
        return {};
    return require(request, anyOf, false);
}

const AccessToken *TokenAuth::validToken(const SandboxRequest &request) const
{
    const auto it = m_state.tokens.constFind(request.bearerToken());
    if (it == m_state.tokens.constEnd() || it->revoked)
        return nullptr;
    return &it.value();
}

QStringList TokenAuth::knownScopes()
{
    return {QStringLiteral("read"),
            QStringLiteral("write"),
            QStringLiteral("follow"),
            QStringLiteral("push"),
            QStringLiteral("profile"),
            QStringLiteral("read:accounts"),
            QStringLiteral("read:blocks"),
            QStringLiteral("read:bookmarks"),
            QStringLiteral("read:favourites"),
            QStringLiteral("read:filters"),
            QStringLiteral("read:follows"),
            QStringLiteral("read:lists"),
            QStringLiteral("read:mutes"),
            QStringLiteral("read:notifications"),
            QStringLiteral("read:search"),
            QStringLiteral("read:statuses"),
            QStringLiteral("write:accounts"),
            QStringLiteral("write:blocks"),
            QStringLiteral("write:bookmarks"),
            QStringLiteral("write:conversations"),
            QStringLiteral("write:favourites"),
            QStringLiteral("write:filters"),
            QStringLiteral("write:follows"),
            QStringLiteral("write:lists"),
            QStringLiteral("write:media"),
            QStringLiteral("write:mutes"),
            QStringLiteral("write:notifications"),
            QStringLiteral("write:reports"),
            QStringLiteral("write:statuses")};
}

bool TokenAuth::isKnownScope(const QString &scope)
{
    return knownScopes().contains(scope);
}
