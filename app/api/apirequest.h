#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One API call as a value: what ApiClient::send() takes. The convenience calls of
// ApiClient (get, postJson, ...) fill one of these.
struct ApiRequest
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method = QByteArrayLiteral("GET");
    // Relative to the client's base URL, e.g. "/api/v1/statuses".
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    // Added before the client's own headers, so they cannot replace Authorization,
    // User-Agent or Accept. For Idempotency-Key and the like.
    Headers headers;
};
