#pragma once

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QString>

class QDateTimeEdit;
class QLabel;
class PlainMessageBox;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class ScheduledPosts;
struct ApiError;
struct ScheduledStatus;

// The account's scheduled posts: when each goes out (in local time) and how it starts.
// The user can move one to another time (at least five minutes ahead, ScheduleRule) or
// cancel it after confirming. One change at a time; the list says when it is loading,
// empty or could not be loaded.
class ScheduledPostsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduledPostsDialog)

public:
    // `posts` is the account's and must outlive the dialog. Loading starts at once.
    explicit ScheduledPostsDialog(ScheduledPosts *posts, QWidget *parent = nullptr);

    // Text of the list's second column: the start of the post, one line.
    [[nodiscard]] static QString summary(const ScheduledStatus &post);

    void refresh();

private:
    enum class Pending { None, Refresh, Reschedule, Cancel };

    void onLoaded(const QList<ScheduledStatus> &posts);
    void onRescheduled(const ScheduledStatus &post);
    void onCancelled(const QString &id);
    void onFailed(const ApiError &error);
    void onSelectionChanged();
    void onChangeTime();
    void onCancelPost();
    void onCancelConfirmed(const QString &id);

    void fillList(const QList<ScheduledStatus> &posts);
    void showPage(const QString &message);
    void setStatus(const QString &text, bool isError = false);
    void checkNewTime();
    void updateButtons();
    [[nodiscard]] QString selectedId() const;

    ScheduledPosts *m_posts;
    QLabel *m_intro;
    QStackedWidget *m_stack;
    QTreeWidget *m_list;
    QLabel *m_placeholder;
    QDateTimeEdit *m_newTime;
    QLabel *m_zone;
    QLabel *m_ruleMessage;
    QPushButton *m_changeTime;
    QPushButton *m_cancelPost;
    QPushButton *m_refresh;
    QLabel *m_status;
    QPointer<PlainMessageBox> m_confirmation;
    // The selected post's time on the server.
    QDateTime m_selectedTime;
    Pending m_pending = Pending::None;
    bool m_loadedOnce = false;
};
