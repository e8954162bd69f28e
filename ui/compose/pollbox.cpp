#include "pollbox.h"

#include "compose/polleditor.h"

#include <QVBoxLayout>

PollBox::PollBox(QWidget *parent)
    : QGroupBox(tr("Poll"), parent)
{
    setObjectName(QStringLiteral("pollBox"));
    new QVBoxLayout(this);
    setVisible(false);
}

void PollBox::open(bool on, bool focus)
{
    if (on)
        ensureEditor();
    setVisible(on);
    if (on && focus)
        m_editor->focusFirstChoice();
}

DraftPoll PollBox::poll() const
{
    return m_editor ? m_editor->poll() : DraftPoll();
}

void PollBox::setPoll(const std::optional<DraftPoll> &poll)
{
    if (poll || m_editor) {
        ensureEditor();
        m_editor->setPoll(poll.value_or(DraftPoll()));
    }
    setVisible(poll.has_value());
}

void PollBox::setLimits(const InstanceConfiguration &limits)
{
    m_limits = limits;
    if (m_editor)
        m_editor->setLimits(limits);
}

QList<QWidget *> PollBox::tabStops() const
{
    return m_editor ? m_editor->tabStops() : QList<QWidget *>();
}

void PollBox::ensureEditor()
{
    if (m_editor)
        return;
    m_editor = new PollEditor(this);
    layout()->addWidget(m_editor);
    m_editor->setLimits(m_limits);
    connect(m_editor, &PollEditor::changed, this, &PollBox::changed);
    emit editorMade();
}
