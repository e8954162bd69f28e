#include "requestbuilder.h"

QByteArray RequestBuilder::userAgent()
{
    return QByteArrayLiteral("Posthorn/" POSTHORN_VERSION);
}

QNetworkRequest RequestBuilder::build(const QUrl &url, std::chrono::milliseconds transferTimeout)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(static_cast<int>(transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    // The access manager and its cookie jar are shared by every account and every
    // picture's host; nothing Posthorn calls needs cookies, and a cookie from one
    // account must not ride along with another's.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}
