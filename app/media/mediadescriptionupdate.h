#pragma once

#include "api/apierror.h"
#include "api/mediaattachment.h"

#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;
class ApiReply;
struct ApiResult;

// Sends the alt text of an uploaded attachment (PUT /api/v1/media/:id). The user may
// still edit the description after the upload; the outbox sends the last one before
// posting, so that is what arrives with the status. Works on processed and still
// processing attachments alike (the server answers 200 or 206).
class MediaDescriptionUpdate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaDescriptionUpdate)

public:
    // `client` is the account's that uploaded the file; it must outlive this object.
    explicit MediaDescriptionUpdate(ApiClient *client, QObject *parent = nullptr);
    ~MediaDescriptionUpdate() override;

    // An empty description removes the one on the server. A running update is
    // aborted first: only the newest text matters.
    void start(const QString &mediaId, const QString &description);
    // Stops at once; no signal follows.
    void abort();
    [[nodiscard]] bool isRunning() const { return !m_reply.isNull(); }

signals:
    void updated(const MediaAttachment &attachment);
    void failed(const ApiError &error);

private:
    void onFinished(const ApiResult &result);

    ApiClient *m_client;
    QPointer<ApiReply> m_reply;
};
