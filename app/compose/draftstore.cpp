#include "draftstore.h"

#include "util/atomicjsonfile.h"
#include "util/damagedfiles.h"

#include <QCoreApplication>
#include <QDir>
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
    const QString path = pathFor(name);
    if (DamagedFiles::mustNotWrite(path)) {
        if (error)
            *error = QCoreApplication::translate(
                         "DraftStore", "This draft is not saved: %1 could not be read nor moved "
                                       "aside, and Posthorn does not write over it. Move that "
                                       "file elsewhere to save the draft again.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return AtomicJsonFile::write(path, draft.toJson(), error);
}

Draft DraftStore::load(const QString &name) const
{
    const QString path = pathFor(name);
    bool damaged = false;
    const std::optional<QJsonObject> object = AtomicJsonFile::read(path, &damaged);
    if (object && Draft::isIntact(*object))
        return Draft::fromJson(*object);
    if (object || damaged) {
        // Typing into the empty composer would replace the file: keep it first.
        const std::optional<QString> kept = DamagedFiles::keepAside(path);
        DamagedFiles::addNotice(
            kept ? QCoreApplication::translate("DraftStore",
                                               "A saved draft could not be read. Posthorn kept "
                                               "it as %1 and started with an empty composer.")
                       .arg(QDir::toNativeSeparators(*kept))
                 : QCoreApplication::translate("DraftStore",
                                               "A saved draft could not be read: %1. Posthorn "
                                               "leaves it as it is and will not save over it.")
                       .arg(QDir::toNativeSeparators(path)));
    }
    return Draft();
}

void DraftStore::remove(const QString &name) const
{
    const QString path = pathFor(name);
    if (!DamagedFiles::mustNotWrite(path))
        QFile::remove(path);
}

QString DraftStore::pathFor(const QString &name) const
{
    return m_directory + QLatin1Char('/') + name + QStringLiteral(".json");
}
