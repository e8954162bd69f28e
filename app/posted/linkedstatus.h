#pragma once

#include "compose/draftlink.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// A post found by its link (the statuses of /api/v2/search), with what a reply or a
// quote of it needs: who wrote it, its text as plain text and whom it mentions.
struct LinkedStatus
{
    struct Mention
    {
        QString accountId;
        QString acct;
    };

    QString id;
    QUrl url;
    QString visibility;
    QString authorId;
    QString authorName;
    QString authorAcct;
    // The content as plain text (server HTML is never rendered).
    QString text;
    int mediaCount = 0;
    QList<Mention> mentions;

    // Nothing for a status without an id or an author.
    [[nodiscard]] static std::optional<LinkedStatus> fromJson(const QJsonObject &object);

    // What Mastodon's web composer starts a reply with: "@author " and then every account
    // the post mentions, each once, leaving out the one replying (`ownAccountId`).
    [[nodiscard]] QString replyMentions(const QString &ownAccountId) const;

    [[nodiscard]] DraftLink toDraftLink(DraftLink::Kind kind, const QUrl &givenUrl) const;
};
