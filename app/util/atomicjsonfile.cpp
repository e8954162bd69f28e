#include "atomicjsonfile.h"

#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

bool AtomicJsonFile::write(const QString &path, const QJsonObject &object, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!PrivateFiles::makeFolder(folder)) {
        if (error)
            *error = QCoreApplication::translate("AtomicJsonFile", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSaveFile file(path);
    // The mode is set on the new file before it takes the old one's place. The explicit
    // flush: on a full disk QSaveFile's buffered bytes fail to reach the file only in
    // commit(), which does not notice and renames the empty file over the good one (seen
    // on Qt 6.4 with tmpfs; tests/reliability/tst_diskfull).
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::filePermissions) ||
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0 || !file.flush() ||
        !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("AtomicJsonFile", "Cannot save %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<QJsonObject> AtomicJsonFile::read(const QString &path, bool *damaged)
{
    if (damaged)
        *damaged = false;
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return std::nullopt;
    QFile file(path);
    QJsonDocument document;
    if (info.isFile() && file.open(QIODevice::ReadOnly))
        document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        // Something is there, yet not what write() leaves: a folder, a dangling link,
        // an empty or cut-off file, other JSON.
        if (damaged)
            *damaged = true;
        return std::nullopt;
    }
    return document.object();
}
