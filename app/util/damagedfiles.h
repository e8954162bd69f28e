#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Files Posthorn cannot read are kept for the user, never overwritten: they are moved
// aside to "<name>.damaged-<UTC time>" in the same folder, so Posthorn can start
// afresh under the old name. A file that cannot be moved stays where it is and is
// marked, and the stores refuse to write over it. Notices for the user wait here until
// a window shows them; each is given out once.
//
// Process-wide on purpose: the stores are small values copied to worker threads, and
// every copy must see the same marks, as they guard the same files.
class DamagedFiles final
{
public:
    DamagedFiles() = delete;

    // Where the file is kept now; nothing when it could not be moved (it is then marked
    // as not to be written over).
    static std::optional<QString> keepAside(const QString &path);
    [[nodiscard]] static bool mustNotWrite(const QString &path);

    static void addNotice(const QString &message);
    // The notices not given out yet, oldest first.
    [[nodiscard]] static QStringList takeNotices();
};
