#include "draftautosave.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

DraftAutosave::DraftAutosave(const DraftStore &store, const QString &name, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_name(name)
{
    m_writer.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelay);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::saveInBackground);
}

DraftAutosave::~DraftAutosave()
{
    // No signals from here: the receivers may be half destroyed already.
    m_writer.waitForDone();
    if (m_failedGeneration.load() == m_generation)
        m_dirty = true;
    QString ignored;
    writePending(&ignored);
}

void DraftAutosave::changed(const Draft &draft)
{
    m_pending = draft;
    m_dirty = true;
    ++m_generation;
    if (!m_timer.isActive())
        m_timer.start();
}

void DraftAutosave::saveInBackground()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    const DraftStore store = m_store;
    const QString name = m_name;
    const Draft draft = m_pending;
    const quint64 generation = m_generation;
    m_writer.start([this, store, name, draft, generation] {
        QString error;
        const bool ok = store.save(name, draft, &error);
        if (!ok)
            m_failedGeneration.store(generation);
        QMetaObject::invokeMethod(
            this,
            [this, ok, generation, error] {
                if (ok)
                    emit saved();
                else
                    onBackgroundSaveFailed(generation, error);
            },
            Qt::QueuedConnection);
    });
}

void DraftAutosave::onBackgroundSaveFailed(quint64 generation, const QString &message)
{
    // Unless a newer change is already on its way, this draft still needs saving; the
    // text is in the composer meanwhile.
    if (generation == m_generation) {
        m_dirty = true;
        if (!m_timer.isActive())
            m_timer.start();
    }
    emit saveFailed(explained(message));
}

bool DraftAutosave::flush()
{
    m_writer.waitForDone();
    if (m_failedGeneration.load() == m_generation)
        m_dirty = true;
    if (!m_dirty)
        return true;
    QString error;
    if (!writePending(&error)) {
        emit saveFailed(explained(error));
        return false;
    }
    emit saved();
    return true;
}

bool DraftAutosave::writePending(QString *error)
{
    m_timer.stop();
    if (!m_dirty)
        return true;
    if (!m_store.save(m_name, m_pending, error))
        return false;
    m_dirty = false;
    return true;
}

QString DraftAutosave::explained(const QString &error) const
{
    // The drafts folder may not exist yet: ask about the nearest folder that does.
    QFileInfo folder(m_store.directory());
    while (!folder.exists() && !folder.isRoot())
        folder.setFile(folder.absolutePath());
    const QStorageInfo storage(folder.absoluteFilePath());
    // Less than a draft's worth of room left (a file system keeps some for itself).
    constexpr qint64 nearlyFull = 64 * 1024;
    if (!storage.isValid() || storage.bytesAvailable() >= nearlyFull)
        return error;
    return tr("The disk is full, so the draft cannot be saved. Your text stays here and is "
              "saved as soon as there is space again (%1).")
        .arg(QDir::toNativeSeparators(storage.rootPath()));
}
