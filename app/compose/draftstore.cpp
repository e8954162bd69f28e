#include "draftstore.h"

#include "util/atomicjsonfile.h"

#include <QFile>
#include <QStandardPaths>

DraftStore::DraftStore()
    : DraftStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/drafts"))
{}

DraftStore::DraftStore(const QString &directory)
    : m_directory(directory)
{}

QString DraftStore::mediaDirectory() const
{
    return m_directory + QStringLiteral("/media");
}

bool DraftStore::save(const QString &name, const Draft &draft, QString *error) const
{
    return AtomicJsonFile::write(pathFor(name), draft.toJson(), error);
}

Draft DraftStore::load(const QString &name) const
{
    const std::optional<QJsonObject> object = AtomicJsonFile::read(pathFor(name));
    return object ? Draft::fromJson(*object) : Draft();
}

void DraftStore::remove(const QString &name) const
{
    QFile::remove(pathFor(name));
}

QString DraftStore::pathFor(const QString &name) const
{
    return m_directory + QLatin1Char('/') + name + QStringLiteral(".json");
}
