#pragma once

#include "compose/draft.h"

#include <QCoreApplication>
#include <QString>

// One post for several accounts: each gets its own outbox entry, made from the same
// draft, so that each server is sent to (and retried) on its own and a refusal on one
// never holds back or repeats the post on another.
class CrossPost final
{
    Q_DECLARE_TR_FUNCTIONS(CrossPost)

public:
    CrossPost() = delete;

    // Why `draft` can only go out from its own account, for the user; empty when it
    // may be cross-posted. Replies, quotes and edits are tied to a post on one server.
    [[nodiscard]] static QString whyNot(const Draft &draft);
    // The draft as `accountKey` posts it. Media uploaded for the draft's own account
    // have ids on that server only: the outbox uploads them again from their files
    // (EntryMediaUploader).
    [[nodiscard]] static Draft copyFor(const Draft &draft, const QString &accountKey);
};
