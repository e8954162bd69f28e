#include "parteditor.h"

#include "compose/composertextedit.h"
#include "compose/counternote.h"
#include "text/plainlabel.h"
#include "texttone.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

PartEditor::PartEditor(int number, bool removable, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("composerPart%1").arg(number));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_text = new ComposerTextEdit(this);
    // The first part keeps the name the keyboard contract and tests know.
    m_text->setObjectName(number == 1 ? QStringLiteral("composerText")
                                      : QStringLiteral("composerText%1").arg(number));
    m_text->setPlaceholderText(number == 1 ? tr("What's on your mind?")
                                           : tr("Continue the thread…"));
    layout->addWidget(m_text, 1);

    auto *row = new QHBoxLayout;
    // Shown only while the post is too long: one click makes a thread of it, with a
    // numbered variant in the button's menu (Alt+Down or the arrow opens it).
    m_split = new QToolButton(this);
    m_split->setObjectName(QStringLiteral("composerSplit%1").arg(number));
    m_split->setPopupMode(QToolButton::MenuButtonPopup);
    auto *splitAction = new QAction(tr("Make it a &thread"), m_split);
    splitAction->setToolTip(tr("Split this post into a thread of posts that each fit, at the "
                               "ends of paragraphs and sentences"));
    connect(splitAction, &QAction::triggered, this, [this] { emit splitRequested(false); });
    m_split->setDefaultAction(splitAction);
    auto *menu = new QMenu(m_split);
    menu->addAction(splitAction);
    menu->addAction(tr("Make it a numbered thread (1/3, 2/3, …)"), this,
                    [this] { emit splitRequested(true); });
    m_split->setMenu(menu);
    // QToolButton opens its menu for the mouse only: Alt+Down, as on a combo box, for
    // the keyboard.
    auto *openMenu = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_split);
    openMenu->setContext(Qt::WidgetShortcut);
    connect(openMenu, &QShortcut::activated, m_split, &QToolButton::showMenu);
    m_split->setVisible(false);
    row->addWidget(m_split);
    row->addStretch();
    m_counter = new PlainLabel(this);
    m_counter->setObjectName(QStringLiteral("composerCounter%1").arg(number));
    row->addWidget(m_counter);
    m_remove = new QToolButton(this);
    m_remove->setText(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("composerRemovePart%1").arg(number));
    m_remove->setAccessibleName(tr("Remove post %1 from the thread").arg(number));
    m_remove->setVisible(removable);
    connect(m_remove, &QToolButton::clicked, this, &PartEditor::removeRequested);
    row->addWidget(m_remove);
    layout->addLayout(row);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PartEditor::textChanged);
    setNumber(number, number);
}

QList<QWidget *> PartEditor::tabStops() const
{
    return {m_text, m_split, m_remove};
}

QString PartEditor::text() const
{
    return m_text->toPlainText();
}

void PartEditor::setText(const QString &text)
{
    if (text != m_text->toPlainText())
        m_text->setPlainText(text);
}

void PartEditor::setNumber(int number, int total)
{
    m_text->setAccessibleName(total > 1 ? tr("Post %1 of %2").arg(number).arg(total)
                                        : tr("Post text"));
}

void PartEditor::setRemaining(qint64 remaining, qint64 limit, qint64 charactersPerUrl)
{
    m_counter->setText(QString::number(remaining));
    const QString note = CounterNote::describe(text(), charactersPerUrl);
    const QString left = tr("%1 of %2 characters left").arg(remaining).arg(limit);
    m_counter->setToolTip(note.isEmpty() ? left : left + QLatin1Char('\n') + note);
    m_counter->setAccessibleName(m_counter->toolTip());
    TextTone::Tone tone = TextTone::Tone::Plain;
    if (remaining < 0)
        tone = TextTone::Tone::Problem;
    else if (remaining <= std::max<qint64>(20, limit / 20))
        tone = TextTone::Tone::Warning;
    TextTone::apply(m_counter, tone);
    m_split->setVisible(remaining < 0 && !m_text->isReadOnly());
    // Bold as well, so the warning does not rest on colour alone.
    QFont font = m_counter->font();
    font.setBold(tone != TextTone::Tone::Plain);
    m_counter->setFont(font);
}

void PartEditor::setReadOnly(bool readOnly)
{
    m_text->setReadOnly(readOnly);
    m_remove->setEnabled(!readOnly);
    m_split->setEnabled(!readOnly);
}
