#pragma once

#include "compose/draft.h"
#include "compose/draftstore.h"

#include <QObject>
#include <QTimer>

#include <chrono>

// Saves a composer's draft shortly after each change, and at once on flush(), so a
// crash loses at most the last moment of typing and writes stay off the keystroke path.
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
    // Writes a pending change now; false when that failed (saveFailed says why).
    bool flush();

signals:
    void saveFailed(const QString &message);
    void saved();

private:
    bool writePending(QString *error);

    DraftStore m_store;
    QString m_name;
    QTimer m_timer;
    Draft m_pending;
    bool m_dirty = false;
};
