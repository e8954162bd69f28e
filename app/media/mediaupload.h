#pragma once

#include "api/apierror.h"
#include "api/mediaattachment.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class ApiClient;
class ApiReply;
struct ApiResult;

// Uploads one local file as a media attachment (POST /api/v2/media) and waits until
// the server has processed it: a 200 is done at once, a 202 is polled with
// GET /api/v1/media/:id (206 = still processing, 200 = done, 422 = processing failed).
// Only a processed attachment can go into a status, so the composer enables Post on
// processed().
//
// A failed upload is not retried by itself: the user decides (retry()). Network
// errors, timeouts, 5xx and 429 while polling are retried a few times with backoff,
// since the file is already on the server.
class MediaUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaUpload)

public:
    enum class State {
        Idle,       // not started, or aborted
        Uploading,  // sending the file
        Processing, // on the server, which is still converting it
        Processed,  // ready to attach
        Failed,
    };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds defaultPollInterval{1000};
    static constexpr std::chrono::milliseconds defaultMaxPollInterval{5000};
    static constexpr int defaultPollRetries = 3;
    // Long videos take minutes on a busy server; past this the user is told.
    static constexpr std::chrono::milliseconds defaultProcessingTimeout{15 * 60 * 1000};

    // `client` is the posting account's; it must outlive this object.
    explicit MediaUpload(ApiClient *client, QObject *parent = nullptr);
    ~MediaUpload() override;

    // Starts uploading `filePath`, with the alt text and focal point ("x,y") if not
    // empty. A running upload is aborted first.
    void start(const QString &filePath, const QString &description = QString(),
               const QString &focus = QString());
    // After failed(): polls again when the file reached the server and only the polling
    // gave up; otherwise uploads the file again (also after a processing failure,
    // which the server does not retry).
    void retry();
    // Stops at once; no signal follows.
    void abort();

    // First wait between polls; each 206 stretches it by half, up to the maximum.
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setMaxPollInterval(std::chrono::milliseconds interval) { m_maxPollInterval = interval; }
    // Failed polls (network, timeout, 5xx, 429) in a row before giving up.
    void setPollRetries(int retries) { m_pollRetries = retries; }
    void setProcessingTimeout(std::chrono::milliseconds timeout) { m_processingTimeout = timeout; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    // What the server last said about the file; its id is set from uploaded() on.
    [[nodiscard]] MediaAttachment attachment() const { return m_attachment; }
    [[nodiscard]] ApiError error() const { return m_error; }

signals:
    // Bytes of the request body sent so far (multipart framing included).
    void progressed(qint64 sent, qint64 total);
    // The server has the file and gave it an id; processed() follows, at once when it
    // answered 200, after polling when it answered 202.
    void uploaded(const MediaAttachment &attachment);
    void processed(const MediaAttachment &attachment);
    void failed(const ApiError &error);

private:
    void upload();
    void poll();
    void schedulePoll(std::chrono::milliseconds wait);
    void onUploadFinished(const ApiResult &result);
    void onPollFinished(const ApiResult &result);
    void onPollError(const ApiError &error);
    void finishProcessed(const MediaAttachment &attachment);
    void fail(const ApiError &error);
    void stopReply();

    ApiClient *m_client;
    QPointer<ApiReply> m_reply;
    QTimer m_pollTimer;
    QString m_filePath;
    QString m_description;
    QString m_focus;
    MediaAttachment m_attachment;
    ApiError m_error;
    State m_state = State::Idle;
    // True when failed() came from polling an upload the server has.
    bool m_failedWhilePolling = false;
    std::chrono::milliseconds m_pollInterval = defaultPollInterval;
    std::chrono::milliseconds m_maxPollInterval = defaultMaxPollInterval;
    std::chrono::milliseconds m_currentInterval = defaultPollInterval;
    std::chrono::milliseconds m_processingTimeout = defaultProcessingTimeout;
    int m_pollRetries = defaultPollRetries;
    int m_pollErrors = 0;
    QDateTime m_processingSince;
};
