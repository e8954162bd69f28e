#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

// Downloads one picture (an avatar) for display. Requests come from RequestBuilder, like
// ApiClient's, so they carry Posthorn's User-Agent and no cookies, and may be answered
// from the shared access manager's disk cache. Never sends credentials: pictures often
// live on another host (a media CDN). https only, except loopback hosts, for the address
// and for every redirect, and no more than a few megabytes.
class ImageFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageFetcher)

public:
    static constexpr qint64 maxBytes = 4 * 1024 * 1024;
    static constexpr std::chrono::milliseconds transferTimeout{20000};

    explicit ImageFetcher(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ImageFetcher() override;

    // Stops the fetch under way, if any, which then reports an empty picture.
    void fetch(const QUrl &url);

signals:
    // Empty `bytes` when the picture could not be had; callers keep their placeholder.
    void fetched(const QUrl &url, const QByteArray &bytes);

private:
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
};
