#pragma once

#include "routes.h"
#include "tokenauth.h"

class SandboxState;
struct OAuthApp;

// App registration, discovery, the authorization page, and the token and revocation
// endpoints, following Mastodon's Doorkeeper set-up (PKCE S256 only, codes valid 600 s,
// loopback redirect URIs with any port; the password grant for the demo account).
class OAuthRoutes final : public Routes
{
public:
    explicit OAuthRoutes(SandboxState &state);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

    // Exact match, except that loopback IP literals may use any port (RFC 8252 7.3).
    static bool redirectUriMatches(const QString &registered, const QString &requested);
    // base64url-no-padding(SHA-256(verifier)), RFC 7636.
    static QString s256(const QString &verifier);
    // The demo account's sign-in for the password grant (Doorkeeper's `username` is the
    // e-mail address in Mastodon).
    static QString demoEmail();
    static QString demoPassword();

private:
    SandboxResponse registerApp(const SandboxRequest &request);
    SandboxResponse discovery() const;
    SandboxResponse authorizePage(const SandboxRequest &request);
    SandboxResponse authorizeDecision(const SandboxRequest &request);
    SandboxResponse nativeCode(const SandboxRequest &request) const;
    SandboxResponse token(const SandboxRequest &request);
    SandboxResponse revoke(const SandboxRequest &request);
    SandboxResponse passwordGrant(const SandboxRequest &request, const OAuthApp &app);
    SandboxResponse verifyApp(const SandboxRequest &request) const;

    // Checks the authorize parameters; returns an error page or nothing.
    std::optional<SandboxResponse> validateAuthorize(const SandboxRequest &request,
                                                     const OAuthApp **app) const;
    const OAuthApp *authenticateClient(const SandboxRequest &request) const;
    SandboxResponse issueToken(const QString &clientId, const QString &accountId,
                               const QStringList &scopes);
    static SandboxResponse errorPage(int status, const QString &title, const QString &message);

    SandboxState &m_state;
    TokenAuth m_auth;
};
