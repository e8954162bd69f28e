#pragma once

#include <QListView>

// The list of search results. Knows the keyboard rules the panel promises: Up on the
// first result hands the focus back (leftAtTop), Down on the last one hands it on
// (leftAtBottom), Escape asks to clear. The context menu is the panel's to build.
class SearchResultsView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsView)

public:
    explicit SearchResultsView(QWidget *parent = nullptr);

    // Added below every result's own tooltip: the keyboard shortcuts.
    void setShortcutHelp(const QString &help);

signals:
    void leftAtTop();
    void leftAtBottom();
    void escapePressed();
    // Right click or the menu key on a result, at a global position.
    void contextMenuWanted(const QModelIndex &index, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    QString m_shortcutHelp;
};
