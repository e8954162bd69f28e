#include "imageloader.h"

#include "api/imagefetcher.h"

#include <QNetworkAccessManager>

#include <utility>

ImageLoader::ImageLoader(QObject *parent)
    : QObject(parent)
{}

ImageLoader::~ImageLoader()
{
    stopAll();
}

void ImageLoader::setNetwork(QNetworkAccessManager *network)
{
    if (m_network == network)
        return;
    stopAll();
    m_network = network;
    // A picture that failed through one server's connection may work through another.
    m_failed.clear();
}

void ImageLoader::request(const QUrl &url)
{
    if (!m_network || !url.isValid() || m_images.contains(url) || m_pending.contains(url) ||
        m_failed.contains(url))
        return;
    auto *fetcher = new ImageFetcher(m_network, this);
    m_pending.insert(url, fetcher);
    connect(fetcher, &ImageFetcher::fetched, this,
            [this, fetcher](const QUrl &fetchedUrl, const QByteArray &bytes) {
                onFetched(fetcher, fetchedUrl, bytes);
            });
    fetcher->fetch(url);
}

QByteArray ImageLoader::image(const QUrl &url) const
{
    const QByteArray *bytes = m_images.object(url);
    return bytes ? *bytes : QByteArray();
}

bool ImageLoader::hasImage(const QUrl &url) const
{
    return m_images.contains(url);
}

void ImageLoader::onFetched(ImageFetcher *fetcher, const QUrl &url, const QByteArray &bytes)
{
    m_pending.remove(url);
    fetcher->deleteLater();
    if (bytes.isEmpty()) {
        m_failed.insert(url);
    } else {
        // A picture larger than the whole memory budget is not kept; the disk cache
        // still has it.
        m_images.insert(url, new QByteArray(bytes), qMax<qsizetype>(1, bytes.size()));
        emit imageLoaded(url);
    }
    if (m_pending.isEmpty())
        emit idle();
}

void ImageLoader::stopAll()
{
    const QHash<QUrl, ImageFetcher *> pending = std::exchange(m_pending, {});
    for (ImageFetcher *fetcher : pending) {
        fetcher->disconnect(this);
        delete fetcher;
    }
}
