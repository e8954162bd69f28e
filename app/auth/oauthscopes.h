#pragma once

#include <QStringList>

// The OAuth scopes Posthorn asks for: the smallest set its features use.
class OAuthScopes final
{
public:
    OAuthScopes() = delete;

    // Granular scopes when the server's discovery document lists every one of them,
    // the classic `read write` otherwise (servers before 4.3 publish no list, and a
    // server rejects a scope it does not know).
    [[nodiscard]] static QStringList choose(const QStringList &scopesSupported);

    // What each feature needs, by mastodon-api.md's table: verify_credentials and
    // account search (read:accounts), search (read:search), scheduled posts
    // (read:statuses), relationships (read:follows), posting (write:statuses),
    // media (write:media), follow and unfollow (write:follows).
    [[nodiscard]] static QStringList granular();
    [[nodiscard]] static QStringList classic();
};
