#include "mediacopies.h"

#include "compose/draftstore.h"
#include "util/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

bool MediaCopies::keep(QList<DraftAttachment> &attachments, QString *error)
{
    if (attachments.isEmpty())
        return true;
    const QString directory = DraftStore().mediaDirectory();
    if (!PrivateFiles::makeFolder(directory)) {
        *error = tr("the folder %1 could not be made.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    for (DraftAttachment &attachment : attachments) {
        const QFileInfo source(attachment.localPath);
        QString copy = directory + QStringLiteral("/post-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!source.suffix().isEmpty())
            copy += QLatin1Char('.') + source.suffix();
        if (!QFile::copy(attachment.localPath, copy) ||
            !QFile::setPermissions(copy, PrivateFiles::filePermissions)) {
            QFile::remove(copy);
            removeAll();
            *error = tr("%1 could not be copied to %2.")
                         .arg(attachment.localPath, QDir::toNativeSeparators(directory));
            return false;
        }
        m_copies.append(copy);
        attachment.localPath = copy;
    }
    return true;
}

void MediaCopies::removeAll()
{
    for (const QString &copy : std::as_const(m_copies))
        QFile::remove(copy);
    m_copies.clear();
}
