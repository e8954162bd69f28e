#pragma once

#include "compose/draftattachment.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The files a `posthorn post` attaches, copied where the composer keeps draft media
// (private to the user): the outbox uploads from the copy, maybe after the command has
// ended and the script removed its own file. Removed again when nothing of the post
// needs them any more.
class MediaCopies final
{
    Q_DECLARE_TR_FUNCTIONS(MediaCopies)

public:
    // Copies every attachment's file and points the attachment at its copy. On failure
    // nothing is left behind and `error` says what went wrong.
    [[nodiscard]] bool keep(QList<DraftAttachment> &attachments, QString *error);
    void removeAll();

private:
    QStringList m_copies;
};
