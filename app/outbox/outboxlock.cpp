#include "outboxlock.h"

#include "outbox/outboxstore.h"
#include "util/privatefiles.h"

#include <QDir>
#include <QFileInfo>

OutboxLock::OutboxLock()
    : OutboxLock(OutboxStore().directory())
{}

OutboxLock::OutboxLock(const QString &outboxDirectory)
    : m_lock(lockPath(outboxDirectory))
{
    // A writer may hold the outbox for hours (the window): age says nothing about
    // whether it still runs, only its process id does.
    m_lock.setStaleLockTime(0);
}

OutboxLock::~OutboxLock() = default;

bool OutboxLock::tryLock(std::chrono::milliseconds timeout)
{
    // The folder may not exist yet on a first run.
    PrivateFiles::makeFolder(QFileInfo(m_lock.fileName()).absolutePath());
    return m_lock.tryLock(static_cast<int>(timeout.count()));
}

QString OutboxLock::lockPath(const QString &outboxDirectory)
{
    // Not *.json: the store reads only those.
    return QDir(outboxDirectory).filePath(QStringLiteral("writer.lock"));
}
