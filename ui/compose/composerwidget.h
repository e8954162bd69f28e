#pragma once

#include "compose/draft.h"
#include "compose/draftstore.h"

#include <QPointer>
#include <QWidget>

class AccountPicker;
class AppContext;
class AttachmentUploads;
class AudienceRow;
class CompletionPopup;
class CompletionSearch;
class CrossPostAccounts;
class CrossPostResults;
class ComposerMessages;
class DraftAutosave;
class LinkedPostBar;
struct LinkedStatus;
class EditBanner;
class MediaStrip;
class OptionsRow;
class OutboxTracker;
class PlainMessageBox;
class PollBox;
class PostingAccount;
class QBoxLayout;
class QImage;
class QLineEdit;
class QPushButton;
class QShortcut;
class ScheduledPostsButton;
class SendCountdown;
class SchedulePicker;
class StatusLine;
class ThreadEditor;
class WritingAids;
class WritingHints;

// Writes a post (or a thread) with every option Mastodon offers, keeps the draft on
// disk as the user types, and hands it to the outbox on Post. The text stays, read
// only, until the server confirmed; a refusal brings it back with the server's words.
class ComposerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerWidget)

public:
    // Compact leaves out what a quick post does without: polls, threads, scheduling,
    // the language (the account's default applies).
    enum class Layout { Full, Compact };

    // `draftName` tells composers apart on disk (the main window's, the quick post's).
    ComposerWidget(AppContext *context, const QString &draftName, Layout layout = Layout::Full,
                   QWidget *parent = nullptr);
    ~ComposerWidget() override;

    void focusText();
    // Inserts "@acct " at the cursor of the post being written.
    void insertMention(const QString &acct);
    void post();
    // Undo send: the post waiting out its delay comes back here; nothing is sent.
    // Nothing happens once the delay is over (the post is on its way) or without one.
    void undoSend();
    // For tests and callers that need the draft without the widgets.
    [[nodiscard]] Draft draft() const;
    // Writes a pending change to disk now (before quitting).
    void saveNow();
    // Brings a post back from the outbox to be edited, when the composer is free and
    // empty; says why not otherwise.
    bool editEntry(const QString &entryId);
    // Empty when a deleted post can come back here now (nothing is being written or
    // sent); otherwise why not, for the user.
    [[nodiscard]] QString redraftBlocker() const;
    // A deleted post, back to be written again ("delete and redraft"). What was typed
    // meanwhile is never overwritten: it is kept aside as a draft file first, and the
    // composer says where.
    void takeRedraft(const Draft &redraft);
    // Empty when a published post can be opened here for editing now (nothing is on its
    // way to the server, no other edit is open); otherwise why not, for the user.
    [[nodiscard]] QString editBlocker() const;
    // Opens a published post (StatusEdit's draft) for editing. What was being written
    // is kept aside on disk and comes back, exactly, when the edit is saved or
    // cancelled. False (and the composer says why) when it cannot be opened now.
    bool beginEdit(const Draft &edit);
    // Leaves edit mode without saving (Escape, the banner's Cancel).
    void cancelEdit();
    [[nodiscard]] bool isEditing() const { return m_edit.has_value(); }
    // Text shared from elsewhere (another program, a web+mastodon link): added after
    // what is already written, never over it.
    void addSharedText(const QString &text);
    // Finds the post at `url` on the account's server and shows it above the text; the
    // post goes out as a reply to it (starting with its mentions) or as a quote of it.
    void replyTo(const QUrl &url);
    void quote(const QUrl &url);
    // Text the user typed elsewhere a moment ago (the wizard's last page), inserted at
    // the cursor as if typed here.
    void continueTyping(const QString &text);

signals:
    // The account must sign in again before its posts can go out.
    void signInRequested(const QString &accountKey);
    // The outbox entry whose progress this composer shows; empty when none.
    void pendingEntryChanged(const QString &entryId);
    // The server confirmed this composer's post; `url` is empty for a scheduled one.
    void postConfirmed(const QUrl &url, const QDateTime &scheduledAt);

private:
    void buildUi();
    void applyLayout(Layout layout);
    void restore(const Draft &draft);
    void onChanged();
    void updateState();
    void showState(const Draft &current);
    void setEditable(bool editable);
    // Follows the current account's session; true when it is another one.
    bool followSession();
    void applySessionDetails();

    void updateTabOrder();
    // Every text field of the post gets the completion list, new thread parts too.
    void attachCompletion();
    // The spell checker and the language hint follow the text and its language.
    void updateWritingAids(const Draft &current);

    void chooseFiles();
    void addFiles(const QStringList &paths);
    void addPastedImage(const QImage &image);

    void followOutbox();
    // Puts text from the outbox back here and saves it; false when it was not saved.
    bool takeBack(const Draft &remaining);
    void onPosted(const QUrl &url, const QDateTime &scheduledAt);
    void detachFromEntry();
    void showStatus(const QString &text);
    void showProblem(const QString &text);
    void buildLinkedPost(QBoxLayout *layout);
    void openLink(DraftLink::Kind kind, const QUrl &url);
    void startReply(const LinkedStatus &status);
    // The draft file that keeps what was being written while a post is edited.
    [[nodiscard]] QString setAsideName() const;
    // Brings back what was kept aside for an edit, and forgets the file once saved.
    void restoreSetAside();
    // Asks before saving an edit that changes a poll (the server resets its votes).
    bool confirmPollReset(const Draft &current);

    AppContext *m_context;
    DraftStore m_store;
    DraftAutosave *m_autosave;
    PostingAccount *m_account;
    AttachmentUploads *m_uploads;
    OutboxTracker *m_tracker;
    CompletionSearch *m_completion;

    AccountPicker *m_accountPicker = nullptr;
    // The accounts picked beside the main one, and how the post does on each.
    CrossPostAccounts *m_crossAccounts = nullptr;
    CrossPostResults *m_crossResults = nullptr;
    QLineEdit *m_spoiler = nullptr;
    ThreadEditor *m_thread = nullptr;
    MediaStrip *m_mediaStrip = nullptr;
    PollBox *m_pollBox = nullptr;
    SchedulePicker *m_schedule = nullptr;
    AudienceRow *m_audience = nullptr;
    OptionsRow *m_options = nullptr;
    QPushButton *m_addPart = nullptr;
    ScheduledPostsButton *m_scheduledPosts = nullptr;
    QPushButton *m_post = nullptr;
    ComposerMessages *m_messages = nullptr;
    StatusLine *m_statusLine = nullptr;
    SendCountdown *m_countdown = nullptr;
    CompletionPopup *m_completionPopup = nullptr;
    WritingAids *m_writingAids = nullptr;
    WritingHints *m_writingHints = nullptr;
    LinkedPostBar *m_linkBar = nullptr;

    // Why the draft could not be saved (a full disk), shown until a save works again.
    QString m_saveProblem;
    // The published status this draft continues, after a thread was refused half-way.
    QString m_inReplyToId;
    bool m_restoring = false;

    QString m_draftName;
    // The published post this draft edits; empty when it makes a new one.
    std::optional<DraftEdit> m_edit;
    EditBanner *m_editBanner = nullptr;
    QShortcut *m_cancelEdit = nullptr;
    // The user agreed that the edit resets the poll's votes.
    bool m_pollResetAccepted = false;
    // Open while the user is asked about resetting the votes: the edit stays as it is.
    QPointer<PlainMessageBox> m_pollQuestion;
};
