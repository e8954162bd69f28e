#pragma once

#include "routes.h"

class SandboxState;
class StatusRoutes;

// The test-only control API under /_sandbox/: request log, reset, faults, instance
// configuration, token minting, clock, rate limits, media processing and a redirector.
class ControlRoutes final : public Routes
{
public:
    ControlRoutes(SandboxState &state, StatusRoutes &statuses);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

private:
    SandboxResponse mintToken(const SandboxRequest &request);
    SandboxResponse statuses();
    SandboxResponse redirect(const SandboxRequest &request) const;

    SandboxState &m_state;
    StatusRoutes &m_statuses;
};
