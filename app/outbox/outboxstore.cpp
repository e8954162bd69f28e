#include "outboxstore.h"

#include "util/atomicjsonfile.h"
#include "util/damagedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>

#include <algorithm>
#include <initializer_list>

namespace {

// Whether `object` is an entry that OutboxEntry::fromJson() reads without loss, stored
// under its own name. A draft that fails Draft::isIntact(), a field of another JSON
// type than toJson() writes, or a missing id or key makes the file damaged: sending a
// guess of it could post the wrong text, or the right one twice.
bool isIntactEntry(const QJsonObject &object, const QString &fileName)
{
    const auto isA = [&object](const char *key, QJsonValue::Type type) {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isUndefined() || value.type() == type;
    };
    for (const char *key : {"id", "keyBase", "state", "firstUrl", "nextAttemptAt", "createdAt",
                            "lastError", "partSentAt"}) {
        if (!isA(key, QJsonValue::String))
            return false;
    }
    if (!isA("draft", QJsonValue::Object) || !isA("postedIds", QJsonValue::Array) ||
        !isA("attempts", QJsonValue::Double) || !isA("refused", QJsonValue::Bool))
        return false;
    const QJsonArray posted = object.value(QLatin1String("postedIds")).toArray();
    if (!std::all_of(posted.cbegin(), posted.cend(),
                     [](const QJsonValue &id) { return id.isString(); }))
        return false;
    const QString id = object.value(QLatin1String("id")).toString();
    return !id.isEmpty() && !object.value(QLatin1String("keyBase")).toString().isEmpty() &&
           fileName == id + QStringLiteral(".json") &&
           Draft::isIntact(object.value(QLatin1String("draft")).toObject());
}

} // namespace

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
    // Folders and dangling links too: whatever holds an entry's name is looked at.
    const QStringList names =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot |
                                                      QDir::System | QDir::Hidden);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        bool damaged = false;
        const std::optional<QJsonObject> object = AtomicJsonFile::read(path, &damaged);
        // A tombstone written by remove(): the entry is gone on purpose.
        if (object && object->value(QLatin1String("removed")).toBool())
            continue;
        if (object && isIntactEntry(*object, name)) {
            entries.append(OutboxEntry::fromJson(*object));
            continue;
        }
        if (!object && !damaged)
            continue;
        // Left under its name it would be skipped at every start without a word; its
        // text may be a post the user still wants.
        const std::optional<QString> kept = DamagedFiles::keepAside(path);
        DamagedFiles::addNotice(
            kept ? QCoreApplication::translate("OutboxStore",
                                               "A post in the outbox could not be read and will "
                                               "not be sent. Posthorn kept it as %1.")
                       .arg(QDir::toNativeSeparators(*kept))
                 : QCoreApplication::translate("OutboxStore",
                                               "A post in the outbox could not be read and will "
                                               "not be sent: %1. Posthorn leaves it as it is.")
                       .arg(QDir::toNativeSeparators(path)));
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
