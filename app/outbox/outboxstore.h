#pragma once

#include "outbox/outboxentry.h"

#include <QList>
#include <QString>

// The outbox on disk: one JSON file per entry, each written atomically (QSaveFile),
// so an entry survives a crash or kill at any moment in one piece.
class OutboxStore final
{
public:
    // Without a directory: "outbox" in the application's data folder.
    OutboxStore();
    explicit OutboxStore(const QString &directory);

    [[nodiscard]] QString directory() const { return m_directory; }
    bool save(const OutboxEntry &entry, QString *error = nullptr) const;
    // False when the entry could be neither deleted nor marked as removed.
    bool remove(const QString &entryId) const;
    // Oldest first. Unreadable files are kept aside for the user (DamagedFiles), each
    // with a notice, and not loaded.
    [[nodiscard]] QList<OutboxEntry> loadAll() const;

private:
    [[nodiscard]] QString pathFor(const QString &entryId) const;

    QString m_directory;
};
