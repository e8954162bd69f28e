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

} // namespace

QByteArray LaunchRequest::toMessage() const
{
    const QJsonObject object{
        {quickPostKey, quickPost}, {minimizedKey, minimized}, {shareTextKey, shareText}};
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
    if ((!quickPost.isUndefined() && !quickPost.isBool()) ||
        (!minimized.isUndefined() && !minimized.isBool()) ||
        (!shareText.isUndefined() && !shareText.isString()))
        return std::nullopt;

    LaunchRequest request;
    // The sender is another process: it gets no more trust than a share link.
    request.shareText = ShareLink::withoutControlCharacters(shareText.toString());
    request.quickPost = quickPost.toBool() || !request.shareText.isEmpty();
    request.minimized = minimized.toBool();
    return request;
}
