#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sys/stat.h>

namespace {

// The folders between `generic` (~/.local/share, ~/.config, ~/.cache) and `own`.
QStringList foldersBelow(const QString &generic, const QString &own)
{
    QStringList folders;
    const QString base = QDir::cleanPath(generic);
    QString folder = QDir::cleanPath(own);
    while (folder.startsWith(base + QLatin1Char('/'))) {
        folders.append(folder);
        folder = QFileInfo(folder).path();
    }
    return folders;
}

} // namespace

void PrivateFiles::restrictUmask()
{
    // Qt has no API for the umask.
    ::umask(S_IRWXG | S_IRWXO);
}

void PrivateFiles::tightenAppFolders()
{
    const struct
    {
        QStandardPaths::StandardLocation generic;
        QStandardPaths::StandardLocation own;
    } locations[] = {
        {QStandardPaths::GenericDataLocation, QStandardPaths::AppDataLocation},
        {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation},
        {QStandardPaths::GenericCacheLocation, QStandardPaths::CacheLocation},
    };
    for (const auto &location : locations) {
        const QStringList folders = foldersBelow(QStandardPaths::writableLocation(location.generic),
                                                 QStandardPaths::writableLocation(location.own));
        for (const QString &folder : folders) {
            const QFileInfo info(folder);
            // A link could point at a folder that is not Posthorn's to change.
            if (info.isDir() && !info.isSymLink() && info.permissions() != folderPermissions)
                QFile::setPermissions(folder, folderPermissions);
        }
    }
}

bool PrivateFiles::makeFolder(const QString &path)
{
    const QString folder = QDir::cleanPath(QDir(path).absolutePath());
    if (QFileInfo(folder).isDir())
        return true;
    const QString parent = QFileInfo(folder).path();
    if (parent != folder && !makeFolder(parent))
        return false;
    // mkdir() applies the umask to the mode it is given; a folder made by someone else
    // in the meantime is fine as long as it is one.
    if (!QDir().mkdir(folder, folderPermissions))
        return QFileInfo(folder).isDir();
    return QFile::setPermissions(folder, folderPermissions);
}

bool PrivateFiles::prepareFile(const QString &path)
{
    if (!makeFolder(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.exists()) {
        if (!createFile(file))
            return file.exists();
        file.close();
    }
    return file.permissions() == filePermissions || file.setPermissions(filePermissions);
}

bool PrivateFiles::createFile(QFile &file)
{
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, filePermissions))
        return false;
    // The umask may have taken more than the group's and others' rights.
    return file.setPermissions(filePermissions);
}
