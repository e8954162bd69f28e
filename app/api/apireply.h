#pragma once

#include "api/apiresult.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QUrl>

class QNetworkReply;

// One running API call. It emits finished() exactly once, then deletes itself later,
// so a receiver copies what it needs from the result. Made by ApiClient, which owns
// it until then; destroying the client aborts its replies without finished().
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    // Stops the call; finished() comes at once with the Cancelled error, unless the
    // reply had already finished.
    void abort();

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] QByteArray method() const { return m_method; }
    [[nodiscard]] QString path() const { return m_path; }

signals:
    void finished(const ApiResult &result);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);

private:
    friend class ApiClient;

    enum class AbortReason { None, User, Oversized, CrossOriginRedirect };

    ApiReply(const QByteArray &method, const QString &path, qint64 maxReplySize, QObject *parent);
    void attach(QNetworkReply *reply, const QUrl &requestUrl);
    // For calls refused before anything was sent; finished() follows from the event
    // loop, so callers can connect after the call as usual.
    void failSoon(const ApiError &error);

    void onMetaDataChanged();
    void onReadyRead();
    void onRedirected(const QUrl &target);
    void onUploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void onSslErrors(const QList<QSslError> &errors);
    void onFinished();

    void abortWith(AbortReason reason);
    [[nodiscard]] ApiError classify(const ApiResult &result) const;
    [[nodiscard]] ApiError transportError() const;
    void complete(const ApiResult &result);

    // Guarded: the shared QNetworkAccessManager may be destroyed first.
    QPointer<QNetworkReply> m_reply;
    QByteArray m_method;
    QString m_path;
    QUrl m_requestUrl;
    qint64 m_maxReplySize = 0;
    QByteArray m_body;
    AbortReason m_abortReason = AbortReason::None;
    QString m_refusedOrigin;
    QString m_sslProblem;
    bool m_headersReceived = false;
    bool m_encrypted = false;
    bool m_finished = false;
};
