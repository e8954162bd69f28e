#include "controlroutes.h"

#include "sandboxstate.h"
#include "secretledger.h"
#include "statusroutes.h"
#include "tokenauth.h"

#include <QUrl>

namespace {

SandboxResponse ok()
{
    return SandboxResponse::json(QJsonObject{{QStringLiteral("ok"), true}});
}

SandboxResponse badRequest(const QString &message)
{
    return SandboxResponse::error(400, message);
}

} // namespace

ControlRoutes::ControlRoutes(SandboxState &state, StatusRoutes &statuses)
    : m_state(state)
    , m_statuses(statuses)
{}

std::optional<SandboxResponse> ControlRoutes::handle(const SandboxRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;
    if (!path.startsWith(QLatin1String("/_sandbox/")))
        return std::nullopt;
    if (!request.bodyError.isEmpty())
        return badRequest(request.bodyError);

    if (path == QLatin1String("/_sandbox/requests") && method == "GET")
        return SandboxResponse::json(m_state.requestLog);
    if (path == QLatin1String("/_sandbox/requests") && method == "DELETE") {
        m_state.requestLog = QJsonArray();
        return ok();
    }
    if (path == QLatin1String("/_sandbox/reset") && method == "POST") {
        m_state.reset();
        return ok();
    }
    if (path == QLatin1String("/_sandbox/faults") && method == "GET")
        return SandboxResponse::json(m_state.faults.toJson());
    if (path == QLatin1String("/_sandbox/faults") && method == "POST") {
        const QString error = m_state.faults.add(request.params);
        return error.isEmpty() ? ok() : badRequest(error);
    }
    if (path == QLatin1String("/_sandbox/faults") && method == "DELETE") {
        m_state.faults.clear();
        return ok();
    }
    if (path == QLatin1String("/_sandbox/instance") && method == "POST") {
        m_state.config.merge(request.params);
        return ok();
    }
    if (path == QLatin1String("/_sandbox/origin") && method == "POST") {
        const QUrl origin(request.params.value(QStringLiteral("origin")).toString());
        if (origin.scheme() != QLatin1String("http") || origin.host().isEmpty() ||
            !origin.path().isEmpty())
            return badRequest(QStringLiteral("origin must be http://host:port"));
        m_state.setOrigin(origin.toString());
        return ok();
    }
    if (path == QLatin1String("/_sandbox/hostile") && method == "POST") {
        m_state.hostileText = request.params.value(QStringLiteral("text")).toString();
        return ok();
    }
    if (path == QLatin1String("/_sandbox/tokens") && method == "POST")
        return mintToken(request);
    if (path == QLatin1String("/_sandbox/statuses") && method == "GET")
        return statuses();
    if (path == QLatin1String("/_sandbox/clock") && method == "POST") {
        m_state.clock.advance(
            qint64(request.params.value(QStringLiteral("advanceSeconds")).toDouble()));
        return SandboxResponse::json(QJsonObject{{QStringLiteral("now"), m_state.nowIso()}});
    }
    if (path == QLatin1String("/_sandbox/clock") && method == "GET")
        return SandboxResponse::json(QJsonObject{{QStringLiteral("now"), m_state.nowIso()}});
    if (path == QLatin1String("/_sandbox/ratelimit") && method == "POST") {
        const int limit =
            request.params.value(QStringLiteral("limit")).toInt(m_state.tokenRateLimit);
        const int window = request.params.value(QStringLiteral("windowSeconds"))
                               .toInt(m_state.tokenRateWindowSeconds);
        if (limit < 0 || window < 1)
            return badRequest(QStringLiteral("limit must be >= 0 and windowSeconds >= 1"));
        m_state.tokenRateLimit = limit;
        m_state.tokenRateWindowSeconds = window;
        return ok();
    }
    if (path == QLatin1String("/_sandbox/media") && method == "POST") {
        m_state.mediaProcessingPolls =
            qMax(0, request.params.value(QStringLiteral("processingPolls"))
                        .toInt(m_state.mediaProcessingPolls));
        m_state.mediaProcessingFails =
            request.params.value(QStringLiteral("fail")).toBool(m_state.mediaProcessingFails);
        return ok();
    }
    if (path == QLatin1String("/_sandbox/redirect") && (method == "GET" || method == "POST"))
        return redirect(request);
    return SandboxResponse::error(404, QStringLiteral("Unknown control endpoint"));
}

SandboxResponse ControlRoutes::mintToken(const SandboxRequest &request)
{
    const QString acct = request.str(QStringLiteral("account")).isEmpty()
                             ? QStringLiteral("demo")
                             : request.str(QStringLiteral("account"));
    const Directory::Account *account = m_state.directory.byAcct(acct);
    if (!account || account->isRemote())
        return badRequest(QStringLiteral("no local account '%1'").arg(acct));
    QStringList scopes =
        request.str(QStringLiteral("scopes")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!request.has(QStringLiteral("scopes")))
        scopes =
            QStringList{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("follow")};
    for (const QString &scope : scopes) {
        if (!TokenAuth::isKnownScope(scope))
            return badRequest(QStringLiteral("unknown scope '%1'").arg(scope));
    }
    AccessToken token;
    token.token = SandboxState::randomToken();
    SecretLedger::record(SecretLedger::Kind::Token, token.token);
    token.accountId = account->id;
    token.scopes = scopes;
    token.createdAt = m_state.clock.now();
    m_state.tokens.insert(token.token, token);
    return SandboxResponse::json(QJsonObject{
        {QStringLiteral("access_token"), token.token},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
        {QStringLiteral("account_id"), account->id},
    });
}

SandboxResponse ControlRoutes::statuses()
{
    m_statuses.publishDue();
    QJsonArray statuses;
    for (const StatusRecord &record : std::as_const(m_state.statuses)) {
        QJsonObject json = record.json;
        json.insert(QStringLiteral("idempotency_key"), record.idempotencyKey.isEmpty()
                                                           ? QJsonValue::Null
                                                           : QJsonValue(record.idempotencyKey));
        statuses.append(json);
    }
    QJsonArray scheduled;
    for (const ScheduledRecord &record : std::as_const(m_state.scheduled)) {
        QJsonObject json = m_statuses.scheduledJson(record);
        json.insert(QStringLiteral("idempotency_key"), record.idempotencyKey.isEmpty()
                                                           ? QJsonValue::Null
                                                           : QJsonValue(record.idempotencyKey));
        scheduled.append(json);
    }
    return SandboxResponse::json(QJsonObject{{QStringLiteral("statuses"), statuses},
                                             {QStringLiteral("scheduled_statuses"), scheduled}});
}

SandboxResponse ControlRoutes::redirect(const SandboxRequest &request) const
{
    const QString target = request.str(QStringLiteral("to"));
    const QUrl url(target, QUrl::StrictMode);
    if (target.isEmpty() || !url.isValid())
        return badRequest(QStringLiteral("'to' must be a URL"));
    const int status = request.str(QStringLiteral("status")).toInt();
    static const QList<int> allowed{301, 302, 303, 307, 308};
    return SandboxResponse::redirect(target, allowed.contains(status) ? status : 302);
}
