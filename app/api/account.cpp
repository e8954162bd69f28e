#include "account.h"

#include "jsonreader.h"

QString Account::name() const
{
    return displayName.trimmed().isEmpty() ? username : displayName;
}

std::optional<Account> Account::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<Account>(value, QStringLiteral("Account"), error);
}

Account Account::read(JsonReader &reader)
{
    Account account;
    account.id = reader.requiredId(QLatin1String("id"));
    account.username = reader.requiredString(QLatin1String("username"));
    account.acct = reader.requiredString(QLatin1String("acct"));
    account.displayName = reader.optionalString(QLatin1String("display_name"));
    account.note = reader.optionalString(QLatin1String("note"));
    account.url = reader.optionalUrl(QLatin1String("url"));
    account.uri = reader.optionalUrl(QLatin1String("uri"));
    account.avatar = reader.optionalUrl(QLatin1String("avatar"));
    account.avatarStatic = reader.optionalUrl(QLatin1String("avatar_static"));
    account.header = reader.optionalUrl(QLatin1String("header"));
    account.headerStatic = reader.optionalUrl(QLatin1String("header_static"));
    account.locked = reader.optionalBool(QLatin1String("locked"));
    account.bot = reader.optionalBool(QLatin1String("bot"));
    account.group = reader.optionalBool(QLatin1String("group"));
    account.discoverable = reader.optionalBool(QLatin1String("discoverable"));
    account.suspended = reader.optionalBool(QLatin1String("suspended"));
    account.limited = reader.optionalBool(QLatin1String("limited"));
    account.followersCount = reader.optionalInt(QLatin1String("followers_count"), 0);
    account.followingCount = reader.optionalInt(QLatin1String("following_count"), 0);
    account.statusesCount = reader.optionalInt(QLatin1String("statuses_count"), 0);
    account.createdAt = reader.optionalDateTime(QLatin1String("created_at"));
    // A date since Mastodon 3.1, a full timestamp before that.
    account.lastStatusAt = reader.optionalDateTime(QLatin1String("last_status_at")).date();
    account.emojis = reader.optionalList<CustomEmoji>(QLatin1String("emojis"));
    if (auto moved = reader.optionalEntity<Account>(QLatin1String("moved")))
        account.movedTo = std::make_shared<const Account>(std::move(*moved));
    return account;
}
