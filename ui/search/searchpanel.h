#pragma once

#include <QWidget>

class AccountSearch;
class ApiClient;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class SearchResultDelegate;
class SearchResultsView;

// Account search: a field, the results and what can be done with one of them (insert
// its mention, open its profile, follow or unfollow, copy its handle). It drives an
// AccountSearch and never builds a request itself.
//
// Keyboard: focusSearch() (Ctrl+K in the main window) focuses the field; Down moves into
// the results, Up on the first result returns to the field, Escape clears. On a result:
// Return inserts the mention, Ctrl+O opens the profile, Ctrl+Shift+F follows or
// unfollows, Ctrl+C copies the handle, the menu key opens the context menu.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    explicit SearchPanel(QWidget *parent = nullptr);

    // nullptr means signed out. Call again when the account changes.
    void setClient(ApiClient *client);
    // The signed-in account's id (optional): that result gets no follow button.
    void setOwnAccountId(const QString &accountId);
    // Focuses the search field and selects its text.
    void focusSearch();

    [[nodiscard]] AccountSearch *search() const { return m_search; }

signals:
    // Return (or a double click) on a result: `acct` is `user` or `user@domain`,
    // without the leading '@'.
    void mentionChosen(const QString &acct);
    // Escape in the empty search field: the user is done searching.
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onStateChanged();
    void onPagingChanged();
    void onActionFailed(const QString &accountId, const QString &message);
    void onCurrentChanged();
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);
    void chooseMention();
    void openProfile();
    void toggleFollow();
    void copyHandle();
    void clearSearch();
    void enterResults();
    void updateFollowAction();
    void showStateText(const QString &text, bool problem);
    [[nodiscard]] QModelIndex currentResult() const;

    AccountSearch *m_search;
    QLineEdit *m_field;
    SearchResultsView *m_results;
    SearchResultDelegate *m_delegate;
    QPushButton *m_loadMore;
    QLabel *m_state;
    QAction *m_mentionAction;
    QAction *m_profileAction;
    QAction *m_followAction;
    QAction *m_copyAction;
};
