#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;

// "Schedule" for the composer: a check box and a date and time in the computer's own
// time zone (named next to it), one hour ahead by default. Says at once when the chosen
// time is too soon for the server (ScheduleRule), and checks again as the clock moves,
// since a time that was fine when picked may no longer be when Post is pressed.
class SchedulePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePicker)

public:
    explicit SchedulePicker(QWidget *parent = nullptr);

    [[nodiscard]] bool isScheduled() const;
    void setScheduled(bool scheduled);
    // The chosen time in UTC; invalid when scheduling is off.
    [[nodiscard]] QDateTime scheduledAt() const;
    // Any time zone; shown in local time. Turns scheduling on when `when` is valid, off
    // when it is not (for restoring a draft).
    void setScheduledAt(const QDateTime &when);

    // True when scheduling is off, or the chosen time is far enough ahead now.
    [[nodiscard]] bool isAcceptable() const { return m_problem.isEmpty(); }
    // Why the chosen time cannot be used; empty when it can (or scheduling is off).
    [[nodiscard]] QString problem() const { return m_problem; }
    // Checks the chosen time against the clock now; the composer calls it before posting.
    void recheck();

signals:
    // The chosen time in UTC, or an invalid QDateTime when scheduling was turned off.
    void scheduleChanged(const QDateTime &scheduledAt);
    void acceptableChanged(bool acceptable);

private:
    void onToggled(bool scheduled);
    void onDateTimeChanged();
    void resetToDefault();

    QCheckBox *m_enabled;
    QDateTimeEdit *m_edit;
    QLabel *m_zone;
    QLabel *m_message;
    QTimer m_recheckTimer;
    QString m_problem;
    // The user picked a time (or a draft brought one): keep it rather than the default.
    bool m_chosen = false;
};
