#include "draftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
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
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("DraftStore", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QSaveFile file(pathFor(name));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("DraftStore", "Cannot save the draft: %1")
                         .arg(file.errorString());
        return false;
    }
    return true;
}

Draft DraftStore::load(const QString &name) const
{
    QFile file(pathFor(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return {};
    return Draft::fromJson(document.object());
}

void DraftStore::remove(const QString &name) const
{
    QFile::remove(pathFor(name));
}

QString DraftStore::pathFor(const QString &name) const
{
    return m_directory + QLatin1Char('/') + name + QStringLiteral(".json");
}
