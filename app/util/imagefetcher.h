#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Downloads one picture (an avatar) for display. Never sends credentials: pictures
// often live on another host (a media CDN). https only, except loopback hosts, and
// no more than a few megabytes.
class ImageFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageFetcher)

public:
    explicit ImageFetcher(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ImageFetcher() override;

    void fetch(const QUrl &url);

    static constexpr qint64 maxBytes = 4 * 1024 * 1024;

signals:
    // Empty `bytes` when the picture could not be had; callers keep their placeholder.
    void fetched(const QUrl &url, const QByteArray &bytes);

private:
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
};
