#include "schedulepicker.h"

#include "schedule/schedulerule.h"
#include "scheduletimetext.h"
#include "text/plainlabel.h"
#include "texttone.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

// Often enough that the message turns up before the user is done typing the post.
constexpr int recheckIntervalMs = 15000;
constexpr int defaultLeadSeconds = 3600;

} // namespace

SchedulePicker::SchedulePicker(QWidget *parent)
    : QWidget(parent)
{
    m_enabled = new QCheckBox(tr("&Schedule for"), this);
    m_enabled->setObjectName(QStringLiteral("scheduleEnabled"));
    m_enabled->setAccessibleName(tr("Schedule the post"));

    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(QStringLiteral("scheduleDateTime"));
    m_edit->setAccessibleName(tr("Date and time to post, in your time zone"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(ScheduleTimeText::editFormat());
    m_edit->setEnabled(false);

    m_zone = new PlainLabel(this);
    m_zone->setObjectName(QStringLiteral("scheduleTimeZone"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEnabled(false);

    m_message = new PlainLabel(this);
    m_message->setObjectName(QStringLiteral("scheduleMessage"));
    m_message->setAccessibleName(tr("Schedule problem"));
    m_message->setWordWrap(true);
    TextTone::apply(m_message, TextTone::Tone::Problem);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_enabled);
    row->addWidget(m_edit);
    row->addWidget(m_zone);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);

    m_recheckTimer.setInterval(recheckIntervalMs);
    connect(&m_recheckTimer, &QTimer::timeout, this, &SchedulePicker::recheck);
    connect(m_enabled, &QCheckBox::toggled, this, &SchedulePicker::onToggled);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_chosen = true;
        onDateTimeChanged();
    });

    resetToDefault();
    recheck();
}

bool SchedulePicker::isScheduled() const
{
    return m_enabled->isChecked();
}

void SchedulePicker::setScheduled(bool scheduled)
{
    m_enabled->setChecked(scheduled);
}

QDateTime SchedulePicker::scheduledAt() const
{
    return isScheduled() ? m_edit->dateTime().toUTC() : QDateTime();
}

void SchedulePicker::setScheduledAt(const QDateTime &when)
{
    if (!when.isValid()) {
        setScheduled(false);
        return;
    }
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setDateTime(when.toLocalTime());
    }
    m_chosen = true;
    if (isScheduled())
        onDateTimeChanged();
    else
        setScheduled(true);
}

void SchedulePicker::recheck()
{
    const QString problem = isScheduled() ? ScheduleRule::check(m_edit->dateTime()) : QString();
    m_zone->setText(ScheduleTimeText::zoneDescription(m_edit->dateTime()));
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    if (problem == m_problem)
        return;
    const bool wasAcceptable = m_problem.isEmpty();
    m_problem = problem;
    if (wasAcceptable != problem.isEmpty())
        emit acceptableChanged(problem.isEmpty());
}

void SchedulePicker::onToggled(bool scheduled)
{
    if (scheduled && !m_chosen)
        resetToDefault();
    m_edit->setEnabled(scheduled);
    m_zone->setEnabled(scheduled);
    if (scheduled)
        m_recheckTimer.start();
    else
        m_recheckTimer.stop();
    recheck();
    emit scheduleChanged(scheduledAt());
}

void SchedulePicker::onDateTimeChanged()
{
    recheck();
    if (isScheduled())
        emit scheduleChanged(scheduledAt());
}

void SchedulePicker::resetToDefault()
{
    QDateTime when = QDateTime::currentDateTime().addSecs(defaultLeadSeconds);
    // Whole minutes: the editor shows no seconds, and a hidden :59 would surprise.
    when.setTime(QTime(when.time().hour(), when.time().minute()));
    const QSignalBlocker blocker(m_edit);
    m_edit->setMinimumDate(QDate::currentDate());
    m_edit->setDateTime(when);
}
