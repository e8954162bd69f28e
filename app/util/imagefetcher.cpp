#include "imagefetcher.h"

#include "api/originpolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

ImageFetcher::ImageFetcher(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

ImageFetcher::~ImageFetcher()
{
    if (m_reply)
        m_reply->abort();
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
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
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
