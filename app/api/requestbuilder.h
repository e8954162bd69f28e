#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>

#include <chrono>

// What every request Posthorn sends has in common, whether an API call (ApiClient) or a
// picture (ImageFetcher): the User-Agent, a transfer timeout, no cookies, and redirects
// that the sender must approve one by one, so each sender applies its own origin rule
// to every hop before Qt follows it.
class RequestBuilder final
{
public:
    RequestBuilder() = delete;

    // Enough for any same-origin path change (trailing slash, locale) or a CDN hop; a
    // longer chain is a loop or a misconfiguration.
    static constexpr int maxRedirects = 5;

    // "Posthorn/<version>": servers and their admins can tell what is calling.
    [[nodiscard]] static QByteArray userAgent();
    // Redirects of the result emit QNetworkReply::redirected and go no further until the
    // sender emits redirectAllowed(). Nothing about the cache is decided here: API
    // replies must never be cached, pictures should be.
    [[nodiscard]] static QNetworkRequest build(const QUrl &url,
                                               std::chrono::milliseconds transferTimeout);
};
