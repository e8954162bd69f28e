#include "outboxstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
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
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("OutboxStore", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QSaveFile file(pathFor(entry.id));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("OutboxStore", "Cannot save the outbox entry: %1")
                         .arg(file.errorString());
        return false;
    }
    return true;
}

void OutboxStore::remove(const QString &entryId) const
{
    QFile::remove(pathFor(entryId));
}

QList<OutboxEntry> OutboxStore::loadAll() const
{
    QList<OutboxEntry> entries;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (!document.isObject())
            continue;
        OutboxEntry entry = OutboxEntry::fromJson(document.object());
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
