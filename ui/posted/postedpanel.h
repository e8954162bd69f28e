#pragma once

#include "compose/draft.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class ApiClient;
class AppContext;
class AccountSession;
class PlainLabel;
class PlainMessageBox;
class PostedStatuses;
class QListWidget;
class QPushButton;
class StatusEdit;
struct ApiError;
struct Status;

// "Posted": the recent posts of the account the composer posts as, newest first, with
// more as the user scrolls down (or presses Load more), and again whenever a post goes
// out. A post can be deleted, or deleted and redrafted into the composer; both ask
// first. Server text shows as plain text (PostedRowText).
class PostedPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostedPanel)

public:
    // Empty when the composer can take a redraft now; otherwise why not, for the user.
    using RedraftGate = std::function<QString()>;

    PostedPanel(AppContext *context, RedraftGate gate, QWidget *parent = nullptr);

    // Asked before a post is loaded for editing: empty when the composer can take it.
    void setEditGate(RedraftGate gate) { m_editGate = std::move(gate); }

    // Shows the list with the keyboard in it, loading it when it is stale.
    void focusList();

signals:
    // The post was deleted; this draft brings it back into the composer.
    void redraftReady(const Draft &draft);
    // The selected post, loaded with its source, to be edited in the composer.
    void editReady(const Draft &draft);
    // Escape: back to the composer.
    void dismissed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Action { Delete, Redraft };

    void followAccount();
    void reload();
    void fillList();
    void onLoadFailed(const ApiError &error);
    void onFailed(const QString &id, const ApiError &error);
    void onScrolled(int value);
    void confirm(Action action);
    void editSelected();
    void updateButtons();
    void setStatus(const QString &text, bool isError = false);
    [[nodiscard]] QString selectedId() const;

    AppContext *m_context;
    RedraftGate m_gate;
    RedraftGate m_editGate;
    QPointer<AccountSession> m_session;
    QString m_accountKey;
    // The session's client the list was made with; a new sign-in makes a new one.
    QPointer<ApiClient> m_client;
    PostedStatuses *m_posts = nullptr;
    // Loads the post to edit; made with the list, for the same account and client.
    StatusEdit *m_editLoader = nullptr;
    PlainLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_loadMore;
    QPushButton *m_refresh;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_redraft;
    PlainLabel *m_status;
    QPointer<PlainMessageBox> m_confirmation;
    // A post went out (or the account changed) while the panel was hidden.
    bool m_stale = true;
};
