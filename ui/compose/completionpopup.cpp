#include "completionpopup.h"

#include "complete/completionmodel.h"
#include "complete/completionsearch.h"
#include "compose/completiondelegate.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {

constexpr int visibleRows = 8;
constexpr int popupWidth = 380;

} // namespace

CompletionPopup::CompletionPopup(CompletionSearch *search, QWidget *owner)
    : QFrame(owner, Qt::ToolTip | Qt::FramelessWindowHint)
    , m_search(search)
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("completionPopup"));
    setAccessibleName(tr("Suggestions"));
    // The field keeps the keyboard: the list is only looked at, or clicked.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    m_list->setObjectName(QStringLiteral("completionList"));
    m_list->setAccessibleName(tr("Suggestions"));
    m_list->setFocusPolicy(Qt::NoFocus);
    // The popup's own frame is the edge.
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setModel(m_search->model());
    m_list->setItemDelegate(new CompletionDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list);
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { accept(index.row()); });
    connect(m_search, &CompletionSearch::resultsReady, this, &CompletionPopup::onResults);
    hide();
}

void CompletionPopup::attach(QPlainTextEdit *field)
{
    if (m_emojiOnly.contains(field))
        return;
    attachField(field, false);
    connect(field, &QPlainTextEdit::textChanged, this, [this, field] { onFieldChanged(field); });
    connect(field, &QPlainTextEdit::cursorPositionChanged, this,
            [this, field] { onFieldChanged(field); });
}

void CompletionPopup::attachEmojiOnly(QLineEdit *field)
{
    if (m_emojiOnly.contains(field))
        return;
    attachField(field, true);
    connect(field, &QLineEdit::textChanged, this, [this, field] { onFieldChanged(field); });
    connect(field, &QLineEdit::cursorPositionChanged, this,
            [this, field] { onFieldChanged(field); });
}

void CompletionPopup::attachField(QWidget *field, bool emojiOnly)
{
    m_emojiOnly.insert(field, emojiOnly);
    field->installEventFilter(this);
    connect(field, &QObject::destroyed, this, [this, field] {
        m_emojiOnly.remove(field);
        if (m_field == nullptr || m_field == field)
            closeList();
    });
}

void CompletionPopup::dismiss()
{
    closeList();
    m_search->clear();
    m_field = nullptr;
}

int CompletionPopup::highlightedRow() const
{
    if (!isVisible())
        return -1;
    const int row = m_list->currentIndex().row();
    return row >= 0 ? row : 0;
}

CompletionPopup::FieldText CompletionPopup::textOf(QWidget *field) const
{
    FieldText result;
    if (auto *edit = qobject_cast<QPlainTextEdit *>(field)) {
        const QTextCursor cursor = edit->textCursor();
        result.text = cursor.block().text();
        result.caret = cursor.positionInBlock();
        result.usable = edit->hasFocus() && !edit->isReadOnly() && !cursor.hasSelection();
    } else if (auto *line = qobject_cast<QLineEdit *>(field)) {
        result.text = line->text();
        result.caret = line->cursorPosition();
        result.usable = line->hasFocus() && !line->isReadOnly() && !line->hasSelectedText();
    }
    return result;
}

CompletionTrigger CompletionPopup::triggerIn(QWidget *field) const
{
    const FieldText current = textOf(field);
    if (!current.usable)
        return {};
    const CompletionTrigger trigger = CompletionTrigger::at(current.text, current.caret);
    if (m_emojiOnly.value(field) && trigger.kind != CompletionTrigger::Kind::Emoji)
        return {};
    return trigger;
}

void CompletionPopup::onFieldChanged(QWidget *field)
{
    const CompletionTrigger trigger = triggerIn(field);
    if (!trigger.isActive() && field != m_field)
        return;
    // Escape closed the list for this token: typing in it does not bring it back.
    if (m_dismissedField == field && trigger.isActive() && trigger.kind == m_dismissed.kind &&
        trigger.start == m_dismissed.start) {
        closeList();
        return;
    }
    m_dismissedField = nullptr;
    m_field = field;
    m_search->setTrigger(trigger);
    if (!trigger.isActive()) {
        closeList();
        m_field = nullptr;
    } else if (isVisible()) {
        placeUnderCaret();
    }
}

void CompletionPopup::onResults()
{
    if (!m_field || !triggerIn(m_field).isActive() || m_search->model()->rowCount() == 0) {
        closeList();
        return;
    }
    // New entries: nothing is highlighted until Down or Up (Tab takes the first).
    m_list->setCurrentIndex({});
    m_list->clearSelection();
    m_list->scrollToTop();
    placeUnderCaret();
    if (!isVisible()) {
        m_field->window()->installEventFilter(this);
        if (!m_describing) {
            m_savedDescription = m_field->accessibleDescription();
            m_describing = true;
        }
        show();
    }
    announce();
}

bool CompletionPopup::isListKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_Tab:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
        return true;
    default:
        return false;
    }
}

bool CompletionPopup::eventFilter(QObject *watched, QEvent *event)
{
    auto *field = qobject_cast<QWidget *>(watched);
    // The field's window moved or changed size: the list follows the caret.
    if (isVisible() && m_field && watched == m_field->window() &&
        (event->type() == QEvent::Move || event->type() == QEvent::Resize))
        placeUnderCaret();
    if (!field || !m_emojiOnly.contains(field))
        return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // The list's keys are the field's while it shows: Escape must not also hide
        // the quick post window, Return must not press a default button.
        if (isVisible() && field == m_field && isListKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyPress:
        if (isVisible() && field == m_field && handleKey(static_cast<QKeyEvent *>(event)))
            return true;
        break;
    case QEvent::FocusOut:
    case QEvent::Hide:
        if (field == m_field)
            closeList();
        break;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

bool CompletionPopup::handleKey(QKeyEvent *event)
{
    if (!isListKey(event))
        return false;
    switch (event->key()) {
    case Qt::Key_Down:
        moveHighlight(1);
        return true;
    case Qt::Key_Up:
        moveHighlight(-1);
        return true;
    case Qt::Key_Escape:
        m_dismissedField = m_field;
        m_dismissed = triggerIn(m_field);
        closeList();
        // A reply still on its way must not open the list again.
        m_search->clear();
        return true;
    default:
        accept(highlightedRow());
        return true;
    }
}

void CompletionPopup::moveHighlight(int step)
{
    const int rows = m_search->model()->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().row();
    int next = 0;
    if (current < 0)
        next = step > 0 ? 0 : rows - 1;
    else
        next = (current + step + rows) % rows;
    const QModelIndex index = m_search->model()->index(next);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    announce();
}

void CompletionPopup::accept(int row)
{
    QWidget *field = m_field;
    if (!field || row < 0 || row >= m_search->model()->rowCount())
        return;
    const CompletionTrigger trigger = triggerIn(field);
    if (!trigger.isActive())
        return;
    const QString replacement =
        m_search->model()->index(row).data(CompletionModel::ReplacementRole).toString();
    closeList();
    m_search->clear();
    m_field = nullptr;
    replace(field, trigger, replacement);
}

void CompletionPopup::replace(QWidget *field, const CompletionTrigger &trigger, const QString &text)
{
    // A space follows, unless one is there already: then the caret goes past it.
    const FieldText current = textOf(field);
    const bool spaceFollows =
        trigger.end < current.text.size() && current.text.at(trigger.end).isSpace();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(field)) {
        QTextCursor cursor = edit->textCursor();
        const int block = cursor.block().position();
        // One edit block, so one Undo brings the typed token back.
        cursor.beginEditBlock();
        cursor.setPosition(block + int(trigger.start));
        cursor.setPosition(block + int(trigger.end), QTextCursor::KeepAnchor);
        cursor.insertText(spaceFollows ? text : text + QLatin1Char(' '));
        cursor.endEditBlock();
        if (spaceFollows)
            cursor.movePosition(QTextCursor::NextCharacter);
        edit->setTextCursor(cursor);
    } else if (auto *line = qobject_cast<QLineEdit *>(field)) {
        line->setSelection(int(trigger.start), int(trigger.end - trigger.start));
        line->insert(spaceFollows ? text : text + QLatin1Char(' '));
        if (spaceFollows)
            line->cursorForward(false);
    }
}

void CompletionPopup::closeList()
{
    if (m_field)
        m_field->window()->removeEventFilter(this);
    if (m_field && m_describing)
        m_field->setAccessibleDescription(m_savedDescription);
    m_describing = false;
    hide();
}

void CompletionPopup::placeUnderCaret()
{
    if (!m_field)
        return;
    const QRect caret = m_field->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    const int rows = qMin(visibleRows, m_search->model()->rowCount());
    const int rowHeight = qMax(1, m_list->sizeHintForRow(0));
    const int margins = layout()->contentsMargins().top() + layout()->contentsMargins().bottom();
    const QSize size(popupWidth, rows * rowHeight + 2 * frameWidth() + margins);
    QPoint position = m_field->mapToGlobal(caret.bottomLeft() + QPoint(0, 2));
    QScreen *screen = m_field->screen();
    if (screen) {
        const QRect available = screen->availableGeometry();
        // Above the line when there is no room below it.
        if (position.y() + size.height() > available.bottom())
            position.setY(m_field->mapToGlobal(caret.topLeft()).y() - size.height() - 2);
        position.setX(std::clamp(position.x(), available.left(),
                                 std::max(available.left(), available.right() - size.width())));
    }
    setGeometry(QRect(position, size));
}

void CompletionPopup::announce()
{
    if (!m_field)
        return;
    const int rows = m_search->model()->rowCount();
    const int current = m_list->currentIndex().row();
    const int row = current >= 0 ? current : 0;
    const QString entry = m_search->model()->index(row).data(Qt::AccessibleTextRole).toString();
    m_field->setAccessibleDescription(
        current >= 0 ? tr("Suggestion %1 of %2: %3").arg(row + 1).arg(rows).arg(entry)
                     : tr("%n suggestion(s); Tab inserts %1", nullptr, rows).arg(entry));
    if (current < 0 || !QAccessible::isActive())
        return;
    // The entry as if focused, which is what screen readers read from a list that
    // follows the text field's keys.
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_list);
    QAccessibleTableInterface *table = view ? view->tableInterface() : nullptr;
    if (QAccessibleInterface *cell = table ? table->cellAt(row, 0) : nullptr) {
        QAccessibleEvent event(m_list, QAccessible::Focus);
        event.setChild(view->indexOfChild(cell));
        QAccessible::updateAccessibility(&event);
    }
}
