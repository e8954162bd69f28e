#include "attachmentuploads.h"

#include "api/apierror.h"
#include "media/mediaupload.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThreadPool>
#include <QUuid>

#include <algorithm>

AttachmentUploads::AttachmentUploads(std::function<ApiClient *()> client, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
{}

AttachmentUploads::~AttachmentUploads()
{
    for (const Item &item : std::as_const(m_items)) {
        if (item.upload)
            item.upload->abort();
    }
}

void AttachmentUploads::uploadWaiting()
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).data.mediaId.isEmpty() && !m_items.at(i).upload)
            startUpload(i);
    }
}

void AttachmentUploads::uploadAgain()
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).upload)
            m_items.at(i).upload->abort();
        m_items[i].data.mediaId.clear();
        startUpload(i);
    }
    if (!m_items.isEmpty())
        emit changed();
}

void AttachmentUploads::add(const DraftAttachment &attachment)
{
    m_items.append(Item{
        attachment, nullptr, attachment.mediaId.isEmpty() ? State::Uploading : State::Ready, {}});
    const qsizetype index = m_items.size() - 1;
    emit added(index);
    if (attachment.mediaId.isEmpty())
        startUpload(index);
}

void AttachmentUploads::remove(qsizetype index)
{
    if (index < 0 || index >= m_items.size())
        return;
    if (MediaUpload *upload = m_items.at(index).upload) {
        upload->abort();
        upload->deleteLater();
    }
    m_items.removeAt(index);
    emit removed(index);
    emit changed();
}

void AttachmentUploads::clear()
{
    for (const Item &item : std::as_const(m_items)) {
        if (item.upload) {
            item.upload->abort();
            item.upload->deleteLater();
        }
    }
    m_items.clear();
    emit cleared();
}

void AttachmentUploads::retry(qsizetype index)
{
    if (index >= 0 && index < m_items.size())
        startUpload(index);
}

void AttachmentUploads::setDescription(qsizetype index, const QString &description)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_items[index].data.description = description;
    emit changed();
}

void AttachmentUploads::setFocus(qsizetype index, const QString &focus)
{
    if (index < 0 || index >= m_items.size() || m_items.at(index).data.focus == focus)
        return;
    m_items[index].data.focus = focus;
    emit changed();
}

void AttachmentUploads::savePastedImage(const QString &directory,
                                        std::function<bool(QIODevice *)> encode)
{
    const QString path = directory + QStringLiteral("/pasted-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces) +
                         QStringLiteral(".png");
    const QPointer<AttachmentUploads> self(this);
    QThreadPool::globalInstance()->start([self, encode = std::move(encode), directory, path] {
        QFile file(path);
        const bool saved = PrivateFiles::makeFolder(directory) && PrivateFiles::createFile(file) &&
                           encode(&file) && file.flush();
        file.close();
        // Back on the thread `self` lives in, where it may be gone by now.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, saved, directory, path] {
                if (!self)
                    return;
                if (saved)
                    emit self->pastedImageSaved(path);
                else
                    emit self->pastedImageFailed(tr("The pasted picture could not be saved to %1.")
                                                     .arg(QDir::toNativeSeparators(directory)));
            },
            Qt::QueuedConnection);
    });
}

QList<DraftAttachment> AttachmentUploads::attachments() const
{
    QList<DraftAttachment> attachments;
    attachments.reserve(m_items.size());
    for (const Item &item : m_items)
        attachments.append(item.data);
    return attachments;
}

bool AttachmentUploads::isReady() const
{
    return std::all_of(m_items.cbegin(), m_items.cend(),
                       [](const Item &item) { return !item.data.mediaId.isEmpty(); });
}

AttachmentUploads::State AttachmentUploads::state(qsizetype index) const
{
    return m_items.value(index).state;
}

QString AttachmentUploads::problem(qsizetype index) const
{
    return m_items.value(index).problem;
}

void AttachmentUploads::startUpload(qsizetype index)
{
    Item &item = m_items[index];
    if (item.upload)
        item.upload->deleteLater();
    item.upload = nullptr;
    ApiClient *client = m_client();
    if (!client) {
        setState(index, State::Failed, tr("Not connected to the server yet."));
        return;
    }
    auto *upload = new MediaUpload(client, this);
    item.upload = upload;
    connect(upload, &MediaUpload::progressed, this, [this, upload](qint64 sent, qint64 total) {
        if (const qsizetype i = indexOf(upload); i >= 0)
            emit progressed(i, sent, total);
    });
    connect(upload, &MediaUpload::uploaded, this, [this, upload] {
        if (const qsizetype i = indexOf(upload); i >= 0)
            setState(i, State::Processing);
    });
    connect(upload, &MediaUpload::processed, this, [this, upload](const MediaAttachment &media) {
        const qsizetype i = indexOf(upload);
        if (i < 0)
            return;
        m_items[i].data.mediaId = media.id;
        setState(i, State::Ready);
        emit changed();
    });
    connect(upload, &MediaUpload::failed, this, [this, upload](const ApiError &error) {
        if (const qsizetype i = indexOf(upload); i >= 0)
            setState(i, State::Failed, error.message);
    });
    setState(index, State::Uploading);
    upload->start(m_items.at(index).data.localPath, m_items.at(index).data.description,
                  m_items.at(index).data.focus);
}

void AttachmentUploads::setState(qsizetype index, State state, const QString &problem)
{
    m_items[index].state = state;
    m_items[index].problem = problem;
    emit stateChanged(index, state);
}

qsizetype AttachmentUploads::indexOf(const MediaUpload *upload) const
{
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(),
                                 [upload](const Item &item) { return item.upload == upload; });
    return it == m_items.cend() ? -1 : it - m_items.cbegin();
}
