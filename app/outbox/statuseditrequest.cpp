#include "statuseditrequest.h"

#include <QJsonArray>

QString StatusEditRequest::path(const Draft &draft)
{
    return QStringLiteral("/api/v1/statuses/") + (draft.edit ? draft.edit->statusId : QString());
}

QJsonObject StatusEditRequest::body(const Draft &draft)
{
    // An empty spoiler_text takes a content warning away, so it is always sent.
    QJsonObject body{
        {QStringLiteral("status"), draft.parts.value(0)},
        {QStringLiteral("spoiler_text"), draft.effectiveSpoilerText()},
        {QStringLiteral("sensitive"), draft.sensitive},
    };
    if (!draft.language.isEmpty())
        body.insert(QStringLiteral("language"), draft.language);
    QJsonArray ids;
    QJsonArray attributes;
    for (const DraftAttachment &attachment : draft.attachments) {
        ids.append(attachment.mediaId);
        QJsonObject attribute{{QStringLiteral("id"), attachment.mediaId},
                              {QStringLiteral("description"), attachment.description}};
        // Left out when unset: the server keeps the focal point the media has.
        if (!attachment.focus.isEmpty())
            attribute.insert(QStringLiteral("focus"), attachment.focus);
        attributes.append(attribute);
    }
    body.insert(QStringLiteral("media_ids"), ids);
    if (!attributes.isEmpty())
        body.insert(QStringLiteral("media_attributes"), attributes);
    if (draft.attachments.isEmpty() && draft.poll) {
        QJsonArray options;
        for (const QString &option : draft.poll->options)
            options.append(option.trimmed());
        body.insert(QStringLiteral("poll"),
                    QJsonObject{{QStringLiteral("options"), options},
                                {QStringLiteral("expires_in"), draft.poll->expiresIn},
                                {QStringLiteral("multiple"), draft.poll->multiple},
                                {QStringLiteral("hide_totals"), draft.poll->hideTotals}});
    }
    return body;
}
