#pragma once

#include "api/instanceconfiguration.h"
#include "compose/draftpoll.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

// Sets up a poll: two to the server's maximum of choices, how long it runs, single or
// multiple choice, and whether totals stay hidden until it ends.
class PollEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollEditor)

public:
    explicit PollEditor(QWidget *parent = nullptr);

    void setLimits(const InstanceConfiguration &limits);
    void setPoll(const DraftPoll &poll);
    [[nodiscard]] DraftPoll poll() const;
    void focusFirstChoice();
    // Its widgets that Tab stops at, in the order of the layout.
    [[nodiscard]] QList<QWidget *> tabStops() const;

signals:
    void changed();

private:
    void addChoice(const QString &text);
    void removeChoice(QLineEdit *edit);
    void fillDurations(qint64 selected);
    void updateButtons();

    InstanceConfiguration m_limits;
    QVBoxLayout *m_choicesLayout;
    QList<QLineEdit *> m_choices;
    QPushButton *m_add;
    QComboBox *m_duration;
    QCheckBox *m_multiple;
    QCheckBox *m_hideTotals;
};
