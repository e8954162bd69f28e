#include "signinpipe.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString authorizeUrlKey = QStringLiteral("authorizeUrl");
const QString redirectUriKey = QStringLiteral("redirectUri");
const QString eventKey = QStringLiteral("event");
const QString urlKey = QStringLiteral("url");
const QString messageKey = QStringLiteral("message");

const QString shownEvent = QStringLiteral("shown");
const QString callbackEvent = QStringLiteral("callback");
const QString cancelledEvent = QStringLiteral("cancelled");
const QString errorEvent = QStringLiteral("error");

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QJsonObject> objectOf(const QByteArray &line)
{
    if (line.size() > SignInPipe::maxLineSize)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Strictly parsed: an address that needed fixing up is not what the other side sent.
QUrl urlOf(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return {};
    const QUrl url(value.toString(), QUrl::StrictMode);
    return url.isValid() && !url.isRelative() ? url : QUrl();
}

bool isWebPage(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
}

} // namespace

QByteArray SignInPipe::encode(const Request &request)
{
    return line({{authorizeUrlKey, request.authorizeUrl.toString(QUrl::FullyEncoded)},
                 {redirectUriKey, request.redirectUri.toString(QUrl::FullyEncoded)}});
}

QByteArray SignInPipe::encode(const Event &event)
{
    switch (event.kind) {
    case Event::Kind::Shown:
        return line({{eventKey, shownEvent}});
    case Event::Kind::Callback:
        return line({{eventKey, callbackEvent}, {urlKey, event.url.toString(QUrl::FullyEncoded)}});
    case Event::Kind::Cancelled:
        return line({{eventKey, cancelledEvent}});
    case Event::Kind::Error:
        break;
    }
    return line({{eventKey, errorEvent}, {messageKey, event.message}});
}

std::optional<SignInPipe::Request> SignInPipe::decodeRequest(const QByteArray &line)
{
    const std::optional<QJsonObject> object = objectOf(line);
    if (!object)
        return std::nullopt;
    Request request{urlOf(*object, authorizeUrlKey), urlOf(*object, redirectUriKey)};
    if (!request.authorizeUrl.isValid() || !request.redirectUri.isValid() ||
        !isWebPage(request.authorizeUrl))
        return std::nullopt;
    return request;
}

std::optional<SignInPipe::Event> SignInPipe::decodeEvent(const QByteArray &line)
{
    const std::optional<QJsonObject> object = objectOf(line);
    if (!object)
        return std::nullopt;
    const QString kind = object->value(eventKey).toString();
    Event event;
    if (kind == shownEvent) {
        event.kind = Event::Kind::Shown;
    } else if (kind == cancelledEvent) {
        event.kind = Event::Kind::Cancelled;
    } else if (kind == callbackEvent) {
        event.kind = Event::Kind::Callback;
        event.url = urlOf(*object, urlKey);
        if (!event.url.isValid())
            return std::nullopt;
    } else if (kind == errorEvent) {
        event.kind = Event::Kind::Error;
        event.message = object->value(messageKey).toString();
    } else {
        return std::nullopt;
    }
    return event;
}
