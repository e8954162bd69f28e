#include "entrymediauploader.h"

#include "api/apiclient.h"
#include "media/mediaupload.h"

#include <QLoggingCategory>

#include <algorithm>

namespace {

Q_LOGGING_CATEGORY(lcEntryMedia, "posthorn.outbox.media")

bool waiting(const DraftAttachment &attachment)
{
    return !attachment.localPath.isEmpty() && attachment.mediaId.isEmpty();
}

} // namespace

EntryMediaUploader::EntryMediaUploader(ApiClient *client, const QList<DraftAttachment> &attachments,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_attachments(attachments)
{
    if (client) {
        // The upload's replies go with their client (sign-out, a new sign-in) without
        // an answer: the run must end rather than wait for ever.
        connect(client, &QObject::destroyed, this, [this] {
            delete m_upload;
            emit failed(ApiError::make(ApiError::Kind::Cancelled,
                                       tr("The account was signed out during the upload.")));
        });
    }
}

EntryMediaUploader::~EntryMediaUploader() = default;

bool EntryMediaUploader::needed(const QList<DraftAttachment> &attachments)
{
    return std::any_of(attachments.cbegin(), attachments.cend(), waiting);
}

void EntryMediaUploader::start()
{
    m_index = -1;
    // Later, so that a caller hears of the end even when there is nothing to do.
    QMetaObject::invokeMethod(this, &EntryMediaUploader::uploadNext, Qt::QueuedConnection);
}

void EntryMediaUploader::uploadNext()
{
    do
        ++m_index;
    while (m_index < m_attachments.size() && !waiting(m_attachments.at(m_index)));
    if (m_index >= m_attachments.size()) {
        emit finished();
        return;
    }
    if (!m_client) {
        emit failed(ApiError::make(ApiError::Kind::Cancelled,
                                   tr("The account was signed out during the upload.")));
        return;
    }
    const DraftAttachment &attachment = m_attachments.at(m_index);
    delete m_upload;
    auto *upload = new MediaUpload(m_client, this);
    m_upload = upload;
    const qsizetype index = m_index;
    connect(upload, &MediaUpload::processed, this,
            [this, upload, index](const MediaAttachment &processed) {
                upload->deleteLater();
                m_attachments[index].mediaId = processed.id;
                qCDebug(lcEntryMedia) << "attachment" << index << "is media" << processed.id;
                const QPointer<EntryMediaUploader> self(this);
                emit uploaded(index, processed.id);
                if (self)
                    uploadNext();
            });
    connect(upload, &MediaUpload::failed, this, [this, upload](const ApiError &error) {
        upload->deleteLater();
        emit failed(error);
    });
    // The description and focal point go with the file; the outbox sends them again
    // before posting, which is safe to repeat.
    upload->start(attachment.localPath, attachment.description, attachment.focus);
}
