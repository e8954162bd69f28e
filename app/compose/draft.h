#pragma once

#include "compose/draftattachment.h"
#include "compose/draftedit.h"
#include "compose/draftlink.h"
#include "compose/draftpoll.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Everything the composer holds, as saved while the user types and as the outbox sends
// it. `parts` is a thread: each part after the first is posted as a reply to the one
// before. Media, poll and schedule belong to the first part; the content warning,
// visibility and language apply to every part.
struct Draft
{
    QString accountKey;
    QStringList parts{QString()};
    bool contentWarning = false;
    QString spoilerText;
    // public, unlisted, private or direct; empty means the account's default.
    QString visibility;
    QString language;
    bool sensitive = false;
    QList<DraftAttachment> attachments;
    std::optional<DraftPoll> poll;
    // Invalid: post now. UTC.
    QDateTime scheduledAt;
    // The first part replies to this status: a thread continued after a refusal.
    QString inReplyToId;
    // The post found by its link that this one replies to or quotes. For a reply,
    // inReplyToId holds its id as well.
    std::optional<DraftLink> link;
    // Set when the draft edits a published post instead of making a new one.
    std::optional<DraftEdit> edit;

    // The spoiler text that is sent, empty unless the warning is switched on.
    [[nodiscard]] QString effectiveSpoilerText() const;
    // Nothing the user would miss if it were dropped.
    [[nodiscard]] bool isBlank() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Draft fromJson(const QJsonObject &object);
    // False when fromJson() would quietly drop or change something in `object`: a field
    // toJson() writes holds another JSON type (text that is not a string, parts that
    // are not a list of strings, a poll that is not an object, ...) or the schedule is
    // not a time. A missing field is fine: older versions did not write every one. Such
    // a file is damaged, and kept for the user rather than read as an empty draft.
    [[nodiscard]] static bool isIntact(const QJsonObject &object);

    friend bool operator==(const Draft &a, const Draft &b)
    {
        return a.accountKey == b.accountKey && a.parts == b.parts &&
               a.contentWarning == b.contentWarning && a.spoilerText == b.spoilerText &&
               a.visibility == b.visibility && a.language == b.language &&
               a.sensitive == b.sensitive && a.attachments == b.attachments && a.poll == b.poll &&
               a.scheduledAt == b.scheduledAt && a.inReplyToId == b.inReplyToId &&
               a.link == b.link && a.edit == b.edit;
    }
};
