#include "mediadescriptionupdate.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"

#include <QJsonObject>

MediaDescriptionUpdate::MediaDescriptionUpdate(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(m_client);
}

MediaDescriptionUpdate::~MediaDescriptionUpdate()
{
    abort();
}

void MediaDescriptionUpdate::start(const QString &mediaId, const QString &description)
{
    abort();
    m_reply = m_client->putJson(QStringLiteral("/api/v1/media/") + mediaId,
                                QJsonObject{{QStringLiteral("description"), description}});
    connect(m_reply, &ApiReply::finished, this, &MediaDescriptionUpdate::onFinished);
}

void MediaDescriptionUpdate::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_reply = nullptr;
}

void MediaDescriptionUpdate::onFinished(const ApiResult &result)
{
    m_reply = nullptr;
    ApiError error;
    const std::optional<MediaAttachment> attachment = result.parseAs<MediaAttachment>(&error);
    if (!attachment) {
        emit failed(error);
        return;
    }
    emit updated(*attachment);
}
