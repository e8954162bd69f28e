#include "draftlink.h"

#include <algorithm>
#include <initializer_list>

namespace {

const QLatin1String kindKey("kind");
const QLatin1String urlKey("url");
const QLatin1String statusIdKey("statusId");
const QLatin1String authorNameKey("authorName");
const QLatin1String authorAcctKey("authorAcct");
const QLatin1String textKey("text");
const QLatin1String mediaCountKey("mediaCount");
const QLatin1String quotePolicyKey("quotePolicy");

} // namespace

QJsonObject DraftLink::toJson() const
{
    QJsonObject object{
        {kindKey, kind == Kind::Quote ? QStringLiteral("quote") : QStringLiteral("reply")},
        {urlKey, url.toString()},
        {statusIdKey, statusId},
        {authorNameKey, authorName},
        {authorAcctKey, authorAcct},
        {textKey, text},
        {mediaCountKey, mediaCount},
    };
    if (!quotePolicy.isEmpty())
        object.insert(quotePolicyKey, quotePolicy);
    return object;
}

std::optional<DraftLink> DraftLink::fromJson(const QJsonObject &object)
{
    const QString kind = object.value(kindKey).toString();
    if (kind != QLatin1String("reply") && kind != QLatin1String("quote"))
        return std::nullopt;
    DraftLink link;
    link.kind = kind == QLatin1String("quote") ? Kind::Quote : Kind::Reply;
    link.url = QUrl(object.value(urlKey).toString());
    link.statusId = object.value(statusIdKey).toString();
    if (link.statusId.isEmpty())
        return std::nullopt;
    link.authorName = object.value(authorNameKey).toString();
    link.authorAcct = object.value(authorAcctKey).toString();
    link.text = object.value(textKey).toString();
    link.mediaCount = qMax(0, object.value(mediaCountKey).toInt());
    link.quotePolicy = object.value(quotePolicyKey).toString();
    return link;
}

bool DraftLink::isIntact(const QJsonObject &object)
{
    const auto absentOrString = [&object](QLatin1String key) {
        const QJsonValue value = object.value(key);
        return value.isUndefined() || value.isString();
    };
    const QJsonValue mediaCount = object.value(mediaCountKey);
    const std::initializer_list<QLatin1String> keys{
        kindKey, urlKey, statusIdKey, authorNameKey, authorAcctKey, textKey, quotePolicyKey};
    return std::all_of(keys.begin(), keys.end(), absentOrString) &&
           (mediaCount.isUndefined() || mediaCount.isDouble()) && fromJson(object).has_value();
}
