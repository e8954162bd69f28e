#pragma once

#include "compose/draft.h"

#include <QString>

// Keeps drafts as JSON files, one per composer, written atomically (QSaveFile): a crash
// in the middle of a save leaves the previous version, never half a file.
class DraftStore final
{
public:
    // Without a directory: "drafts" in the application's data folder.
    DraftStore();
    explicit DraftStore(const QString &directory);

    [[nodiscard]] QString directory() const { return m_directory; }
    // Where copies of pasted or dropped images live, so a draft's media survive a restart.
    [[nodiscard]] QString mediaDirectory() const;

    // False with a message for the user when the file could not be written, or must
    // not be: a damaged draft that could not be moved aside.
    bool save(const QString &name, const Draft &draft, QString *error = nullptr) const;
    // An empty draft when none was saved or the file cannot be read; a file that
    // cannot be read is kept aside for the user (DamagedFiles) and a notice left.
    [[nodiscard]] Draft load(const QString &name) const;
    void remove(const QString &name) const;

private:
    [[nodiscard]] QString pathFor(const QString &name) const;

    QString m_directory;
};
