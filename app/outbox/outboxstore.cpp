#include "outboxstore.h"

#include "util/atomicjsonfile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

OutboxStore::OutboxStore()
    : OutboxStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/outbox"))
{}

OutboxStore::OutboxStore(const QString &directory)
    : m_directory(directory)
{}

bool OutboxStore::save(const OutboxEntry &entry, QString *error) const
{
    return AtomicJsonFile::write(pathFor(entry.id), entry.toJson(), error);
}

bool OutboxStore::remove(const QString &entryId) const
{
    const QString path = pathFor(entryId);
    if (QFile::remove(path) || !QFile::exists(path))
        return true;
    // A file that cannot be deleted must not come back as a post to send: overwrite
    // it with an object that loadAll() passes over.
    return AtomicJsonFile::write(path, QJsonObject{{QStringLiteral("removed"), true}});
}

QList<OutboxEntry> OutboxStore::loadAll() const
{
    QList<OutboxEntry> entries;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names) {
        const std::optional<QJsonObject> object = AtomicJsonFile::read(dir.filePath(name));
        if (!object)
            continue;
        OutboxEntry entry = OutboxEntry::fromJson(*object);
        if (entry.id.isEmpty() || entry.keyBase.isEmpty() ||
            name != entry.id + QStringLiteral(".json"))
            continue;
        entries.append(entry);
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const OutboxEntry &a, const OutboxEntry &b) { return a.createdAt < b.createdAt; });
    return entries;
}

QString OutboxStore::pathFor(const QString &entryId) const
{
    return m_directory + QLatin1Char('/') + entryId + QStringLiteral(".json");
}
