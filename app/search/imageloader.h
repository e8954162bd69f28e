#pragma once

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class ImageFetcher;
class QNetworkAccessManager;

// Fetches pictures (avatars, custom emoji) once and keeps their bytes in memory, for
// views that ask again and again while painting. Requests go through the shared
// QNetworkAccessManager, whose disk cache answers a picture fetched before without
// asking the server. Bytes stay undecoded: the widgets decide how to draw them.
class ImageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLoader)

public:
    static constexpr qint64 memoryBytes = 16 * 1024 * 1024;

    explicit ImageLoader(QObject *parent = nullptr);
    ~ImageLoader() override;

    // nullptr: nothing is fetched. Fetches under way for the previous one are stopped.
    void setNetwork(QNetworkAccessManager *network);

    // Starts fetching unless the picture is here, on its way or known to be missing.
    void request(const QUrl &url);
    // Empty until the picture has arrived (or when it could not be had).
    [[nodiscard]] QByteArray image(const QUrl &url) const;
    [[nodiscard]] bool hasImage(const QUrl &url) const;
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }

signals:
    // The picture arrived; `image(url)` now has it.
    void imageLoaded(const QUrl &url);
    // Every requested picture has arrived or failed.
    void idle();

private:
    void onFetched(ImageFetcher *fetcher, const QUrl &url, const QByteArray &bytes);
    void stopAll();

    QPointer<QNetworkAccessManager> m_network;
    QCache<QUrl, QByteArray> m_images{memoryBytes};
    QHash<QUrl, ImageFetcher *> m_pending;
    QSet<QUrl> m_failed;
};
