#include "composerwidget.h"

#include "appcontext.h"
#include "complete/completionsearch.h"
#include "compose/accountpicker.h"
#include "compose/audiencerow.h"
#include "compose/completionpopup.h"
#include "compose/composermessages.h"
#include "compose/composertextedit.h"
#include "compose/crosspost.h"
#include "compose/crosspostresults.h"
#include "compose/draftautosave.h"
#include "compose/draftcheck.h"
#include "compose/editbanner.h"
#include "compose/emojibutton.h"
#include "compose/linkedpostbar.h"
#include "compose/optionsrow.h"
#include "compose/pollbox.h"
#include "compose/sendcountdown.h"
#include "compose/statusline.h"
#include "compose/threadeditor.h"
#include "compose/threadsplitter.h"
#include "compose/writingaids.h"
#include "compose/writinghints.h"
#include "media/attachmentuploads.h"
#include "media/mediastrip.h"
#include "outbox/outbox.h"
#include "outbox/outboxtracker.h"
#include "schedule/scheduledpostsbutton.h"
#include "schedule/schedulepicker.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "session/crosspostaccounts.h"
#include "session/postingaccount.h"
#include "settings/accountstore.h"
#include "settings/undosendpreference.h"
#include "text/plainmessagebox.h"
#include "util/damagedfiles.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

ComposerWidget::ComposerWidget(AppContext *context, const QString &draftName, Layout layout,
                               QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_autosave(new DraftAutosave(m_store, draftName, this))
    , m_account(new PostingAccount(context->accounts(), context->sessions(), this))
    , m_uploads(new AttachmentUploads([this] { return m_account->client(); }, this))
    , m_tracker(new OutboxTracker(
          context->outbox(), [this](const Draft &draft) { return takeBack(draft); }, this))
    , m_completion(context->createCompletionSearch(this))
    , m_draftName(draftName)
{
    setObjectName(QStringLiteral("composer"));
    buildUi();
    applyLayout(layout);

    // The saved draft's account becomes the current one before this composer listens:
    // its own reaction to a switch would save the still empty fields over the draft.
    Draft saved = m_autosave->load();
    // Damaged drafts or outbox files found so far, this one's included: said once, by
    // the first composer to open.
    m_messages->showNotices(DamagedFiles::takeNotices());
    const QString current = m_context->accounts()->currentAccountKey();
    if (saved.accountKey.isEmpty() || !m_context->sessions()->session(saved.accountKey))
        saved.accountKey = current;
    else if (saved.accountKey != current)
        m_context->accounts()->setCurrentAccountKey(saved.accountKey);
    restore(saved);
    followSession();

    connect(m_autosave, &DraftAutosave::saveFailed, this, [this](const QString &message) {
        m_saveProblem = message;
        showProblem(message);
    });
    connect(m_autosave, &DraftAutosave::saved, this, [this] {
        if (m_saveProblem.isEmpty())
            return;
        m_saveProblem.clear();
        updateState();
    });
    followOutbox();
    connect(m_context->outbox(), &Outbox::saveFailed, this, &ComposerWidget::showProblem);
    connect(m_context->accounts(), &AccountStore::currentAccountChanged, this, [this] {
        // Media ids belong to the server that made them.
        if (followSession() && !m_tracker->isPending())
            m_uploads->uploadAgain();
        onChanged();
    });
    connect(m_context->sessions(), &AccountSessions::sessionAdded, this,
            &ComposerWidget::followSession);
    connect(m_account, &PostingAccount::detailsLoaded, this, [this] {
        applySessionDetails();
        updateState();
    });
    connect(m_account, &PostingAccount::stateChanged, this, &ComposerWidget::updateState);
    connect(m_account, &PostingAccount::stateChanged, m_linkBar, &LinkedPostBar::accountChanged);
    connect(m_account, &PostingAccount::detailsLoaded, m_linkBar, &LinkedPostBar::accountChanged);
    // Suggestions come from the account the post goes out as (a new sign-in gives it a
    // new client).
    connect(m_account, &PostingAccount::stateChanged, m_completion,
            [this] { m_completion->setClient(m_account->client()); });
}

ComposerWidget::~ComposerWidget()
{
    m_autosave->flush();
}

void ComposerWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // Made first: it follows the account store before the composer does.
    m_accountPicker = new AccountPicker(m_context->accounts(), this);
    layout->addWidget(m_accountPicker);
    m_crossAccounts = new CrossPostAccounts(m_context->sessions(), m_context->outbox(), this);
    connect(m_accountPicker, &AccountPicker::alsoPostAsChanged, m_crossAccounts,
            [this] { m_crossAccounts->setAccounts(m_accountPicker->alsoPostAs()); });
    connect(m_crossAccounts, &CrossPostAccounts::changed, this, &ComposerWidget::updateState);
    buildLinkedPost(layout);

    m_editBanner = new EditBanner(this);
    connect(m_editBanner, &EditBanner::cancelRequested, this, &ComposerWidget::cancelEdit);
    layout->addWidget(m_editBanner);

    m_spoiler = new QLineEdit(this);
    m_spoiler->setObjectName(QStringLiteral("contentWarningText"));
    m_spoiler->setAccessibleName(tr("Content warning"));
    m_spoiler->setPlaceholderText(tr("Content warning: what the post is about"));
    m_spoiler->setVisible(false);
    connect(m_spoiler, &QLineEdit::textChanged, this, &ComposerWidget::onChanged);
    layout->addWidget(m_spoiler);

    m_thread = new ThreadEditor(this);
    connect(m_thread, &ThreadEditor::changed, this, &ComposerWidget::onChanged);
    connect(m_thread, &ThreadEditor::partAdded, this, &ComposerWidget::updateTabOrder);
    connect(m_thread, &ThreadEditor::partAdded, this, &ComposerWidget::attachCompletion);
    connect(m_thread, &ThreadEditor::imagePasted, this, &ComposerWidget::addPastedImage);
    connect(m_thread, &ThreadEditor::filesDropped, this, &ComposerWidget::addFiles);
    connect(m_thread, &ThreadEditor::postLinkPasted, m_linkBar, &LinkedPostBar::offer);
    connect(m_thread, &ThreadEditor::splitRequested, this, [this](qsizetype index, bool numbered) {
        const Draft current = draft();
        const InstanceConfiguration limits = m_account->limits();
        m_thread->replacePart(
            index, ThreadSplitter::split(
                       current.parts.value(index), current.effectiveSpoilerText(),
                       {limits.maxCharacters, int(limits.charactersReservedPerUrl)}, numbered));
    });
    layout->addWidget(m_thread, 1);
    // Made after the thread editor, so that it outlives the fields it serves.
    m_writingAids = new WritingAids(this);
    m_thread->setWritingAids(m_writingAids);

    m_mediaStrip = new MediaStrip(m_uploads, this);
    m_mediaStrip->setPreviewFetcher(
        [this](QObject *parent) { return m_context->createImageFetcher(parent); });
    connect(m_mediaStrip, &MediaStrip::attachmentAdded, this, &ComposerWidget::updateTabOrder);
    m_mediaStrip->setLanguageSource([this] { return m_audience->language(); });
    connect(m_uploads, &AttachmentUploads::changed, this, &ComposerWidget::onChanged);
    connect(m_uploads, &AttachmentUploads::stateChanged, this, &ComposerWidget::updateState);
    connect(m_uploads, &AttachmentUploads::pastedImageSaved, this, [this](const QString &path) {
        showStatus(QString());
        addFiles({path});
    });
    connect(m_uploads, &AttachmentUploads::pastedImageFailed, this, [this](const QString &message) {
        showStatus(QString());
        showProblem(message);
    });
    layout->addWidget(m_mediaStrip);

    m_pollBox = new PollBox(this);
    connect(m_pollBox, &PollBox::changed, this, &ComposerWidget::onChanged);
    connect(m_pollBox, &PollBox::editorMade, this, &ComposerWidget::updateTabOrder);
    layout->addWidget(m_pollBox);

    m_options = new OptionsRow(this);
    connect(m_options, &OptionsRow::mediaRequested, this, &ComposerWidget::chooseFiles);
    connect(m_options, &OptionsRow::pollToggled, this, [this](bool on) {
        m_pollBox->open(on, !m_restoring);
        onChanged();
    });
    connect(m_options, &OptionsRow::contentWarningToggled, this, [this](bool on) {
        m_spoiler->setVisible(on);
        if (on && !m_restoring)
            m_spoiler->setFocus();
        onChanged();
    });
    connect(m_options, &OptionsRow::sensitiveToggled, this, &ComposerWidget::onChanged);
    layout->addWidget(m_options);

    m_audience = new AudienceRow(this);
    connect(m_audience, &AudienceRow::changed, this, &ComposerWidget::onChanged);
    layout->addWidget(m_audience);

    m_schedule = new SchedulePicker(this);
    connect(m_schedule, &SchedulePicker::scheduleChanged, this, &ComposerWidget::onChanged);
    connect(m_schedule, &SchedulePicker::acceptableChanged, this, &ComposerWidget::updateState);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_schedule, 1);
    m_scheduledPosts = new ScheduledPostsButton([this] { return m_account->client(); }, this);
    connect(m_scheduledPosts, &ScheduledPostsButton::problem, this, &ComposerWidget::showProblem);
    scheduleRow->addWidget(m_scheduledPosts);
    layout->addLayout(scheduleRow);

    m_messages = new ComposerMessages(this);
    layout->addWidget(m_messages);

    m_writingHints = new WritingHints(
        [this](const QString &code) { return m_audience->languageName(code); }, this);
    connect(m_writingHints, &WritingHints::languageAccepted, m_audience,
            &AudienceRow::chooseLanguage);
    connect(m_writingAids, &WritingAids::dictionaryChanged, this, [this] {
        const bool missing = m_writingAids->isSpellChecking() && !m_writingAids->hasDictionary();
        m_writingHints->showMissingDictionary(missing ? m_writingAids->language() : QString());
    });
    layout->addWidget(m_writingHints);

    m_countdown = new SendCountdown(m_context->outbox(), this);
    connect(m_tracker, &OutboxTracker::pendingEntryChanged, m_countdown, &SendCountdown::follow);
    connect(m_countdown, &SendCountdown::undoRequested, this, &ComposerWidget::undoSend);
    layout->addWidget(m_countdown);
    m_crossResults = new CrossPostResults(m_context->outbox(), m_context->accounts(), this);
    layout->addWidget(m_crossResults);

    auto *bottom = new QHBoxLayout;
    m_statusLine = new StatusLine(this);
    // Before the composer's own connections: it shows the news first, as before.
    m_statusLine->follow(m_tracker);
    connect(m_statusLine, &StatusLine::signInRequested, this, [this] {
        // The account of the post that waits, which need not be the one now chosen.
        const std::optional<OutboxEntry> entry =
            m_context->outbox()->entry(m_tracker->pendingEntryId());
        emit signInRequested(entry ? entry->draft.accountKey : m_account->accountKey());
    });
    connect(m_statusLine, &StatusLine::unlockRequested, m_account, &PostingAccount::askAgain);
    connect(m_statusLine, &StatusLine::letGoRequested, this, &ComposerWidget::detachFromEntry);
    bottom->addWidget(m_statusLine, 1);
    auto *emoji = new EmojiButton(m_completion, this);
    connect(emoji, &EmojiButton::emojiPicked, m_thread, &ThreadEditor::typeText);
    bottom->addWidget(emoji);
    m_addPart = new QPushButton(tr("A&dd a post"), this);
    m_addPart->setObjectName(QStringLiteral("addPartButton"));
    m_addPart->setAccessibleName(tr("Continue as a thread"));
    m_addPart->setToolTip(tr("Continue the text as a thread of replies"));
    connect(m_addPart, &QPushButton::clicked, m_thread, &ThreadEditor::addEmptyPart);
    bottom->addWidget(m_addPart);
    m_post = new QPushButton(tr("&Post"), this);
    m_post->setObjectName(QStringLiteral("postButton"));
    m_post->setAccessibleName(tr("Post"));
    m_post->setToolTip(tr("Post (Ctrl+Return)"));
    m_post->setDefault(true);
    connect(m_post, &QPushButton::clicked, this, &ComposerWidget::post);
    bottom->addWidget(m_post);
    layout->addLayout(bottom);

    m_completionPopup = new CompletionPopup(m_completion, this);
    attachCompletion();

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, this, &ComposerWidget::post);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    m_cancelEdit =
        new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ComposerWidget::cancelEdit);
    m_cancelEdit->setContext(Qt::WidgetWithChildrenShortcut);
    // Only while editing: elsewhere Escape belongs to the window (the quick post hides).
    m_cancelEdit->setEnabled(false);
    // Ctrl+Z is the text fields' own undo while they can be edited: they take the key
    // first. During the undo delay they are read only, with no typing to undo, so the
    // key reaches this shortcut and takes the whole post back.
    auto *undo = new QShortcut(QKeySequence::Undo, this, this, &ComposerWidget::undoSend);
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Semicolon), QKeySequence(Qt::CTRL | Qt::Key_Period)}) {
        auto *shortcut = new QShortcut(keys, this, emoji, &EmojiButton::openPicker);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
}

void ComposerWidget::applyLayout(Layout layout)
{
    if (layout == Layout::Full)
        return;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_addPart, m_schedule, m_scheduledPosts})
        widget->hide();
    m_options->hidePoll();
    m_audience->hideLanguage();
    m_writingHints->setDetectionEnabled(false);
}

void ComposerWidget::focusText()
{
    m_thread->focusText();
}

void ComposerWidget::insertMention(const QString &acct)
{
    m_thread->insertMention(acct);
}

Draft ComposerWidget::draft() const
{
    Draft draft;
    draft.accountKey = m_account->accountKey();
    draft.parts = m_thread->texts();
    draft.contentWarning = m_options->hasContentWarning();
    draft.spoilerText = m_spoiler->text();
    // Only what the user picked: otherwise the account's defaults apply, also when
    // they arrive after the draft was saved.
    draft.visibility = m_audience->chosenVisibility();
    draft.language = m_audience->chosenLanguage();
    draft.sensitive = m_options->isSensitive();
    draft.attachments = m_uploads->attachments();
    if (m_options->hasPoll())
        draft.poll = m_pollBox->poll();
    draft.scheduledAt = m_schedule->scheduledAt();
    draft.link = m_linkBar->link();
    draft.inReplyToId = draft.link && draft.link->kind == DraftLink::Kind::Reply
                            ? draft.link->statusId
                            : m_inReplyToId;
    draft.edit = m_edit;
    return draft;
}

void ComposerWidget::saveNow()
{
    m_autosave->flush();
}

void ComposerWidget::restore(const Draft &draft)
{
    m_restoring = true;
    m_thread->setTexts(draft.parts);
    m_options->setContentWarning(draft.contentWarning);
    m_spoiler->setText(draft.spoilerText);
    m_spoiler->setVisible(draft.contentWarning);
    m_audience->setChoices(draft.visibility, draft.language);
    m_options->setSensitive(draft.sensitive);
    m_uploads->clear();
    for (const DraftAttachment &attachment : draft.attachments)
        m_uploads->add(attachment);
    m_options->setPoll(draft.poll.has_value());
    m_pollBox->setPoll(draft.poll);
    m_schedule->setScheduledAt(draft.scheduledAt);
    m_linkBar->setLink(draft.link);
    // A reply's id comes from its link, which the user may remove.
    m_inReplyToId = draft.link && draft.link->kind == DraftLink::Kind::Reply &&
                            draft.link->statusId == draft.inReplyToId
                        ? QString()
                        : draft.inReplyToId;
    m_edit = draft.edit;
    m_pollResetAccepted = false;
    if (m_edit)
        m_editBanner->showFor(m_edit->createdAt);
    else
        m_editBanner->hide();
    m_cancelEdit->setEnabled(m_edit.has_value());
    m_restoring = false;
    updateTabOrder();
    updateState();
}

void ComposerWidget::onChanged()
{
    if (m_restoring)
        return;
    const Draft current = draft();
    if (!m_tracker->isPending())
        m_autosave->changed(current);
    showState(current);
}

void ComposerWidget::updateState()
{
    if (!m_restoring)
        showState(draft());
}

void ComposerWidget::showState(const Draft &current)
{
    // A cross-post keeps to the strictest of its servers.
    m_accountPicker->setCrossPostBlocked(CrossPost::whyNot(current));
    const InstanceConfiguration instanceLimits = m_crossAccounts->limits(m_account->limits());
    QList<qint64> remaining;
    QStringList problems = DraftCheck::problems(current, instanceLimits, &remaining);
    m_thread->setRemaining(remaining, instanceLimits.maxCharacters,
                           instanceLimits.charactersReservedPerUrl);
    updateWritingAids(current);

    const bool hasMedia = !m_uploads->isEmpty();
    const bool editable = !m_tracker->isPending();
    m_options->updateState(editable, hasMedia,
                           m_uploads->size() < instanceLimits.maxMediaAttachments);

    if (!m_schedule->isAcceptable())
        problems.append(m_schedule->problem());
    if (!m_uploads->isReady())
        problems.append(tr("Wait until the media are uploaded."));
    if (const QString linkProblem = m_linkBar->problem(); !linkProblem.isEmpty())
        problems.append(linkProblem);
    if (!m_account->isReady())
        problems.append(m_account->problem());
    if (const QString crossProblem = m_crossAccounts->problem(); !crossProblem.isEmpty())
        problems.append(crossProblem);

    // An edit stays one post, as it was, by the same account, seen by the same people.
    const bool editing = m_edit.has_value();
    m_addPart->setEnabled(editable && !editing);
    m_schedule->setEnabled(editable && !editing);
    m_accountPicker->setEditable(editable && !editing);
    m_audience->setVisibilityLocked(editing);
    if (editing && current.parts.size() > 1)
        problems.append(tr("An edited post cannot become a thread."));

    m_post->setEnabled(editable && problems.isEmpty());
    m_post->setText(editing                         ? tr("&Save")
                    : current.scheduledAt.isValid() ? tr("Sched&ule")
                                                    : tr("&Post"));
    m_post->setToolTip(editing ? tr("Save the edit (Ctrl+Return)") : tr("Post (Ctrl+Return)"));
    // A draft that cannot be saved matters more than anything else. An empty composer
    // is not a mistake; only say what stands in the way once the user has written
    // something.
    if (!m_saveProblem.isEmpty())
        showProblem(m_saveProblem);
    else if (editable && !current.isBlank())
        showProblem(problems.value(0));
    else if (editable)
        showProblem(QString());
    m_statusLine->offerSignIn(m_account->needsSignIn());
    m_statusLine->offerUnlock(m_account->waitsForUnlock());
}

void ComposerWidget::setEditable(bool editable)
{
    m_thread->setReadOnly(!editable);
    m_spoiler->setReadOnly(!editable);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_pollBox, m_schedule, m_addPart, m_mediaStrip})
        widget->setEnabled(editable);
    m_audience->setEditable(editable);
    m_options->setEditable(editable);
    m_accountPicker->setEditable(editable);
    m_linkBar->setEditable(editable);
    updateState();
}

bool ComposerWidget::followSession()
{
    if (!m_account->follow())
        return false;
    applySessionDetails();
    m_completion->setClient(m_account->client());
    // Uploads that could not start without a client can now.
    m_uploads->uploadWaiting();
    updateState();
    return true;
}

void ComposerWidget::applySessionDetails()
{
    const InstanceConfiguration instanceLimits = m_account->limits();
    m_pollBox->setLimits(instanceLimits);
    m_mediaStrip->setDescriptionLimit(instanceLimits.descriptionLimit);
    if (const AccountSession *session = m_account->session())
        m_audience->setDefaults(session->defaultVisibility(), session->defaultLanguage(),
                                session->languages());
    else
        m_audience->setDefaults(QString(), QString(), {});
}

void ComposerWidget::updateTabOrder()
{
    // The posts of the thread, the attachments and the poll are made after the rest of
    // the composer, which would put them last in the window's Tab order; they go where
    // the layout shows them, after the content warning.
    QList<QWidget *> stops{m_spoiler};
    stops += m_thread->tabStops();
    stops += m_mediaStrip->tabStops();
    stops += m_pollBox->tabStops();
    for (qsizetype i = 1; i < stops.size(); ++i)
        setTabOrder(stops.at(i - 1), stops.at(i));
}

void ComposerWidget::attachCompletion()
{
    m_completionPopup->attachEmojiOnly(m_spoiler);
    const QList<ComposerTextEdit *> edits = m_thread->textEdits();
    for (ComposerTextEdit *edit : edits)
        m_completionPopup->attach(edit);
}

void ComposerWidget::updateWritingAids(const Draft &current)
{
    const QString language = m_audience->language();
    // A dictionary is loaded only once there is something to check.
    m_writingAids->setLanguage(language, !current.parts.join(QString()).trimmed().isEmpty());
    m_writingHints->textChanged(current.parts.join(QStringLiteral("\n\n")), language);
}

void ComposerWidget::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add media"), QDir::homePath(),
        tr("Pictures, video and audio (*.png *.jpg *.jpeg *.gif *.webp *.heic *.avif *.mp4 "
           "*.webm *.mov *.mp3 *.ogg *.wav *.flac *.m4a);;All files (*)"));
    addFiles(paths);
}

void ComposerWidget::addFiles(const QStringList &paths)
{
    if (m_tracker->isPending())
        return;
    if (m_options->hasPoll() && !paths.isEmpty()) {
        showProblem(tr("A post can have media or a poll, not both."));
        return;
    }
    const QString problem = m_mediaStrip->addFiles(
        paths, m_crossAccounts->limits(m_account->limits()), m_account->host());
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    onChanged();
}

void ComposerWidget::addPastedImage(const QImage &image)
{
    showStatus(tr("Saving the pasted picture…"));
    m_uploads->savePastedImage(m_store.mediaDirectory(),
                               [image](QIODevice *file) { return image.save(file, "PNG"); });
}

void ComposerWidget::post()
{
    if (m_tracker->isPending() || m_pollQuestion)
        return;
    // The text goes out as typed; a list still open has nothing more to offer.
    m_completionPopup->dismiss();
    m_schedule->recheck();
    updateState();
    if (!m_post->isEnabled() || !m_mediaStrip->confirmPosting())
        return;
    Draft current = draft();
    // The language shown is the one meant, chosen or not; visibility left empty lets
    // the server apply the account's default.
    current.language = m_audience->language();
    if (current.edit && !confirmPollReset(current))
        return;
    QString error;
    const std::chrono::seconds delay = UndoSendPreference::delay();
    // The other accounts' entries are saved first, and taken back when the main one
    // cannot be: the post goes to all of them or to none.
    const QHash<QString, QString> copies =
        current.edit ? QHash<QString, QString>() : m_crossAccounts->enqueue(current, delay, &error);
    if (!error.isEmpty()) {
        showProblem(error);
        return;
    }
    if (!m_tracker->submit(current, &error, delay)) {
        m_crossAccounts->discard(copies);
        showProblem(error);
        return;
    }
    m_crossResults->follow(copies);
    if (current.edit) {
        // What was being written before the edit comes back once the edit is out; it is
        // the composer's draft on disk meanwhile, and the kept-aside file stays until
        // then, for an edit the server refuses.
        m_autosave->changed(m_store.load(setAsideName()));
        m_autosave->flush();
        showProblem(QString());
        showStatus(tr("Saving the edit…"));
        setEditable(false);
        return;
    }
    // The outbox has the post now; the draft on disk starts over, so a restart shows
    // the post in the outbox and never offers it a second time.
    Draft next;
    next.accountKey = current.accountKey;
    next.visibility = current.visibility;
    next.language = m_audience->chosenLanguage();
    m_autosave->changed(next);
    m_autosave->flush();
    showProblem(QString());
    // With an undo delay the countdown says when it goes.
    if (delay.count() > 0)
        showStatus(QString());
    else
        showStatus(current.scheduledAt.isValid() ? tr("Scheduling…") : tr("Posting…"));
    setEditable(false);
}

void ComposerWidget::undoSend()
{
    if (m_tracker->isPending())
        m_context->outbox()->requestUndo(m_tracker->pendingEntryId());
}

void ComposerWidget::followOutbox()
{
    connect(m_tracker, &OutboxTracker::pendingEntryChanged, this,
            &ComposerWidget::pendingEntryChanged);
    connect(m_tracker, &OutboxTracker::problem, this, &ComposerWidget::showProblem);
    connect(m_tracker, &OutboxTracker::tookBack, this, [this](const QString &problem) {
        m_accountPicker->clearAlsoPostAs();
        showStatus(QString());
        showProblem(problem);
        focusText();
    });
    connect(m_tracker, &OutboxTracker::undone, this, [this] {
        m_crossResults->undo();
        showProblem(QString());
        showStatus(tr("Not sent: the post is back here to edit."));
        focusText();
    });
    connect(m_tracker, &OutboxTracker::keptInOutbox, this, [this](const QString &problem) {
        detachFromEntry();
        showProblem(problem);
    });
    connect(m_tracker, &OutboxTracker::posted, this, &ComposerWidget::onPosted);
    connect(m_tracker, &OutboxTracker::leftOutbox, this, [this] { showProblem(QString()); });
}

bool ComposerWidget::takeBack(const Draft &remaining)
{
    restore(remaining);
    setEditable(true);
    m_autosave->changed(draft());
    return m_autosave->flush();
}

bool ComposerWidget::editEntry(const QString &entryId)
{
    const std::optional<OutboxEntry> entry = m_context->outbox()->entry(entryId);
    if (!entry)
        return false;
    if (m_tracker->isPending() || !draft().isBlank()) {
        showProblem(tr("Post or clear what you are writing first; then the post from the "
                       "outbox can come back here."));
        return false;
    }
    if (entry->draft.accountKey != m_account->accountKey())
        m_context->accounts()->setCurrentAccountKey(entry->draft.accountKey);
    if (entry->uncertain) {
        m_tracker->settle(entryId);
        setEditable(false);
        showProblem(QString());
        return true;
    }
    if (!m_tracker->takeBack(*entry))
        return false;
    showStatus(QString());
    showProblem(entry->lastError);
    focusText();
    return true;
}

QString ComposerWidget::redraftBlocker() const
{
    if (m_tracker->isPending() || !draft().isBlank())
        return tr("Post or clear what you are writing first; then the deleted post can come "
                  "back into the composer.");
    return {};
}

void ComposerWidget::takeRedraft(const Draft &redraft)
{
    // A post still on its way stays in the outbox, which keeps trying.
    if (m_tracker->isPending())
        detachFromEntry();
    const Draft current = draft();
    // Typed after the redraft was asked for, while the server deleted the post.
    if (!current.isBlank()) {
        const QString name =
            QStringLiteral("set-aside-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmsszzz"));
        QString error;
        if (!m_store.save(name, current, &error)) {
            // Neither may be lost: the redraft waits in a file instead.
            if (m_store.save(name, redraft, &error))
                showProblem(
                    tr("The deleted post could not come back into the composer, which "
                       "holds other text; it is kept in %1.")
                        .arg(QDir(m_store.directory()).filePath(name + QStringLiteral(".json"))));
            else
                showProblem(error);
            return;
        }
        showStatus(tr("What you were writing is kept in %1.")
                       .arg(QDir(m_store.directory()).filePath(name + QStringLiteral(".json"))));
    }
    if (!redraft.accountKey.isEmpty() && redraft.accountKey != m_account->accountKey())
        m_context->accounts()->setCurrentAccountKey(redraft.accountKey);
    restore(redraft);
    setEditable(true);
    m_autosave->changed(draft());
    m_autosave->flush();
    focusText();
}

void ComposerWidget::addSharedText(const QString &text)
{
    if (text.isEmpty())
        return;
    // A post still on its way stays in the outbox; the composer is needed for this one.
    if (m_tracker->isPending())
        detachFromEntry();
    m_thread->appendText(text);
    onChanged();
}

void ComposerWidget::continueTyping(const QString &text)
{
    m_thread->typeText(text);
}

QString ComposerWidget::editBlocker() const
{
    if (m_tracker->isPending())
        return tr("Wait until the post on its way is out (or keep it in the outbox); then "
                  "a post can be edited here.");
    if (m_edit)
        return tr("Save or cancel the edit you are making first.");
    return {};
}

bool ComposerWidget::beginEdit(const Draft &edit)
{
    const QString whyNot = editBlocker();
    if (!whyNot.isEmpty() || !edit.edit) {
        showProblem(whyNot);
        return false;
    }
    QString error;
    if (!m_store.save(setAsideName(), draft(), &error)) {
        // What was written stays in the composer rather than be put at risk.
        showProblem(error);
        return false;
    }
    if (!edit.accountKey.isEmpty() && edit.accountKey != m_account->accountKey())
        m_context->accounts()->setCurrentAccountKey(edit.accountKey);
    restore(edit);
    setEditable(true);
    m_autosave->changed(draft());
    m_autosave->flush();
    showProblem(QString());
    showStatus(QString());
    focusText();
    return true;
}

void ComposerWidget::cancelEdit()
{
    if (!m_edit || m_tracker->isPending() || m_pollQuestion)
        return;
    m_completionPopup->dismiss();
    restoreSetAside();
    showProblem(QString());
    showStatus(tr("Edit cancelled; the post on the server is unchanged."));
    focusText();
}

QString ComposerWidget::setAsideName() const
{
    return m_draftName + QStringLiteral("-before-edit");
}

void ComposerWidget::restoreSetAside()
{
    const Draft before = m_store.load(setAsideName());
    if (!before.accountKey.isEmpty() && before.accountKey != m_account->accountKey() &&
        m_context->sessions()->session(before.accountKey))
        m_context->accounts()->setCurrentAccountKey(before.accountKey);
    restore(before);
    setEditable(true);
    m_autosave->changed(draft());
    if (m_autosave->flush())
        m_store.remove(setAsideName());
}

bool ComposerWidget::confirmPollReset(const Draft &current)
{
    if (m_pollResetAccepted || !current.edit->resetsVotes(current.poll))
        return true;
    // Not exec(): the outbox's replies go on arriving while the user reads.
    auto *box = new PlainMessageBox(
        QMessageBox::Warning, tr("Change the Poll"),
        tr("Saving this edit changes the poll, and the server then resets its votes: everyone "
           "who voted must vote again."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("pollResetConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *save = box->addButton(tr("Save and Reset Votes"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(tr("Keep Editing"), QMessageBox::RejectRole);
    save->setObjectName(QStringLiteral("savePollChange"));
    keep->setObjectName(QStringLiteral("keepEditing"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    const QString statusId = current.edit->statusId;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, save, statusId](QAbstractButton *button) {
                // The box is still open while this runs; post() must not wait for it.
                m_pollQuestion = nullptr;
                if (button != save || !m_edit || m_edit->statusId != statusId)
                    return;
                m_pollResetAccepted = true;
                post();
            });
    m_pollQuestion = box;
    box->open();
    return false;
}

void ComposerWidget::onPosted(const QUrl &url, const QDateTime &scheduledAt)
{
    // The status line says so (it follows the tracker); the composer starts over.
    const bool wasEdit = m_edit.has_value();
    if (wasEdit)
        m_store.remove(setAsideName());
    restore(m_autosave->load());
    if (wasEdit)
        showStatus(tr("Your edit is saved."));
    setEditable(true);
    focusText();
    emit postConfirmed(url, scheduledAt);
}

void ComposerWidget::detachFromEntry()
{
    // The entry stays in the outbox, which keeps trying; the composer is free again.
    m_tracker->letGo();
    m_statusLine->offerLetGo(false);
    m_statusLine->offerSignIn(false);
    if (m_edit)
        m_store.remove(setAsideName());
    restore(m_autosave->load());
    setEditable(true);
    showStatus(tr("The post waits in the outbox."));
    focusText();
}

void ComposerWidget::showStatus(const QString &text)
{
    m_statusLine->showText(text);
}

void ComposerWidget::showProblem(const QString &text)
{
    m_messages->showProblem(text);
}

void ComposerWidget::buildLinkedPost(QBoxLayout *layout)
{
    m_linkBar = new LinkedPostBar([this] { return m_account->client(); },
                                  [this] {
                                      const AccountSession *session = m_account->session();
                                      return session ? session->apiVersion() : qint64(-1);
                                  },
                                  this);
    connect(m_linkBar, &LinkedPostBar::linkChanged, this, &ComposerWidget::onChanged);
    connect(m_linkBar, &LinkedPostBar::replyFound, this, &ComposerWidget::startReply);
    connect(m_linkBar, &LinkedPostBar::linkInsteadChosen, this, [this](const QUrl &url) {
        m_thread->appendText(url.toString());
        focusText();
    });
    connect(m_linkBar, &LinkedPostBar::offerTaken, this, [this](const QUrl &url) {
        // The pasted link becomes the post above; left in the text it would be posted too.
        const QList<ComposerTextEdit *> edits = m_thread->textEdits();
        for (ComposerTextEdit *edit : edits) {
            QTextCursor found = edit->document()->find(url.toString());
            if (!found.isNull()) {
                found.removeSelectedText();
                return;
            }
        }
    });
    layout->addWidget(m_linkBar);
}

void ComposerWidget::replyTo(const QUrl &url)
{
    openLink(DraftLink::Kind::Reply, url);
}

void ComposerWidget::quote(const QUrl &url)
{
    openLink(DraftLink::Kind::Quote, url);
}

void ComposerWidget::openLink(DraftLink::Kind kind, const QUrl &url)
{
    // A post still on its way stays in the outbox; the composer is needed for this one.
    if (m_tracker->isPending())
        detachFromEntry();
    m_linkBar->start(kind, url);
    focusText();
}

void ComposerWidget::startReply(const LinkedStatus &status)
{
    const AccountSession *session = m_account->session();
    const QString mentions =
        status.replyMentions(session ? session->account().accountId : QString());
    const QList<ComposerTextEdit *> edits = m_thread->textEdits();
    if (mentions.isEmpty() || edits.isEmpty() ||
        edits.constFirst()->toPlainText().startsWith(mentions))
        return;
    // Before what is written already, with the cursor after them, as Mastodon's composer.
    ComposerTextEdit *first = edits.constFirst();
    QTextCursor cursor(first->document());
    cursor.insertText(mentions);
    first->setTextCursor(cursor);
    first->setFocus();
}
