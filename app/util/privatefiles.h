#pragma once

#include <QFile>
#include <QString>

// Drafts, the outbox, the account list and cached pictures are nobody else's business:
// every folder Posthorn makes is 0700 and every file it writes 0600, whatever the
// umask. The writers ask for these modes explicitly (so they hold for the classes on
// their own, as in the tests); main() also sets the umask, which covers the files Qt
// writes for us (QSettings' lock, the image cache's sub-folders).
class PrivateFiles final
{
public:
    PrivateFiles() = delete;

    static constexpr QFile::Permissions filePermissions = QFile::ReadOwner | QFile::WriteOwner;
    static constexpr QFile::Permissions folderPermissions =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

    // From now on, files and folders this process creates are its user's alone.
    static void restrictUmask();
    // Folders left 0755 by older versions: the data, config and cache folders, from
    // below the shared XDG folder down to Posthorn's own, become 0700.
    static void tightenAppFolders();
    // Creates the folder and any missing parent with 0700; folders that exist already
    // keep their mode (they may be shared, like ~/.config).
    static bool makeFolder(const QString &path);
    // For a file written through QSettings (which keeps an existing file's mode): its
    // folder is made, and the file is created or narrowed to 0600.
    static bool prepareFile(const QString &path);
    // Opens a new file for writing with 0600; false when it exists or cannot be made.
    static bool createFile(QFile &file);
};
