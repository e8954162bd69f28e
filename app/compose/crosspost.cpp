#include "crosspost.h"

QString CrossPost::whyNot(const Draft &draft)
{
    if (draft.edit)
        return tr("An edit changes one post on its own server: it is saved for that account "
                  "only.");
    if (draft.link && draft.link->kind == DraftLink::Kind::Quote)
        return tr("A quote points at a post on one server: it goes out from one account only.");
    if (draft.link || !draft.inReplyToId.isEmpty())
        return tr("A reply belongs to a conversation on one server: it goes out from one "
                  "account only.");
    return QString();
}

Draft CrossPost::copyFor(const Draft &draft, const QString &accountKey)
{
    Draft copy = draft;
    copy.accountKey = accountKey;
    for (DraftAttachment &attachment : copy.attachments)
        attachment.mediaId.clear();
    return copy;
}
