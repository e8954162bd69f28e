#include "linkedstatus.h"

#include "search/htmltext.h"

#include <QJsonArray>
#include <QSet>

std::optional<LinkedStatus> LinkedStatus::fromJson(const QJsonObject &object)
{
    const QJsonObject account = object.value(QLatin1String("account")).toObject();
    LinkedStatus status;
    status.id = object.value(QLatin1String("id")).toString();
    status.authorId = account.value(QLatin1String("id")).toString();
    status.authorAcct = account.value(QLatin1String("acct")).toString();
    if (status.id.isEmpty() || status.authorAcct.isEmpty())
        return std::nullopt;
    status.url = QUrl(object.value(QLatin1String("url")).toString());
    status.visibility = object.value(QLatin1String("visibility")).toString();
    status.authorName = account.value(QLatin1String("display_name")).toString();
    if (status.authorName.isEmpty())
        status.authorName = account.value(QLatin1String("username")).toString();
    status.text = HtmlText::toPlainText(object.value(QLatin1String("content")).toString());
    status.mediaCount = int(object.value(QLatin1String("media_attachments")).toArray().size());
    const QJsonArray mentions = object.value(QLatin1String("mentions")).toArray();
    for (const QJsonValue &value : mentions) {
        const QJsonObject mention = value.toObject();
        const QString acct = mention.value(QLatin1String("acct")).toString();
        if (!acct.isEmpty())
            status.mentions.append(Mention{mention.value(QLatin1String("id")).toString(), acct});
    }
    return status;
}

QString LinkedStatus::replyMentions(const QString &ownAccountId) const
{
    // As statusToTextMentions in Mastodon's compose reducer.
    QStringList accts;
    QSet<QString> seen;
    const auto add = [&](const QString &accountId, const QString &acct) {
        if ((!ownAccountId.isEmpty() && accountId == ownAccountId) || seen.contains(acct))
            return;
        seen.insert(acct);
        accts.append(QLatin1Char('@') + acct + QLatin1Char(' '));
    };
    add(authorId, authorAcct);
    for (const Mention &mention : mentions)
        add(mention.accountId, mention.acct);
    return accts.join(QString());
}

DraftLink LinkedStatus::toDraftLink(DraftLink::Kind kind, const QUrl &givenUrl) const
{
    DraftLink link;
    link.kind = kind;
    link.url = givenUrl.isEmpty() ? url : givenUrl;
    link.statusId = id;
    link.authorName = authorName;
    link.authorAcct = authorAcct;
    link.text = text;
    link.mediaCount = mediaCount;
    return link;
}
