#pragma once

#include "compose/draftpoll.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A draft that replaces a published post (PUT /api/v1/statuses/:id) rather than making
// a new one. Kept with the draft, on disk and in the outbox, so an edit stays an edit
// across a crash, a restart or a refusal.
struct DraftEdit
{
    QString statusId;
    // When the post was first published, for "Editing your post from …".
    QDateTime createdAt;
    // The poll as published: changing it makes the server reset its votes, which the
    // user is told before saving.
    std::optional<DraftPoll> originalPoll;

    // True when saving `poll` in place of the published one resets the votes.
    [[nodiscard]] bool resetsVotes(const std::optional<DraftPoll> &poll) const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static DraftEdit fromJson(const QJsonObject &object);

    friend bool operator==(const DraftEdit &a, const DraftEdit &b)
    {
        return a.statusId == b.statusId && a.createdAt == b.createdAt &&
               a.originalPoll == b.originalPoll;
    }
};
