#include "redraft.h"

#include "api/status.h"
#include "search/htmltext.h"

Draft Redraft::fromDeleted(const Status &status, const QString &accountKey)
{
    Draft draft;
    draft.accountKey = accountKey;
    // Servers before Mastodon 2.9 answer DELETE without `text`; the rendered post as
    // plain text is the next best thing to retype.
    draft.parts = {status.text.isEmpty() ? HtmlText::toPlainText(status.content) : status.text};
    draft.contentWarning = !status.spoilerText.isEmpty();
    draft.spoilerText = status.spoilerText;
    draft.visibility = status.visibility;
    draft.language = status.language;
    draft.sensitive = status.sensitive;
    draft.inReplyToId = status.inReplyToId;
    for (const MediaAttachment &media : status.mediaAttachments)
        draft.attachments.append(DraftAttachment{QString(), media.id, media.description});
    if (status.poll && status.poll->options.size() >= 2) {
        DraftPoll poll;
        poll.options = status.poll->options;
        poll.multiple = status.poll->multiple;
        // The duration the poll was given; a poll without an end gets the default.
        if (status.poll->expiresAt.isValid() && status.createdAt.isValid())
            poll.expiresIn = qMax<qint64>(status.createdAt.secsTo(status.poll->expiresAt), 5 * 60);
        draft.poll = poll;
    }
    return draft;
}
