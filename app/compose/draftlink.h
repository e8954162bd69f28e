#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// The post a draft replies to or quotes, as found by its link on the user's own server:
// the status id to send, and what the composer shows of it (plain text only, never the
// server's HTML), kept in the draft and its outbox entry so that a restart shows it again.
struct DraftLink
{
    enum class Kind { Reply, Quote };

    Kind kind = Kind::Reply;
    // The link the user gave.
    QUrl url;
    // The status's id on the user's own server.
    QString statusId;
    QString authorName;
    QString authorAcct;
    QString text;
    int mediaCount = 0;
    // For a quote on a server that knows quote policies (API version 7): who may quote the
    // new post, public, followers or nobody; empty sends none (the account's default).
    QString quotePolicy;

    [[nodiscard]] QJsonObject toJson() const;
    // Nothing when `object` is not a link this version wrote (no status id, unknown kind).
    [[nodiscard]] static std::optional<DraftLink> fromJson(const QJsonObject &object);
    // False when a member fromJson() reads holds another JSON type.
    [[nodiscard]] static bool isIntact(const QJsonObject &object);

    friend bool operator==(const DraftLink &a, const DraftLink &b)
    {
        return a.kind == b.kind && a.url == b.url && a.statusId == b.statusId &&
               a.authorName == b.authorName && a.authorAcct == b.authorAcct && a.text == b.text &&
               a.mediaCount == b.mediaCount && a.quotePolicy == b.quotePolicy;
    }
};
