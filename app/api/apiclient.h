#pragma once

#include "api/apireply.h"
#include "api/apirequest.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QHttpMultiPart;
class QNetworkAccessManager;
class QNetworkRequest;

// Talks to one Mastodon server as one account. The one place that builds API requests:
// base URL + path, Bearer token, Accept, no caching, and redirects kept on the server's
// origin, on top of what RequestBuilder gives every request (User-Agent, transfer
// timeout, no cookies). Several clients (one per account) share the app's
// QNetworkAccessManager.
//
// A base URL that is not https (plain http is allowed for loopback hosts only) is
// refused: every call then finishes with ApiError::Kind::Insecure and nothing is sent.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr std::chrono::milliseconds defaultTransferTimeout{30000};
    static constexpr qint64 defaultMaxReplySize = 8 * 1024 * 1024;

    ApiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, QObject *parent = nullptr);

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    // The shared access manager, for work that belongs to this account but is not an API
    // call, such as fetching the avatars of search results.
    [[nodiscard]] QNetworkAccessManager *network() const { return m_nam; }
    [[nodiscard]] bool isBaseUrlAllowed() const { return m_baseUrlAllowed; }

    // Empty for calls without a token (instance info, app registration, OAuth).
    void setAccessToken(const QString &token);
    [[nodiscard]] bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    // Fails a call when no data moved for this long (not a limit on the whole call, so
    // a slow upload that keeps moving is not cut off).
    void setTransferTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    // Replies larger than this are abandoned as Malformed, without buffering them.
    void setMaxReplySize(qint64 bytes);
    [[nodiscard]] qint64 maxReplySize() const { return m_maxReplySize; }

    // Every call returns a reply that emits finished() exactly once; never null.
    ApiReply *send(const ApiRequest &request);
    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    ApiReply *postJson(const QString &path, const QJsonObject &body,
                       const ApiRequest::Headers &extraHeaders = {});
    // application/x-www-form-urlencoded, for the OAuth endpoints.
    ApiReply *postForm(const QString &path, const QUrlQuery &form);
    // Takes ownership of `multiPart`.
    ApiReply *postMultipart(const QString &path, QHttpMultiPart *multiPart,
                            const ApiRequest::Headers &extraHeaders = {});
    ApiReply *putJson(const QString &path, const QJsonObject &body);
    ApiReply *deleteResource(const QString &path, const QUrlQuery &query = {});

    // Percent-encodes everything but unreserved characters. QUrlQuery leaves '+' as
    // is, which Rails decodes as a space: "c++" would arrive as "c  ".
    [[nodiscard]] static QString encodeQuery(const QUrlQuery &query);

signals:
    // A call with this client's token was answered 401: the token is no longer valid,
    // whichever feature made the call. Emitted before that reply's finished().
    void unauthorized();

private:
    ApiReply *start(const ApiRequest &request, QHttpMultiPart *multiPart);
    [[nodiscard]] QUrl resolve(const ApiRequest &request) const;
    [[nodiscard]] QNetworkRequest buildRequest(const ApiRequest &request, const QUrl &url,
                                               bool hasMultiPart) const;

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    bool m_baseUrlAllowed;
    QString m_accessToken;
    std::chrono::milliseconds m_transferTimeout = defaultTransferTimeout;
    qint64 m_maxReplySize = defaultMaxReplySize;
};
