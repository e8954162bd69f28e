#pragma once

#include "routes.h"

class SandboxState;

// NodeInfo 2.0 as Mastodon serves it: the discovery document under /.well-known and the
// schema document it links to.
class NodeInfoRoutes final : public Routes
{
public:
    explicit NodeInfoRoutes(const SandboxState &state);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

private:
    const SandboxState &m_state;
};
