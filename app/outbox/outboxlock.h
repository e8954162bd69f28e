#pragma once

#include <QLockFile>
#include <QString>

#include <chrono>

// Makes one process at a time the writer of an outbox folder: the running window, or a
// `posthorn post` that found no window. Two writers would both send the same entry, and
// the second's key check could not tell them apart from a retry. A lock left by a
// process that died is taken over at once (QLockFile checks its process id).
class OutboxLock final
{
    Q_DISABLE_COPY_MOVE(OutboxLock)

public:
    // Without a directory: the outbox folder of OutboxStore().
    OutboxLock();
    explicit OutboxLock(const QString &outboxDirectory);
    ~OutboxLock();

    // Waits up to `timeout` (zero: not at all) for the writer now holding it to finish.
    [[nodiscard]] bool tryLock(std::chrono::milliseconds timeout);
    [[nodiscard]] bool isLocked() const { return m_lock.isLocked(); }
    void unlock() { m_lock.unlock(); }
    [[nodiscard]] static QString lockPath(const QString &outboxDirectory);

private:
    QLockFile m_lock;
};
