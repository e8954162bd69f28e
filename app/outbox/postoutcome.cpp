#include "postoutcome.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<PostOutcome::Kind, const char *>, 5> kindNames{{
    {PostOutcome::Kind::Published, "published"},
    {PostOutcome::Kind::Scheduled, "scheduled"},
    {PostOutcome::Kind::Refused, "refused"},
    {PostOutcome::Kind::Waiting, "waiting"},
    {PostOutcome::Kind::SignInRequired, "sign-in"},
}};

} // namespace

int PostOutcome::exitCode() const
{
    switch (kind) {
    case Kind::Published:
    case Kind::Scheduled:
        return 0;
    case Kind::Refused:
        return 2;
    case Kind::Waiting:
        return 3;
    case Kind::SignInRequired:
        return 4;
    }
    return 3;
}

QJsonObject PostOutcome::toJson() const
{
    QJsonObject object;
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            object.insert(QStringLiteral("outcome"), QString::fromLatin1(name));
    }
    object.insert(QStringLiteral("message"), message);
    object.insert(QStringLiteral("url"), url.toString());
    object.insert(QStringLiteral("statusId"), statusId);
    if (scheduledAt.isValid())
        object.insert(QStringLiteral("scheduledAt"), scheduledAt.toString(Qt::ISODateWithMs));
    return object;
}

std::optional<PostOutcome> PostOutcome::fromJson(const QJsonObject &object)
{
    const QString name = object.value(QStringLiteral("outcome")).toString();
    PostOutcome outcome;
    bool known = false;
    for (const auto &[k, kindName] : kindNames) {
        if (name == QLatin1String(kindName)) {
            outcome.kind = k;
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    outcome.message = object.value(QStringLiteral("message")).toString();
    outcome.url = QUrl(object.value(QStringLiteral("url")).toString());
    outcome.statusId = object.value(QStringLiteral("statusId")).toString();
    outcome.scheduledAt = QDateTime::fromString(
        object.value(QStringLiteral("scheduledAt")).toString(), Qt::ISODateWithMs);
    return outcome;
}
