#include "searchresultsview.h"

#include "util/servertext.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>

SearchResultsView::SearchResultsView(QWidget *parent)
    : QListView(parent)
{}

void SearchResultsView::setShortcutHelp(const QString &help)
{
    m_shortcutHelp = help;
    setToolTip(help);
}

void SearchResultsView::keyPressEvent(QKeyEvent *event)
{
    const bool plain =
        event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (plain && event->key() == Qt::Key_Up &&
        (!currentIndex().isValid() || currentIndex().row() == 0)) {
        emit leftAtTop();
        return;
    }
    if (plain && event->key() == Qt::Key_Down && model() &&
        currentIndex().row() == model()->rowCount() - 1) {
        emit leftAtBottom();
        return;
    }
    if (plain && event->key() == Qt::Key_Escape) {
        emit escapePressed();
        return;
    }
    QListView::keyPressEvent(event);
}

void SearchResultsView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index;
    QPoint globalPos = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        index = indexAt(event->pos());
        if (index.isValid())
            setCurrentIndex(index);
    } else {
        // From the keyboard: the current result, with the menu at its top left.
        index = currentIndex();
        const QRect rect = visualRect(index);
        globalPos = viewport()->mapToGlobal(rect.isValid() ? rect.topLeft() + QPoint(24, 24)
                                                           : QPoint(0, 0));
    }
    if (!index.isValid())
        return;
    emit contextMenuWanted(index, globalPos);
    event->accept();
}

bool SearchResultsView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid()) {
            QString text = index.data(Qt::ToolTipRole).toString();
            if (!m_shortcutHelp.isEmpty())
                text += QStringLiteral("\n\n") + m_shortcutHelp;
            QToolTip::showText(help->globalPos(), ServerText::toolTip(text), viewport(),
                               visualRect(index));
            return true;
        }
    }
    return QListView::viewportEvent(event);
}
