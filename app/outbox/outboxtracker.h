#pragma once

#include "compose/draft.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class Outbox;
struct OutboxEntry;

// What a composer does with the outbox after Post: hands the draft over, follows the
// entry and says how it is doing, and brings its text back when it must be fixed
// (refused, or not found on the server) or edited. The text leaves the outbox only
// once the composer has saved it, so it is never in neither place.
class OutboxTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxTracker)

public:
    // Puts `draft` back in the composer and saves it there; false when it could not be
    // saved, and the entry stays in the outbox.
    using TakeBack = std::function<bool(const Draft &draft)>;

    OutboxTracker(Outbox *outbox, TakeBack takeBack, QObject *parent = nullptr);

    // Hands `draft` to the outbox and follows its entry. False, with `error` set, when
    // the outbox could not save it: nothing is sent then.
    // With a `delay` (undo send) the entry waits that long in the outbox, and an undo
    // asked for meanwhile (Outbox::requestUndo) brings the whole post back (undone()).
    bool submit(const Draft &draft, QString *error = nullptr,
                std::chrono::seconds delay = std::chrono::seconds(0));
    // The entry followed until the server confirmed it; empty when none.
    [[nodiscard]] QString pendingEntryId() const { return m_pendingEntryId; }
    [[nodiscard]] bool isPending() const { return !m_pendingEntryId.isEmpty(); }
    // The composer is needed for something else: the entry stays in the outbox, which
    // keeps trying; leftOutbox() says when it is gone from there.
    void letGo();
    // Follows an entry that may be out while the outbox looks for it on the server.
    void settle(const QString &entryId);
    // Brings the entry's unpublished text back (TakeBack) and takes it out of the outbox.
    bool takeBack(const OutboxEntry &entry);

signals:
    void pendingEntryChanged(const QString &entryId);
    // How the entry is doing, for the user.
    void statusChanged(const QString &text);
    // Whether the user may keep the entry in the outbox and write another.
    void canLetGoChanged(bool canLetGo);
    // The entry waits for its account to be signed in again.
    void signInNeeded();
    // Undo send: the post is back in the composer, and nothing of it reached the server.
    void undone();
    // The text came back to be fixed; `problem` says why.
    void tookBack(const QString &problem);
    // The entry failed, and may be out already: it stays in the outbox, where the user
    // can check, send it again or discard it.
    void keptInOutbox(const QString &problem);
    // Every part is on the server; `url` is empty for a scheduled post.
    void posted(const QUrl &url, const QDateTime &scheduledAt);
    // The entry let go of was sent or discarded: what was said about it is past.
    void leftOutbox();
    void problem(const QString &text);

private:
    void onEntryChanged(const QString &entryId);
    void onFailed(const OutboxEntry &entry);
    void setPending(const QString &entryId);

    Outbox *m_outbox;
    TakeBack m_takeBack;
    QString m_pendingEntryId;
    // The entry let go of; what was said about it stays true until it leaves the outbox
    // or a new post starts.
    QString m_leftEntryId;
};
