#include "redraft.h"

#include "api/status.h"
#include "media/mediafocus.h"
#include "search/htmltext.h"

#include <algorithm>
#include <iterator>

namespace {

// The durations PollEditor offers, which are those of Mastodon's web composer.
constexpr qint64 offeredDurations[] = {5 * 60,    30 * 60,       60 * 60,      6 * 3600,
                                       24 * 3600, 3 * 24 * 3600, 7 * 24 * 3600};

} // namespace

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
    for (const MediaAttachment &media : status.mediaAttachments) {
        DraftAttachment attachment{QString(), media.id, media.description};
        const MediaFocus focus(media.focus.x(), media.focus.y());
        // The middle is what the server assumes: nothing to say for it.
        if (!focus.isCentre())
            attachment.focus = focus.toString();
        attachment.previewUrl = media.previewUrl.toString();
        draft.attachments.append(attachment);
    }
    if (status.poll && status.poll->options.size() >= 2) {
        DraftPoll poll;
        poll.options = status.poll->options;
        poll.multiple = status.poll->multiple;
        // The duration the poll was given, to the nearest one the composer offers (a
        // server's two times are a moment apart); a poll without an end gets the default.
        if (status.poll->expiresAt.isValid() && status.createdAt.isValid()) {
            const qint64 given = status.createdAt.secsTo(status.poll->expiresAt);
            poll.expiresIn = *std::min_element(
                std::begin(offeredDurations), std::end(offeredDurations),
                [given](qint64 a, qint64 b) { return qAbs(a - given) < qAbs(b - given); });
        }
        draft.poll = poll;
    }
    return draft;
}
