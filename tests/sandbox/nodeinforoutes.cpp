#include "nodeinforoutes.h"

#include "sandboxstate.h"

namespace {

const QString schema = QStringLiteral("http://nodeinfo.diaspora.software/ns/schema/2.0");

} // namespace

NodeInfoRoutes::NodeInfoRoutes(const SandboxState &state)
    : m_state(state)
{}

std::optional<SandboxResponse> NodeInfoRoutes::handle(const SandboxRequest &request)
{
    if (request.method != "GET")
        return std::nullopt;
    if (request.path == QLatin1String("/.well-known/nodeinfo")) {
        return SandboxResponse::json(QJsonObject{
            {QStringLiteral("links"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("rel"), schema},
                 {QStringLiteral("href"),
                  QString(m_state.origin() + QStringLiteral("/nodeinfo/2.0"))},
             }}},
        });
    }
    if (request.path != QLatin1String("/nodeinfo/2.0"))
        return std::nullopt;
    int localUsers = 0;
    for (const Directory::Account &account : m_state.directory.accounts())
        localUsers += account.isRemote() ? 0 : 1;
    SandboxResponse response = SandboxResponse::json(QJsonObject{
        {QStringLiteral("version"), QStringLiteral("2.0")},
        {QStringLiteral("software"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("mastodon")},
                     {QStringLiteral("version"), m_state.config.version()}}},
        {QStringLiteral("protocols"), QJsonArray{QStringLiteral("activitypub")}},
        {QStringLiteral("services"), QJsonObject{{QStringLiteral("outbound"), QJsonArray{}},
                                                 {QStringLiteral("inbound"), QJsonArray{}}}},
        {QStringLiteral("usage"),
         QJsonObject{
             {QStringLiteral("users"), QJsonObject{{QStringLiteral("total"), localUsers},
                                                   {QStringLiteral("activeMonth"), localUsers},
                                                   {QStringLiteral("activeHalfyear"), localUsers}}},
             {QStringLiteral("localPosts"), int(m_state.statuses.size())}}},
        {QStringLiteral("openRegistrations"), false},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("nodeName"), QStringLiteral("Posthorn Sandbox")},
                     {QStringLiteral("nodeDescription"),
                      QStringLiteral("A local Mastodon-compatible server for tests.")}}},
    });
    response.setHeader("Content-Type",
                       "application/json; profile=\"" + schema.toUtf8() + "#\"; charset=utf-8");
    return response;
}
