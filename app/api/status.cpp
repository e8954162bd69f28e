#include "status.h"

#include "jsonreader.h"

std::optional<Status> Status::fromJson(const QJsonValue &value, QString *error)
{
    return JsonReader::parse<Status>(value, QStringLiteral("Status"), error);
}

Status Status::read(JsonReader &reader)
{
    Status status;
    status.id = reader.requiredId(QLatin1String("id"));
    status.uri = reader.optionalString(QLatin1String("uri"));
    status.url = reader.optionalUrl(QLatin1String("url"));
    status.createdAt = reader.requiredDateTime(QLatin1String("created_at"));
    status.editedAt = reader.optionalDateTime(QLatin1String("edited_at"));
    status.account = reader.requiredEntity<Account>(QLatin1String("account"));
    status.content = reader.optionalString(QLatin1String("content"));
    status.text = reader.optionalString(QLatin1String("text"));
    status.spoilerText = reader.optionalString(QLatin1String("spoiler_text"));
    status.visibility =
        reader.optionalString(QLatin1String("visibility"), QStringLiteral("public"));
    status.sensitive = reader.optionalBool(QLatin1String("sensitive"));
    status.language = reader.optionalString(QLatin1String("language"));
    status.inReplyToId = reader.optionalId(QLatin1String("in_reply_to_id"));
    status.inReplyToAccountId = reader.optionalId(QLatin1String("in_reply_to_account_id"));
    status.repliesCount = reader.optionalInt(QLatin1String("replies_count"), 0);
    status.reblogsCount = reader.optionalInt(QLatin1String("reblogs_count"), 0);
    status.favouritesCount = reader.optionalInt(QLatin1String("favourites_count"), 0);
    status.mediaAttachments =
        reader.optionalList<MediaAttachment>(QLatin1String("media_attachments"));
    status.emojis = reader.optionalList<CustomEmoji>(QLatin1String("emojis"));
    status.poll = reader.optionalEntity<Poll>(QLatin1String("poll"));
    status.application = reader.optionalEntity<Application>(QLatin1String("application"));
    if (auto reblog = reader.optionalEntity<Status>(QLatin1String("reblog")))
        status.reblog = std::make_shared<const Status>(std::move(*reblog));
    return status;
}
