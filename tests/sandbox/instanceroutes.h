#pragma once

#include "routes.h"

class SandboxState;

// The public instance description: /api/v2/instance, /api/v1/instance and the language
// list, each of which can be switched off to look like an older server.
class InstanceRoutes final : public Routes
{
public:
    explicit InstanceRoutes(SandboxState &state);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

private:
    SandboxState &m_state;
};
