#include "statusrequest.h"

#include <QJsonArray>

QJsonObject StatusRequest::body(const Draft &draft, qsizetype part, const QString &inReplyToId,
                                const std::optional<QStringList> &allowedMentions)
{
    QJsonObject body{{QStringLiteral("status"), draft.parts.value(part)}};
    if (allowedMentions)
        body.insert(QStringLiteral("allowed_mentions"),
                    QJsonArray::fromStringList(*allowedMentions));
    const QString spoiler = draft.effectiveSpoilerText();
    if (!spoiler.isEmpty())
        body.insert(QStringLiteral("spoiler_text"), spoiler);
    if (!draft.visibility.isEmpty())
        body.insert(QStringLiteral("visibility"), draft.visibility);
    if (!draft.language.isEmpty())
        body.insert(QStringLiteral("language"), draft.language);
    const QString replyTo = inReplyToId.isEmpty() && part == 0 ? draft.inReplyToId : inReplyToId;
    if (!replyTo.isEmpty())
        body.insert(QStringLiteral("in_reply_to_id"), replyTo);
    if (part != 0)
        return body;

    if (draft.link && draft.link->kind == DraftLink::Kind::Quote) {
        body.insert(QStringLiteral("quoted_status_id"), draft.link->statusId);
        if (!draft.link->quotePolicy.isEmpty())
            body.insert(QStringLiteral("quote_approval_policy"), draft.link->quotePolicy);
    }

    if (!draft.attachments.isEmpty()) {
        QJsonArray ids;
        for (const DraftAttachment &attachment : draft.attachments)
            ids.append(attachment.mediaId);
        body.insert(QStringLiteral("media_ids"), ids);
        body.insert(QStringLiteral("sensitive"), draft.sensitive);
    } else if (draft.poll) {
        QJsonArray options;
        for (const QString &option : draft.poll->options)
            options.append(option.trimmed());
        body.insert(QStringLiteral("poll"),
                    QJsonObject{{QStringLiteral("options"), options},
                                {QStringLiteral("expires_in"), draft.poll->expiresIn},
                                {QStringLiteral("multiple"), draft.poll->multiple},
                                {QStringLiteral("hide_totals"), draft.poll->hideTotals}});
    }
    if (draft.scheduledAt.isValid())
        body.insert(QStringLiteral("scheduled_at"),
                    draft.scheduledAt.toUTC().toString(Qt::ISODateWithMs));
    return body;
}
