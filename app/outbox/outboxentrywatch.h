#pragma once

#include "outbox/postoutcome.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class Outbox;

// Follows one outbox entry for someone who waits on it (a `posthorn post`) and says
// once how it ended: published or scheduled, refused, waiting for a sign-in, or still
// waiting in the outbox. The outbox itself goes on trying after that; a watch only
// stops waiting when the next try is further off than `patience`, or after `deadline`.
class OutboxEntryWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxEntryWatch)

public:
    static constexpr std::chrono::milliseconds defaultPatience{5000};
    static constexpr std::chrono::milliseconds defaultDeadline{60000};

    OutboxEntryWatch(Outbox *outbox, const QString &entryId, QObject *parent = nullptr);

    void setPatience(std::chrono::milliseconds patience) { m_patience = patience; }
    // Starts following; finished() may come at once.
    void start(std::chrono::milliseconds deadline = defaultDeadline);

signals:
    void finished(const PostOutcome &outcome);

private:
    void check();
    void finish(const PostOutcome &outcome);

    QPointer<Outbox> m_outbox;
    QString m_entryId;
    QString m_firstStatusId;
    std::chrono::milliseconds m_patience = defaultPatience;
    QTimer m_deadline;
    bool m_done = false;
};
