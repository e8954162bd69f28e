#include "mediaupload.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "media/mediafilecheck.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QLoggingCategory>
#include <QNetworkRequest>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMedia, "posthorn.media")

namespace {

const QString uploadPath = QStringLiteral("/api/v2/media");
const QString mediaPath = QStringLiteral("/api/v1/media/");

// A file name inside a quoted Content-Disposition parameter, written the way browsers
// do: UTF-8 as is, quotes percent-escaped, no line breaks.
QByteArray quotedFileName(const QString &path)
{
    QByteArray name = QFileInfo(path).fileName().toUtf8();
    name.replace('"', "%22");
    name.replace('\r', ' ');
    name.replace('\n', ' ');
    return name;
}

std::chrono::milliseconds stretched(std::chrono::milliseconds interval, double factor,
                                    std::chrono::milliseconds maximum)
{
    const auto next = std::chrono::milliseconds(qint64(double(interval.count()) * factor));
    return std::min(std::max(next, interval), maximum);
}

} // namespace

MediaUpload::MediaUpload(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(m_client);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &MediaUpload::poll);
}

MediaUpload::~MediaUpload()
{
    abort();
}

void MediaUpload::start(const QString &filePath, const QString &description, const QString &focus)
{
    abort();
    m_filePath = filePath;
    m_description = description;
    m_focus = focus;
    upload();
}

void MediaUpload::retry()
{
    if (m_state != State::Failed)
        return;
    if (m_failedWhilePolling && !m_attachment.id.isEmpty()) {
        qCDebug(lcMedia) << "polling media" << m_attachment.id << "again";
        m_state = State::Processing;
        m_error = ApiError();
        m_pollErrors = 0;
        m_currentInterval = m_pollInterval;
        m_processingSince = QDateTime::currentDateTimeUtc();
        poll();
        return;
    }
    upload();
}

void MediaUpload::abort()
{
    stopReply();
    m_pollTimer.stop();
    if (m_state != State::Processed && m_state != State::Failed)
        m_state = State::Idle;
}

void MediaUpload::stopReply()
{
    // Disconnected first: ApiReply::abort() reports Cancelled at once, and an aborted
    // upload never reports.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_reply = nullptr;
}

void MediaUpload::upload()
{
    stopReply();
    m_pollTimer.stop();
    m_attachment = MediaAttachment();
    m_error = ApiError();
    m_failedWhilePolling = false;
    m_state = State::Uploading;

    auto *file = new QFile(m_filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        const ApiError error =
            ApiError::make(ApiError::Kind::Validation,
                           tr("Posthorn cannot read %1: %2")
                               .arg(QFileInfo(m_filePath).fileName(), file->errorString()));
        delete file;
        // Later, so a caller that connects after start() still hears of it.
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (m_state == State::Uploading && !m_reply)
                    fail(error);
            },
            Qt::QueuedConnection);
        return;
    }

    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart filePart;
    filePart.setHeader(QNetworkRequest::ContentTypeHeader,
                       MediaFileCheck::mimeTypeOf(m_filePath).toLatin1());
    filePart.setHeader(
        QNetworkRequest::ContentDispositionHeader,
        QByteArray("form-data; name=\"file\"; filename=\"" + quotedFileName(m_filePath) + '"'));
    // Streamed from disk: a video can be a hundred megabytes.
    filePart.setBodyDevice(file);
    file->setParent(multiPart);
    multiPart->append(filePart);
    if (!m_description.isEmpty()) {
        QHttpPart descriptionPart;
        descriptionPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                                  QByteArrayLiteral("form-data; name=\"description\""));
        descriptionPart.setBody(m_description.toUtf8());
        multiPart->append(descriptionPart);
    }
    if (!m_focus.isEmpty()) {
        QHttpPart focusPart;
        focusPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                            QByteArrayLiteral("form-data; name=\"focus\""));
        focusPart.setBody(m_focus.toUtf8());
        multiPart->append(focusPart);
    }

    qCDebug(lcMedia) << "uploading" << file->size() << "bytes";
    m_reply = m_client->postMultipart(uploadPath, multiPart);
    connect(m_reply, &ApiReply::uploadProgress, this, &MediaUpload::progressed);
    connect(m_reply, &ApiReply::finished, this, &MediaUpload::onUploadFinished);
}

void MediaUpload::onUploadFinished(const ApiResult &result)
{
    m_reply = nullptr;
    ApiError error;
    const std::optional<MediaAttachment> attachment = result.parseAs<MediaAttachment>(&error);
    if (!attachment) {
        fail(error);
        return;
    }
    m_attachment = *attachment;
    // Mastodon answers 202 while it still converts the file; a 200 is ready, unless it
    // has no URL yet, which would be refused in a status just the same.
    const bool pending = result.httpStatus == 202 || !attachment->isProcessed();
    m_state = pending ? State::Processing : State::Processed;
    if (pending) {
        m_pollErrors = 0;
        m_currentInterval = m_pollInterval;
        m_processingSince = QDateTime::currentDateTimeUtc();
    }

    QPointer<MediaUpload> self(this);
    emit uploaded(m_attachment);
    if (!self || m_state != (pending ? State::Processing : State::Processed))
        return;
    if (pending)
        schedulePoll(m_currentInterval);
    else
        finishProcessed(m_attachment);
}

void MediaUpload::schedulePoll(std::chrono::milliseconds wait)
{
    m_pollTimer.start(wait);
}

void MediaUpload::poll()
{
    stopReply();
    m_reply = m_client->get(mediaPath + m_attachment.id);
    connect(m_reply, &ApiReply::finished, this, &MediaUpload::onPollFinished);
}

void MediaUpload::onPollFinished(const ApiResult &result)
{
    m_reply = nullptr;
    if (!result.ok()) {
        onPollError(result.error);
        return;
    }
    m_pollErrors = 0;
    if (result.httpStatus == 206) {
        // Still processing. The body is only informative here; the id is all we need.
        if (const auto attachment = result.parseAs<MediaAttachment>())
            m_attachment = *attachment;
        if (QDateTime::currentDateTimeUtc() >
            m_processingSince.addMSecs(m_processingTimeout.count())) {
            m_failedWhilePolling = true;
            fail(ApiError::make(
                ApiError::Kind::Timeout,
                tr("The server is still processing the file after %n minute(s). Try again "
                   "later, or remove it and try a smaller file.",
                   nullptr, int(m_processingTimeout.count() / 60000))));
            return;
        }
        m_currentInterval = stretched(m_currentInterval, 1.5, m_maxPollInterval);
        schedulePoll(m_currentInterval);
        return;
    }
    ApiError error;
    const std::optional<MediaAttachment> attachment = result.parseAs<MediaAttachment>(&error);
    if (!attachment) {
        m_failedWhilePolling = true;
        fail(error);
        return;
    }
    finishProcessed(*attachment);
}

void MediaUpload::onPollError(const ApiError &error)
{
    if (error.isRetryable() && m_pollErrors < m_pollRetries) {
        ++m_pollErrors;
        m_currentInterval = stretched(m_currentInterval, 2.0, m_maxPollInterval);
        std::chrono::milliseconds wait = m_currentInterval;
        if (error.kind == ApiError::Kind::RateLimited && error.retryAt.isValid()) {
            const qint64 untilReset = QDateTime::currentDateTimeUtc().msecsTo(error.retryAt);
            wait = std::max(wait, std::chrono::milliseconds(untilReset));
        }
        qCDebug(lcMedia) << "polling media" << m_attachment.id
                         << "failed:" << ApiError::kindName(error.kind) << "- trying again in"
                         << wait.count() << "ms";
        schedulePoll(wait);
        return;
    }
    if (error.httpStatus == 422) {
        // Mastodon's word for "processing failed"; the server will not try again, so
        // only a new upload can help.
        ApiError processing = error;
        processing.message =
            tr("The server could not process this file. Try again, or convert it to another "
               "format.");
        if (!error.serverMessage.isEmpty())
            processing.message +=
                QLatin1Char(' ') + tr("(The server said: %1)").arg(error.serverMessage);
        m_failedWhilePolling = false;
        fail(processing);
        return;
    }
    // Gone from the server (404) means uploading again; anything else (sign-in, scope,
    // a server that kept failing) can be polled again once it is sorted out.
    m_failedWhilePolling = error.kind != ApiError::Kind::NotFound;
    fail(error);
}

void MediaUpload::finishProcessed(const MediaAttachment &attachment)
{
    stopReply();
    m_pollTimer.stop();
    m_attachment = attachment;
    m_state = State::Processed;
    qCDebug(lcMedia) << "media" << attachment.id << "processed";
    emit processed(m_attachment);
}

void MediaUpload::fail(const ApiError &error)
{
    stopReply();
    m_pollTimer.stop();
    m_state = State::Failed;
    m_error = error;
    qCDebug(lcMedia).noquote() << "media upload failed:" << ApiError::kindName(error.kind);
    emit failed(m_error);
}
