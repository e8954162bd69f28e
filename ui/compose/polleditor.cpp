#include "polleditor.h"

#include "text/plainlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PollEditor::PollEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pollEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_choicesLayout = new QVBoxLayout;
    layout->addLayout(m_choicesLayout);

    auto *row = new QHBoxLayout;
    m_add = new QPushButton(tr("Add a c&hoice"), this);
    m_add->setObjectName(QStringLiteral("pollAddChoice"));
    m_add->setAccessibleName(tr("Add a poll choice"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        addChoice(QString());
        m_choices.constLast()->setFocus();
        emit changed();
    });
    row->addWidget(m_add);
    auto *durationLabel = new PlainLabel(tr("Runs &for"), this);
    m_duration = new QComboBox(this);
    m_duration->setObjectName(QStringLiteral("pollDuration"));
    m_duration->setAccessibleName(tr("Poll duration"));
    durationLabel->setBuddy(m_duration);
    connect(m_duration, &QComboBox::currentIndexChanged, this, &PollEditor::changed);
    row->addWidget(durationLabel);
    row->addWidget(m_duration);
    row->addStretch();
    layout->addLayout(row);

    auto *options = new QHBoxLayout;
    m_multiple = new QCheckBox(tr("Multiple &choice"), this);
    m_multiple->setObjectName(QStringLiteral("pollMultiple"));
    m_multiple->setAccessibleName(tr("Allow multiple choices"));
    m_hideTotals = new QCheckBox(tr("Hide totals until it &ends"), this);
    m_hideTotals->setObjectName(QStringLiteral("pollHideTotals"));
    m_hideTotals->setAccessibleName(tr("Hide vote totals until the poll ends"));
    connect(m_multiple, &QCheckBox::toggled, this, &PollEditor::changed);
    connect(m_hideTotals, &QCheckBox::toggled, this, &PollEditor::changed);
    options->addWidget(m_multiple);
    options->addWidget(m_hideTotals);
    options->addStretch();
    layout->addLayout(options);

    setPoll(DraftPoll());
}

void PollEditor::setLimits(const InstanceConfiguration &limits)
{
    m_limits = limits;
    for (QLineEdit *choice : std::as_const(m_choices))
        choice->setMaxLength(int(limits.pollMaxCharactersPerOption) * 2);
    fillDurations(poll().expiresIn);
    updateButtons();
}

void PollEditor::setPoll(const DraftPoll &poll)
{
    const QSignalBlocker blocker(this);
    while (!m_choices.isEmpty())
        removeChoice(m_choices.constLast());
    for (const QString &option : poll.options)
        addChoice(option);
    while (m_choices.size() < 2)
        addChoice(QString());
    fillDurations(poll.expiresIn);
    m_multiple->setChecked(poll.multiple);
    m_hideTotals->setChecked(poll.hideTotals);
    updateButtons();
}

DraftPoll PollEditor::poll() const
{
    DraftPoll poll;
    poll.options.clear();
    for (const QLineEdit *choice : m_choices) {
        // Choices added and left empty beyond the two a poll needs are not meant.
        if (poll.options.size() >= 2 && choice->text().trimmed().isEmpty())
            continue;
        poll.options.append(choice->text());
    }
    poll.expiresIn = m_duration->currentData().toLongLong();
    if (poll.expiresIn <= 0)
        poll.expiresIn = DraftPoll::defaultExpiresIn;
    poll.multiple = m_multiple->isChecked();
    poll.hideTotals = m_hideTotals->isChecked();
    return poll;
}

void PollEditor::focusFirstChoice()
{
    if (!m_choices.isEmpty())
        m_choices.constFirst()->setFocus();
}

QList<QWidget *> PollEditor::tabStops() const
{
    QList<QWidget *> stops(m_choices.cbegin(), m_choices.cend());
    stops << m_add << m_duration << m_multiple << m_hideTotals;
    return stops;
}

void PollEditor::addChoice(const QString &text)
{
    const int number = int(m_choices.size()) + 1;
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(QStringLiteral("pollChoice%1").arg(number));
    edit->setAccessibleName(tr("Poll choice %1").arg(number));
    edit->setPlaceholderText(tr("Choice %1").arg(number));
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textChanged, this, &PollEditor::changed);
    m_choices.append(edit);
    m_choicesLayout->addWidget(edit);
    // A new field would come last in the window's Tab order; it goes after the other
    // choices, and the rest of the poll after it.
    const QList<QWidget *> stops = tabStops();
    for (qsizetype i = 1; i < stops.size(); ++i)
        setTabOrder(stops.at(i - 1), stops.at(i));
    updateButtons();
}

void PollEditor::removeChoice(QLineEdit *edit)
{
    m_choices.removeOne(edit);
    delete edit;
    updateButtons();
}

void PollEditor::fillDurations(qint64 selected)
{
    const QSignalBlocker blocker(m_duration);
    m_duration->clear();
    const QList<QPair<qint64, QString>> durations{
        {5 * 60, tr("5 minutes")},     {30 * 60, tr("30 minutes")}, {60 * 60, tr("1 hour")},
        {6 * 3600, tr("6 hours")},     {24 * 3600, tr("1 day")},    {3 * 24 * 3600, tr("3 days")},
        {7 * 24 * 3600, tr("7 days")},
    };
    for (const auto &duration : durations) {
        if (duration.first < m_limits.pollMinExpiration ||
            duration.first > m_limits.pollMaxExpiration)
            continue;
        m_duration->addItem(duration.second, duration.first);
    }
    const int index = m_duration->findData(selected);
    m_duration->setCurrentIndex(index >= 0 ? index
                                           : m_duration->findData(DraftPoll::defaultExpiresIn));
}

void PollEditor::updateButtons()
{
    m_add->setEnabled(m_choices.size() < m_limits.pollMaxOptions);
}
