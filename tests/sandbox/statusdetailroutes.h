#pragma once

#include "routes.h"
#include "tokenauth.h"

class SandboxState;
struct StatusRecord;

// What clients read about one status besides the status itself: its thread (`context`),
// its source for editing (`source`) and its edit history (`history`).
class StatusDetailRoutes final : public Routes
{
public:
    explicit StatusDetailRoutes(SandboxState &state);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

    // One StatusEdit entity: the status as it reads now, for its history.
    [[nodiscard]] static QJsonObject version(const QJsonObject &status);

private:
    SandboxResponse context(const StatusRecord &record, const QString &viewer) const;
    static SandboxResponse source(const StatusRecord &record);
    static SandboxResponse history(const StatusRecord &record);

    SandboxState &m_state;
    TokenAuth m_auth;
};
