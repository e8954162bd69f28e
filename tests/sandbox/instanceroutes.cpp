#include "instanceroutes.h"

#include "sandboxstate.h"

InstanceRoutes::InstanceRoutes(SandboxState &state)
    : m_state(state)
{}

std::optional<SandboxResponse> InstanceRoutes::handle(const SandboxRequest &request)
{
    if (request.method != "GET")
        return std::nullopt;
    const InstanceConfig &config = m_state.config;
    const Directory::Account *demo = m_state.directory.byId(QStringLiteral("1"));
    const QJsonObject contact = m_state.directory.toJson(*demo, m_state.origin());
    const QString &path = request.path;
    const SandboxResponse notFound = SandboxResponse::error(404, QStringLiteral("Not Found"));

    if (path == QLatin1String("/api/v2/instance")) {
        if (!config.feature(QStringLiteral("v2_instance")))
            return notFound;
        return SandboxResponse::json(config.instanceV2(m_state.origin(), contact));
    }
    if (path == QLatin1String("/api/v1/instance"))
        return SandboxResponse::json(config.instanceV1(m_state.origin(), contact));
    if (path == QLatin1String("/api/v1/instance/languages")) {
        if (!config.feature(QStringLiteral("languages")))
            return notFound;
        return SandboxResponse::json(InstanceConfig::languages());
    }
    if (path == QLatin1String("/api/v1/instance/rules"))
        return SandboxResponse::json(InstanceConfig::rules());
    return std::nullopt;
}
