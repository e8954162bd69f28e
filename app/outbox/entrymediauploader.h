#pragma once

#include "api/apierror.h"
#include "compose/draftattachment.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class MediaUpload;

// Uploads the files of an outbox entry that have no media id yet (a post from
// `posthorn post`, or a cross-post's copy for a second server), one after another, to
// the entry's account, and waits until the server has processed each: a status can
// only carry processed media. Each id is reported as soon as the file is ready, so the
// outbox keeps it on disk and a restart does not upload the file again. The first
// failure ends the run; the outbox decides whether to retry (network, 5xx) or to wait
// for the user (a file the server refuses).
class EntryMediaUploader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryMediaUploader)

public:
    // `client` is the entry's account's; a client that goes away ends the run as
    // cancelled.
    EntryMediaUploader(ApiClient *client, const QList<DraftAttachment> &attachments,
                       QObject *parent = nullptr);
    ~EntryMediaUploader() override;

    // Whether any attachment still needs an upload: a file and no media id.
    [[nodiscard]] static bool needed(const QList<DraftAttachment> &attachments);

    // Starts with the first attachment waiting; finished() at once (later) if none.
    void start();

signals:
    // The attachment at `index` is processed on the server as `mediaId`.
    void uploaded(qsizetype index, const QString &mediaId);
    void finished();
    void failed(const ApiError &error);

private:
    void uploadNext();

    QPointer<ApiClient> m_client;
    QList<DraftAttachment> m_attachments;
    QPointer<MediaUpload> m_upload;
    qsizetype m_index = -1;
};
