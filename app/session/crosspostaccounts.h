#pragma once

#include "api/instanceconfiguration.h"
#include "compose/draft.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <chrono>

class AccountSessions;
class Outbox;

// The accounts a composer's post also goes to (a cross-post), beside its main account:
// their servers' limits for the counter and checks, what stands in the way of posting
// as them now, and their outbox entries when the user posts.
class CrossPostAccounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrossPostAccounts)

public:
    CrossPostAccounts(AccountSessions *sessions, Outbox *outbox, QObject *parent = nullptr);

    // Starts the sessions of those not connected yet, for their limits and clients.
    void setAccounts(const QStringList &accountKeys);
    [[nodiscard]] QStringList accounts() const { return m_keys; }
    // The strictest of `mainLimits` and every other server's.
    [[nodiscard]] InstanceConfiguration limits(const InstanceConfiguration &mainLimits) const;
    // Why the post cannot go to one of them now; empty when it can.
    [[nodiscard]] QString problem() const;
    // One entry per account (accountKey → entry id), each held for `delay` like the
    // main post. All or none: when one cannot be saved, those saved are removed again
    // and `error` says why.
    [[nodiscard]] QHash<QString, QString> enqueue(const Draft &draft, std::chrono::seconds delay,
                                                  QString *error = nullptr);
    // Takes entries back that were saved for a post that then could not be submitted.
    void discard(const QHash<QString, QString> &entries);

signals:
    // A session's state or limits changed: the counter and checks may read otherwise.
    void changed();

private:
    AccountSessions *m_sessions;
    Outbox *m_outbox;
    QStringList m_keys;
};
