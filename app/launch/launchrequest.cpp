#include "launchrequest.h"

#include "launch/sharelink.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

namespace {

const QLatin1String quickPostKey("quickPost");
const QLatin1String minimizedKey("minimized");
const QLatin1String shareTextKey("shareText");
const QLatin1String activationTokenKey("activationToken");
const QLatin1String replyToKey("replyTo");
const QLatin1String quoteKey("quote");

} // namespace

QByteArray LaunchRequest::toMessage() const
{
    QJsonObject object{
        {quickPostKey, quickPost}, {minimizedKey, minimized}, {shareTextKey, shareText}};
    if (!activationToken.isEmpty())
        object.insert(activationTokenKey, activationToken);
    if (!replyTo.isEmpty())
        object.insert(replyToKey, replyTo);
    if (!quote.isEmpty())
        object.insert(quoteKey, quote);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<LaunchRequest> LaunchRequest::fromMessage(const QByteArray &message)
{
    if (message.size() > maxMessageSize)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(message, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();

    const QJsonValue quickPost = object.value(quickPostKey);
    const QJsonValue minimized = object.value(minimizedKey);
    const QJsonValue shareText = object.value(shareTextKey);
    const QJsonValue activationToken = object.value(activationTokenKey);
    const QJsonValue replyTo = object.value(replyToKey);
    const QJsonValue quote = object.value(quoteKey);
    if ((!quickPost.isUndefined() && !quickPost.isBool()) ||
        (!minimized.isUndefined() && !minimized.isBool()) ||
        (!shareText.isUndefined() && !shareText.isString()) ||
        (!activationToken.isUndefined() && !activationToken.isString()) ||
        (!replyTo.isUndefined() && !replyTo.isString()) ||
        (!quote.isUndefined() && !quote.isString()))
        return std::nullopt;

    LaunchRequest request;
    // The sender is another process: it gets no more trust than a share link.
    request.shareText = ShareLink::withoutControlCharacters(shareText.toString());
    request.quickPost = quickPost.toBool() || !request.shareText.isEmpty();
    request.minimized = minimized.toBool();
    // Only passed on to the compositor, which refuses a token it did not hand out.
    request.activationToken = ShareLink::withoutControlCharacters(activationToken.toString());
    // Only looked up on the user's own server, never opened.
    request.replyTo = ShareLink::withoutControlCharacters(replyTo.toString());
    request.quote = ShareLink::withoutControlCharacters(quote.toString());
    return request;
}
