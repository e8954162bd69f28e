#include "draftautosave.h"

DraftAutosave::DraftAutosave(const DraftStore &store, const QString &name, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_name(name)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelay);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

DraftAutosave::~DraftAutosave()
{
    // No signals from here: the receivers may be half destroyed already.
    QString ignored;
    writePending(&ignored);
}

void DraftAutosave::changed(const Draft &draft)
{
    m_pending = draft;
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

bool DraftAutosave::flush()
{
    if (!m_dirty)
        return true;
    QString error;
    if (!writePending(&error)) {
        emit saveFailed(error);
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
    // On failure stay dirty: the next change or flush tries again, and the text is
    // still in the composer meanwhile.
    if (!m_store.save(m_name, m_pending, error))
        return false;
    m_dirty = false;
    return true;
}
