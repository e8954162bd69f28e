#include "embeddeddescription.h"

#include "media/metadata/metadatareader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEmbeddedDescription, "posthorn.media.metadata")

namespace {

// Beside posthorn in a build tree (and POSTHORN_MODULE_DIR for the tests, which live
// elsewhere in it); in Posthorn's own library folder once installed.
QString modulePath()
{
    const QString name = QStringLiteral("posthorn-metadata.so");
    const QString fromEnvironment = qEnvironmentVariable("POSTHORN_MODULE_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).filePath(name);
    const QDir here(QCoreApplication::applicationDirPath());
    const QString beside = here.filePath(name);
    if (QFileInfo::exists(beside))
        return beside;
    return QDir::cleanPath(here.filePath(QStringLiteral(POSTHORN_MODULE_RELATIVE "/") + name));
}

using Reader = decltype(&posthornReadEmbeddedDescription);

Reader loadReader()
{
    QLibrary module(modulePath());
    const auto reader = reinterpret_cast<Reader>(module.resolve("posthornReadEmbeddedDescription"));
    if (!reader)
        qCWarning(lcEmbeddedDescription).noquote()
            << "Descriptions from picture files are off:" << module.errorString();
    // Never unloaded: used until Posthorn quits.
    return reader;
}

} // namespace

QString EmbeddedDescription::read(const QString &filePath)
{
    static const Reader reader = loadReader();
    if (!reader)
        return QString();
    QString description;
    reader(filePath, &description);
    return description;
}
