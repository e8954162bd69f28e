#pragma once

#include "sandboxrequest.h"
#include "sandboxresponse.h"

#include <optional>

// One group of endpoints. SandboxServer asks each group in turn; the first that recognises
// the path answers.
class Routes
{
public:
    virtual ~Routes() = default;
    virtual std::optional<SandboxResponse> handle(const SandboxRequest &request) = 0;
};
