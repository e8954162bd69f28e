#include "statuslinkresolver.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

StatusLinkResolver::StatusLinkResolver(QObject *parent)
    : QObject(parent)
{}

StatusLinkResolver::~StatusLinkResolver()
{
    abort();
}

void StatusLinkResolver::resolve(ApiClient *client, const QUrl &url)
{
    abort();
    m_url = url;
    if (!client) {
        // Queued, so that a caller connecting after resolve() still hears it.
        QMetaObject::invokeMethod(
            this,
            [this] { emit failed(tr("Sign in first: the post is looked up on your server.")); },
            Qt::QueuedConnection);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), url.toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("statuses"));
    query.addQueryItem(QStringLiteral("resolve"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    m_reply = client->get(QStringLiteral("/api/v2/search"), query);
    connect(m_reply, &ApiReply::finished, this, &StatusLinkResolver::onFinished);
}

void StatusLinkResolver::abort()
{
    if (!m_reply)
        return;
    ApiReply *reply = m_reply;
    m_reply.clear();
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
}

void StatusLinkResolver::onFinished(const ApiResult &result)
{
    m_reply.clear();
    if (!result.ok()) {
        if (result.error.kind == ApiError::Kind::Cancelled)
            return;
        emit failed(result.error.serverMessage.isEmpty()
                        ? tr("The post could not be looked up: %1").arg(result.error.message)
                        : tr("Your server said: %1").arg(result.error.serverMessage));
        return;
    }
    const QJsonArray statuses = result.json.object().value(QLatin1String("statuses")).toArray();
    if (statuses.isEmpty()) {
        emit failed(tr("Your server found no post at %1. It may have been deleted, or it is "
                       "private and your account may not see it.")
                        .arg(m_url.toDisplayString()));
        return;
    }
    const std::optional<LinkedStatus> status = LinkedStatus::fromJson(statuses.first().toObject());
    if (!status) {
        emit failed(tr("Your server's answer about the post could not be read."));
        return;
    }
    emit resolved(*status);
}
