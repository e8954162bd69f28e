#pragma once

#include "compose/draft.h"
#include "compose/draftstore.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <limits>

#include <chrono>

// Saves a composer's draft shortly after each change, and at once on flush(), so a
// crash loses at most the last moment of typing. The saves while typing run on a
// thread of their own: an atomic write waits for the disk (fsync), which must not
// stall the keyboard.
class DraftAutosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftAutosave)

public:
    static constexpr std::chrono::milliseconds defaultDelay{250};

    DraftAutosave(const DraftStore &store, const QString &name, QObject *parent = nullptr);
    ~DraftAutosave() override;

    void setDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }
    [[nodiscard]] Draft load() const { return m_store.load(m_name); }
    // Remembers the draft and saves it after the delay.
    void changed(const Draft &draft);
    // Writes a pending change now and waits for it; false when that failed (saveFailed
    // says why).
    bool flush();

signals:
    void saveFailed(const QString &message);
    void saved();

private:
    void saveInBackground();
    void onBackgroundSaveFailed(quint64 generation, const QString &message);
    bool writePending(QString *error);
    // The store's message, or a plainer one when the disk is full.
    [[nodiscard]] QString explained(const QString &error) const;

    DraftStore m_store;
    QString m_name;
    QTimer m_timer;
    // One thread: saves finish in the order they were made, so the newest one wins.
    QThreadPool m_writer;
    Draft m_pending;
    bool m_dirty = false;
    quint64 m_generation = 0;
    // Set by the writer thread: the newest generation whose save failed.
    std::atomic<quint64> m_failedGeneration{std::numeric_limits<quint64>::max()};
};
