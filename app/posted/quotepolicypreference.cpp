#include "quotepolicypreference.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"

#include <QJsonObject>

QuotePolicyPreference::QuotePolicyPreference(QObject *parent)
    : QObject(parent)
{}

QuotePolicyPreference::~QuotePolicyPreference()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

QStringList QuotePolicyPreference::policies()
{
    return {QStringLiteral("public"), QStringLiteral("followers"), QStringLiteral("nobody")};
}

void QuotePolicyPreference::load(ApiClient *client)
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    if (!client) {
        QMetaObject::invokeMethod(
            this, [this] { emit loaded(QStringLiteral("public")); }, Qt::QueuedConnection);
        return;
    }
    m_reply = client->get(QStringLiteral("/api/v1/preferences"));
    connect(m_reply, &ApiReply::finished, this, &QuotePolicyPreference::onFinished);
}

void QuotePolicyPreference::onFinished(const ApiResult &result)
{
    m_reply.clear();
    const QString policy =
        result.ok()
            ? result.json.object().value(QLatin1String("posting:default:quote_policy")).toString()
            : QString();
    emit loaded(policies().contains(policy) ? policy : QStringLiteral("public"));
}
