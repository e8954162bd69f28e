#include "imagefetcher.h"

#include "api/apilog.h"
#include "api/originpolicy.h"
#include "api/requestbuilder.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

ImageFetcher::ImageFetcher(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    Q_ASSERT(m_nam);
}

ImageFetcher::~ImageFetcher()
{
    // Nobody is left to tell; the reply belongs to the access manager until deleted.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ImageFetcher::fetch(const QUrl &url)
{
    if (m_reply)
        m_reply->abort();
    if (!OriginPolicy::isAllowedBaseUrl(url)) {
        // Reported later, like every other outcome, so callers may connect after fetch().
        QMetaObject::invokeMethod(
            this, [this, url] { emit fetched(url, {}); }, Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = m_nam->get(RequestBuilder::build(url, transferTimeout));
    m_reply = reply;
    // No credentials ride along, so a picture may move to another host (a CDN), but
    // never to plain http outside loopback: the same rule as for the address itself.
    connect(reply, &QNetworkReply::redirected, this, [reply](const QUrl &target) {
        const QUrl resolved = reply->url().resolved(target);
        if (OriginPolicy::isAllowedBaseUrl(resolved)) {
            emit reply->redirectAllowed();
            return;
        }
        qCWarning(lcApi).noquote() << "picture redirect refused:" << OriginPolicy::origin(resolved);
        reply->abort();
    });
    // An announced oversized picture is refused before a byte of it is read; one that
    // does not say its size, or says less, is cut off as it grows.
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply] {
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const bool ok = reply->error() == QNetworkReply::NoError;
        emit fetched(url, ok ? reply->readAll() : QByteArray());
    });
}
