#include "composerwidget.h"

#include "appcontext.h"
#include "compose/composertextedit.h"
#include "compose/draftautosave.h"
#include "compose/draftcheck.h"
#include "compose/parteditor.h"
#include "compose/polleditor.h"
#include "media/mediaattachmentwidget.h"
#include "media/mediafilecheck.h"
#include "media/mediaupload.h"
#include "outbox/outbox.h"
#include "schedule/scheduledposts.h"
#include "schedule/scheduledpostsdialog.h"
#include "schedule/schedulepicker.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"
#include "text/linklabel.h"
#include "text/plainlabel.h"
#include "texttone.h"
#include "util/damagedfiles.h"
#include "util/privatefiles.h"
#include "util/servertext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QThreadPool>
#include <QUuid>
#include <QVBoxLayout>

namespace {

struct VisibilityChoice
{
    const char *value;
    const char *label;
};

constexpr VisibilityChoice visibilities[] = {
    {"public", QT_TRANSLATE_NOOP("ComposerWidget", "Public")},
    {"unlisted", QT_TRANSLATE_NOOP("ComposerWidget", "Unlisted")},
    {"private", QT_TRANSLATE_NOOP("ComposerWidget", "Followers only")},
    {"direct", QT_TRANSLATE_NOOP("ComposerWidget", "Mentioned people only")},
};

} // namespace

ComposerWidget::ComposerWidget(AppContext *context, const QString &draftName, Layout layout,
                               QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_autosave(new DraftAutosave(m_store, draftName, this))
{
    setObjectName(QStringLiteral("composer"));
    buildUi();
    applyLayout(layout);

    // The saved draft's account becomes the current one before this composer listens:
    // its own reaction to a switch would save the still empty fields over the draft.
    Draft saved = m_autosave->load();
    // Damaged drafts or outbox files found so far, this one's included: said once, by
    // the first composer to open.
    showNotices(DamagedFiles::takeNotices());
    const QString current = m_context->accounts()->currentAccountKey();
    if (saved.accountKey.isEmpty() || !m_context->sessions()->session(saved.accountKey))
        saved.accountKey = current;
    else if (saved.accountKey != current)
        m_context->accounts()->setCurrentAccountKey(saved.accountKey);
    rebuildAccounts();
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
    Outbox *outbox = m_context->outbox();
    connect(outbox, &Outbox::entryChanged, this, &ComposerWidget::onEntryChanged);
    connect(outbox, &Outbox::posted, this, &ComposerWidget::onPosted);
    connect(outbox, &Outbox::entryRemoved, this, [this](const QString &entryId) {
        if (entryId.isEmpty() || entryId != m_leftEntryId)
            return;
        // Sent or discarded from the outbox list: "waits in the outbox" is no longer true.
        m_leftEntryId.clear();
        showStatus(QString());
        showProblem(QString());
    });
    connect(outbox, &Outbox::saveFailed, this, &ComposerWidget::showProblem);
    connect(m_context->accounts(), &AccountStore::accountsChanged, this,
            &ComposerWidget::rebuildAccounts);
    connect(m_context->accounts(), &AccountStore::currentAccountChanged, this, [this] {
        rebuildAccounts();
        const QPointer<AccountSession> previous = m_session;
        followSession();
        if (previous != m_session && m_pendingEntryId.isEmpty())
            uploadAgainForNewAccount();
        onChanged();
    });
    connect(m_context->sessions(), &AccountSessions::sessionAdded, this,
            &ComposerWidget::followSession);
}

ComposerWidget::~ComposerWidget()
{
    m_autosave->flush();
}

void ComposerWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *accountRow = new QHBoxLayout;
    m_postAsLabel = new PlainLabel(tr("Post &as"), this);
    m_postAs = new QComboBox(this);
    m_postAs->setObjectName(QStringLiteral("postAsCombo"));
    m_postAs->setAccessibleName(tr("Account to post as"));
    m_postAsLabel->setBuddy(m_postAs);
    connect(m_postAs, &QComboBox::activated, this, [this](int index) {
        m_context->accounts()->setCurrentAccountKey(m_postAs->itemData(index).toString());
    });
    accountRow->addWidget(m_postAsLabel);
    accountRow->addWidget(m_postAs, 1);
    layout->addLayout(accountRow);

    m_spoiler = new QLineEdit(this);
    m_spoiler->setObjectName(QStringLiteral("contentWarningText"));
    m_spoiler->setAccessibleName(tr("Content warning"));
    m_spoiler->setPlaceholderText(tr("Content warning: what the post is about"));
    m_spoiler->setVisible(false);
    connect(m_spoiler, &QLineEdit::textChanged, this, &ComposerWidget::onChanged);
    layout->addWidget(m_spoiler);

    m_partsLayout = new QVBoxLayout;
    layout->addLayout(m_partsLayout, 1);

    m_mediaStrip = new QWidget(this);
    m_mediaStrip->setObjectName(QStringLiteral("mediaStrip"));
    m_mediaLayout = new QHBoxLayout(m_mediaStrip);
    m_mediaLayout->setContentsMargins(0, 0, 0, 0);
    m_mediaLayout->addStretch();
    m_mediaStrip->setVisible(false);
    layout->addWidget(m_mediaStrip);

    // The poll editor is made when first needed: most posts have none, and its
    // widgets cost start-up time (measured: about 10 ms of 55).
    m_pollBox = new QGroupBox(tr("Poll"), this);
    m_pollBox->setObjectName(QStringLiteral("pollBox"));
    new QVBoxLayout(m_pollBox);
    m_pollBox->setVisible(false);
    layout->addWidget(m_pollBox);

    auto *options = new QHBoxLayout;
    m_addMedia = new QPushButton(tr("&Media…"), this);
    m_addMedia->setObjectName(QStringLiteral("addMediaButton"));
    m_addMedia->setAccessibleName(tr("Add pictures, video or audio"));
    m_addMedia->setToolTip(tr("Add pictures, video or audio (you can also paste or drop them)"));
    connect(m_addMedia, &QPushButton::clicked, this, &ComposerWidget::chooseFiles);
    options->addWidget(m_addMedia);

    m_pollToggle = new QPushButton(tr("P&oll"), this);
    m_pollToggle->setObjectName(QStringLiteral("pollToggle"));
    m_pollToggle->setAccessibleName(tr("Add a poll"));
    m_pollToggle->setCheckable(true);
    connect(m_pollToggle, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            ensurePollEditor();
        m_pollBox->setVisible(on);
        if (on && !m_restoring)
            m_poll->focusFirstChoice();
        onChanged();
    });
    options->addWidget(m_pollToggle);

    m_cwToggle = new QCheckBox(tr("Content &warning"), this);
    m_cwToggle->setObjectName(QStringLiteral("contentWarningToggle"));
    m_cwToggle->setAccessibleName(tr("Add a content warning"));
    connect(m_cwToggle, &QCheckBox::toggled, this, [this](bool on) {
        m_spoiler->setVisible(on);
        if (on && !m_restoring)
            m_spoiler->setFocus();
        onChanged();
    });
    options->addWidget(m_cwToggle);

    m_sensitive = new QCheckBox(tr("Mark media as &sensitive"), this);
    m_sensitive->setObjectName(QStringLiteral("sensitiveToggle"));
    m_sensitive->setAccessibleName(tr("Mark media as sensitive"));
    connect(m_sensitive, &QCheckBox::toggled, this, &ComposerWidget::onChanged);
    options->addWidget(m_sensitive);
    options->addStretch();
    layout->addLayout(options);

    auto *audience = new QHBoxLayout;
    auto *visibilityLabel = new PlainLabel(tr("&Visibility"), this);
    m_visibility = new QComboBox(this);
    m_visibility->setObjectName(QStringLiteral("visibilityCombo"));
    m_visibility->setAccessibleName(tr("Who can see the post"));
    for (const VisibilityChoice &choice : visibilities)
        m_visibility->addItem(tr(choice.label), QString::fromLatin1(choice.value));
    visibilityLabel->setBuddy(m_visibility);
    connect(m_visibility, &QComboBox::activated, this, [this] {
        m_visibilityChosen = true;
        onChanged();
    });
    audience->addWidget(visibilityLabel);
    audience->addWidget(m_visibility);
    auto *languageLabel = new PlainLabel(tr("&Language"), this);
    m_languageLabel = languageLabel;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language of the post"));
    languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this, [this] {
        m_languageChosen = true;
        onChanged();
    });
    audience->addWidget(languageLabel);
    audience->addWidget(m_language);
    audience->addStretch();
    layout->addLayout(audience);

    m_schedule = new SchedulePicker(this);
    connect(m_schedule, &SchedulePicker::scheduleChanged, this, &ComposerWidget::onChanged);
    connect(m_schedule, &SchedulePicker::acceptableChanged, this, &ComposerWidget::updateState);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_schedule, 1);
    m_scheduledPosts = new QPushButton(tr("Scheduled pos&ts…"), this);
    m_scheduledPosts->setObjectName(QStringLiteral("scheduledPostsButton"));
    m_scheduledPosts->setAccessibleName(tr("Show scheduled posts"));
    connect(m_scheduledPosts, &QPushButton::clicked, this, &ComposerWidget::showScheduledPosts);
    scheduleRow->addWidget(m_scheduledPosts);
    layout->addLayout(scheduleRow);

    auto *noticeRow = new QHBoxLayout;
    m_notice = new PlainLabel(this);
    m_notice->setObjectName(QStringLiteral("composerNotice"));
    m_notice->setWordWrap(true);
    TextTone::apply(m_notice, TextTone::Tone::Problem);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    noticeRow->addWidget(m_notice, 1);
    // No mnemonic: the composer has used every letter of the word already.
    m_dismissNotice = new QPushButton(tr("Dismiss"), this);
    m_dismissNotice->setObjectName(QStringLiteral("dismissNoticeButton"));
    m_dismissNotice->setAccessibleName(tr("Dismiss the notice about kept files"));
    connect(m_dismissNotice, &QPushButton::clicked, this, [this] { showNotices({}); });
    noticeRow->addWidget(m_dismissNotice, 0, Qt::AlignTop);
    layout->addLayout(noticeRow);
    showNotices({});

    m_problem = new PlainLabel(this);
    m_problem->setObjectName(QStringLiteral("composerProblem"));
    m_problem->setWordWrap(true);
    // Server messages are shown as they are, never as markup or links.
    m_problem->setTextFormat(Qt::PlainText);
    TextTone::apply(m_problem, TextTone::Tone::Problem);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);

    auto *bottom = new QHBoxLayout;
    m_status = new LinkLabel(this);
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->setWordWrap(true);
    // Tab stops here only while there is a link to open (see showStatus()).
    m_status->setFocusPolicy(Qt::NoFocus);
    bottom->addWidget(m_status, 1);
    m_signInAgain = new QPushButton(tr("Sign &in again…"), this);
    m_signInAgain->setObjectName(QStringLiteral("signInAgainButton"));
    m_signInAgain->setVisible(false);
    connect(m_signInAgain, &QPushButton::clicked, this, [this] {
        // The account of the post that waits, which need not be the one now chosen.
        const std::optional<OutboxEntry> entry = m_context->outbox()->entry(m_pendingEntryId);
        emit signInRequested(entry ? entry->draft.accountKey : accountKey());
    });
    bottom->addWidget(m_signInAgain);
    m_unlockKeychain = new QPushButton(tr("Unlock ke&ychain"), this);
    m_unlockKeychain->setObjectName(QStringLiteral("unlockKeychainButton"));
    m_unlockKeychain->setToolTip(
        tr("Asks the keychain for the sign-in again; it shows its own window for the password"));
    m_unlockKeychain->setVisible(false);
    connect(m_unlockKeychain, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->askAgain();
    });
    bottom->addWidget(m_unlockKeychain);
    m_writeAnother = new QPushButton(tr("&Keep in outbox, write another"), this);
    m_writeAnother->setObjectName(QStringLiteral("writeAnotherButton"));
    m_writeAnother->setVisible(false);
    connect(m_writeAnother, &QPushButton::clicked, this, &ComposerWidget::detachFromEntry);
    bottom->addWidget(m_writeAnother);
    m_addPart = new QPushButton(tr("A&dd a post"), this);
    m_addPart->setObjectName(QStringLiteral("addPartButton"));
    m_addPart->setAccessibleName(tr("Continue as a thread"));
    m_addPart->setToolTip(tr("Continue the text as a thread of replies"));
    connect(m_addPart, &QPushButton::clicked, this, [this] {
        addPart(QString())->textEdit()->setFocus();
        onChanged();
    });
    bottom->addWidget(m_addPart);
    m_post = new QPushButton(tr("&Post"), this);
    m_post->setObjectName(QStringLiteral("postButton"));
    m_post->setAccessibleName(tr("Post"));
    m_post->setToolTip(tr("Post (Ctrl+Return)"));
    m_post->setDefault(true);
    connect(m_post, &QPushButton::clicked, this, &ComposerWidget::post);
    bottom->addWidget(m_post);
    layout->addLayout(bottom);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, this, &ComposerWidget::post);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
}

void ComposerWidget::applyLayout(Layout layout)
{
    if (layout == Layout::Full)
        return;
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_pollToggle, m_addPart, m_schedule, m_scheduledPosts, m_language, m_languageLabel})
        widget->hide();
}

void ComposerWidget::ensurePollEditor()
{
    if (m_poll)
        return;
    m_poll = new PollEditor(m_pollBox);
    m_pollBox->layout()->addWidget(m_poll);
    m_poll->setLimits(limits());
    connect(m_poll, &PollEditor::changed, this, &ComposerWidget::onChanged);
    updateTabOrder();
}

void ComposerWidget::focusText()
{
    PartEditor *part = m_lastFocusedPart ? m_lastFocusedPart.data() : m_parts.value(0);
    if (part)
        part->textEdit()->setFocus();
}

void ComposerWidget::insertMention(const QString &acct)
{
    PartEditor *part = m_lastFocusedPart ? m_lastFocusedPart.data() : m_parts.value(0);
    if (!part || part->textEdit()->isReadOnly())
        return;
    QTextCursor cursor = part->textEdit()->textCursor();
    const QString before = part->text().left(cursor.position());
    const bool needsSpace = !before.isEmpty() && !before.back().isSpace();
    cursor.insertText((needsSpace ? QStringLiteral(" @") : QStringLiteral("@")) + acct +
                      QLatin1Char(' '));
    part->textEdit()->setTextCursor(cursor);
    part->textEdit()->setFocus();
}

Draft ComposerWidget::draft() const
{
    Draft draft;
    draft.accountKey = accountKey();
    draft.parts.clear();
    for (const PartEditor *part : m_parts)
        draft.parts.append(part->text());
    draft.contentWarning = m_cwToggle->isChecked();
    draft.spoilerText = m_spoiler->text();
    // Only what the user picked: otherwise the account's defaults apply, also when
    // they arrive after the draft was saved.
    draft.visibility = m_visibilityChosen ? m_visibility->currentData().toString() : QString();
    draft.language = m_languageChosen ? m_language->currentData().toString() : QString();
    draft.sensitive = m_sensitive->isChecked();
    for (const Attachment &attachment : m_attachments)
        draft.attachments.append(attachment.data);
    if (m_pollToggle->isChecked())
        draft.poll = m_poll->poll();
    draft.scheduledAt = m_schedule->scheduledAt();
    draft.inReplyToId = m_inReplyToId;
    return draft;
}

void ComposerWidget::saveNow()
{
    m_autosave->flush();
}

void ComposerWidget::restore(const Draft &draft)
{
    m_restoring = true;
    // The editors stay where they can, so focus and the widgets people found remain.
    const QStringList texts = draft.parts.isEmpty() ? QStringList{QString()} : draft.parts;
    while (m_parts.size() > texts.size())
        removePart(m_parts.constLast());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i < m_parts.size())
            m_parts.at(i)->setText(texts.at(i));
        else
            addPart(texts.at(i));
    }
    m_cwToggle->setChecked(draft.contentWarning);
    m_spoiler->setText(draft.spoilerText);
    m_spoiler->setVisible(draft.contentWarning);
    m_visibilityChosen = !draft.visibility.isEmpty();
    m_languageChosen = !draft.language.isEmpty();
    if (m_session)
        applySessionDetails();
    if (m_visibilityChosen)
        m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(draft.visibility)));
    if (m_languageChosen) {
        if (m_language->findData(draft.language) < 0)
            m_language->addItem(draft.language, draft.language);
        m_language->setCurrentIndex(m_language->findData(draft.language));
    }
    m_sensitive->setChecked(draft.sensitive);
    clearAttachments();
    for (const DraftAttachment &attachment : draft.attachments)
        addAttachment(attachment);
    m_pollToggle->setChecked(draft.poll.has_value());
    if (draft.poll || m_poll) {
        ensurePollEditor();
        m_poll->setPoll(draft.poll.value_or(DraftPoll()));
    }
    m_pollBox->setVisible(draft.poll.has_value());
    m_schedule->setScheduledAt(draft.scheduledAt);
    m_inReplyToId = draft.inReplyToId;
    m_restoring = false;
    updateTabOrder();
    updateState();
}

void ComposerWidget::onChanged()
{
    if (m_restoring)
        return;
    const Draft current = draft();
    if (m_pendingEntryId.isEmpty())
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
    const InstanceConfiguration instanceLimits = limits();
    QList<qint64> remaining;
    QStringList problems = DraftCheck::problems(current, instanceLimits, &remaining);
    for (qsizetype i = 0; i < m_parts.size() && i < remaining.size(); ++i)
        m_parts.at(i)->setRemaining(remaining.at(i), instanceLimits.maxCharacters);

    const bool hasMedia = !m_attachments.isEmpty();
    const bool editable = m_pendingEntryId.isEmpty();
    m_pollToggle->setEnabled(editable && !hasMedia);
    m_addMedia->setEnabled(editable && !m_pollToggle->isChecked() &&
                           m_attachments.size() < instanceLimits.maxMediaAttachments);
    m_sensitive->setEnabled(editable && hasMedia);
    m_mediaStrip->setVisible(hasMedia);

    if (!m_schedule->isAcceptable())
        problems.append(m_schedule->problem());
    if (!uploadsReady())
        problems.append(tr("Wait until the media are uploaded."));
    const AccountSession *accountSession = m_session;
    if (!accountSession)
        problems.append(tr("Add an account to post."));
    else if (accountSession->state() == AccountSession::State::SignInRequired ||
             accountSession->state() == AccountSession::State::Failed ||
             accountSession->state() == AccountSession::State::WaitingForKeychain)
        problems.append(accountSession->problem());
    else if (accountSession->state() != AccountSession::State::Ready)
        problems.append(tr("Connecting to %1…").arg(accountSession->account().instanceUrl.host()));

    m_post->setEnabled(editable && problems.isEmpty());
    m_post->setText(current.scheduledAt.isValid() ? tr("Sched&ule") : tr("&Post"));
    // A draft that cannot be saved matters more than anything else. An empty composer
    // is not a mistake; only say what stands in the way once the user has written
    // something.
    if (!m_saveProblem.isEmpty())
        showProblem(m_saveProblem);
    else if (editable && !current.isBlank())
        showProblem(problems.value(0));
    else if (editable)
        showProblem(QString());
    m_signInAgain->setVisible(accountSession &&
                              accountSession->state() == AccountSession::State::SignInRequired);
    m_unlockKeychain->setVisible(accountSession &&
                                 accountSession->state() == AccountSession::State::Failed &&
                                 accountSession->waitsForUser());
}

void ComposerWidget::setEditable(bool editable)
{
    for (PartEditor *part : std::as_const(m_parts))
        part->setReadOnly(!editable);
    m_spoiler->setReadOnly(!editable);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_cwToggle, m_visibility, m_language, m_pollBox, m_schedule, m_addPart, m_postAs})
        widget->setEnabled(editable);
    for (const Attachment &attachment : std::as_const(m_attachments))
        attachment.widget->setEnabled(editable);
    updateState();
}

void ComposerWidget::rebuildAccounts()
{
    const QList<AccountRecord> accounts = m_context->accounts()->accounts();
    const QString current = m_context->accounts()->currentAccountKey();
    m_postAs->clear();
    for (const AccountRecord &account : accounts) {
        const QString label = account.displayName.isEmpty()
                                  ? account.handle()
                                  : tr("%1 (%2)").arg(account.displayName, account.handle());
        m_postAs->addItem(label, account.key());
    }
    m_postAs->setCurrentIndex(std::max(0, m_postAs->findData(current)));
    // With one account there is nothing to choose.
    m_postAs->setVisible(accounts.size() > 1);
    m_postAsLabel->setVisible(accounts.size() > 1);
}

void ComposerWidget::followSession()
{
    AccountSession *current = m_context->sessions()->session(accountKey());
    if (current == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = current;
    if (m_session) {
        connect(m_session, &AccountSession::detailsLoaded, this, [this] {
            applySessionDetails();
            updateState();
        });
        connect(m_session, &AccountSession::stateChanged, this, &ComposerWidget::updateState);
    }
    applySessionDetails();
    // Uploads that could not start without a client can now.
    for (Attachment &attachment : m_attachments) {
        if (attachment.data.mediaId.isEmpty() && !attachment.upload)
            startUpload(attachment);
    }
    updateState();
}

void ComposerWidget::applySessionDetails()
{
    const InstanceConfiguration instanceLimits = limits();
    if (m_poll)
        m_poll->setLimits(instanceLimits);
    for (const Attachment &attachment : std::as_const(m_attachments))
        attachment.widget->setDescriptionLimit(instanceLimits.descriptionLimit);
    if (!m_visibilityChosen) {
        const QString fallback = m_session && !m_session->defaultVisibility().isEmpty()
                                     ? m_session->defaultVisibility()
                                     : QStringLiteral("public");
        m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(fallback)));
    }
    fillLanguages();
}

void ComposerWidget::fillLanguages()
{
    const QString selected = m_language->currentData().toString();
    QString fallback = m_session ? m_session->defaultLanguage() : QString();
    if (fallback.isEmpty())
        fallback = QLocale::languageToCode(QLocale::system().language(), QLocale::ISO639Part1);
    if (fallback.isEmpty() || fallback == QLatin1String("C"))
        fallback = QStringLiteral("en");

    const QSignalBlocker blocker(m_language);
    m_language->clear();
    QList<Language> languages = m_session ? m_session->languages() : QList<Language>();
    if (std::none_of(languages.cbegin(), languages.cend(),
                     [&](const Language &l) { return l.code == fallback; })) {
        const QString name = QLocale(fallback).nativeLanguageName();
        languages.append(Language{fallback, name.isEmpty() ? fallback : name});
    }
    std::sort(languages.begin(), languages.end(), [](const Language &a, const Language &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Language &language : std::as_const(languages))
        m_language->addItem(tr("%1 (%2)").arg(language.name, language.code), language.code);
    const QString wanted = m_languageChosen && !selected.isEmpty() ? selected : fallback;
    if (m_language->findData(wanted) < 0)
        m_language->addItem(wanted, wanted);
    m_language->setCurrentIndex(m_language->findData(wanted));
}

QString ComposerWidget::accountKey() const
{
    return m_context->accounts()->currentAccountKey();
}

InstanceConfiguration ComposerWidget::limits() const
{
    return m_session ? m_session->limits() : InstanceConfiguration();
}

PartEditor *ComposerWidget::addPart(const QString &text)
{
    const int number = int(m_parts.size()) + 1;
    auto *part = new PartEditor(number, number > 1, this);
    part->setText(text);
    m_parts.append(part);
    m_partsLayout->addWidget(part, 1);
    connect(part, &PartEditor::textChanged, this, &ComposerWidget::onChanged);
    connect(part, &PartEditor::removeRequested, this, [this, part] {
        removePart(part);
        onChanged();
        focusText();
    });
    connect(part->textEdit(), &ComposerTextEdit::imagePasted, this,
            &ComposerWidget::addPastedImage);
    connect(part->textEdit(), &ComposerTextEdit::filesDropped, this, &ComposerWidget::addFiles);
    connect(part->textEdit(), &ComposerTextEdit::focusReceived, this,
            [this, part] { m_lastFocusedPart = part; });
    renumberParts();
    updateTabOrder();
    return part;
}

void ComposerWidget::removePart(PartEditor *part)
{
    m_parts.removeOne(part);
    if (m_lastFocusedPart == part)
        m_lastFocusedPart = nullptr;
    delete part;
    renumberParts();
}

void ComposerWidget::renumberParts()
{
    for (qsizetype i = 0; i < m_parts.size(); ++i)
        m_parts.at(i)->setNumber(int(i) + 1, int(m_parts.size()));
}

void ComposerWidget::updateTabOrder()
{
    // The posts of the thread, the attachments and the poll are made after the rest of
    // the composer, which would put them last in the window's Tab order; they go where
    // the layout shows them, after the content warning.
    QList<QWidget *> stops{m_spoiler};
    for (const PartEditor *part : std::as_const(m_parts))
        stops += part->tabStops();
    for (const Attachment &attachment : std::as_const(m_attachments))
        stops += attachment.widget->tabStops();
    if (m_poll)
        stops += m_poll->tabStops();
    for (qsizetype i = 1; i < stops.size(); ++i)
        setTabOrder(stops.at(i - 1), stops.at(i));
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
    if (!m_pendingEntryId.isEmpty())
        return;
    const InstanceConfiguration instanceLimits = limits();
    const QString host = m_session ? m_session->account().instanceUrl.host() : QString();
    for (const QString &path : paths) {
        if (m_pollToggle->isChecked()) {
            showProblem(tr("A post can have media or a poll, not both."));
            return;
        }
        QString problem = MediaFileCheck::checkCount(m_attachments.size(), instanceLimits);
        if (problem.isEmpty()) {
            const QFileInfo info(path);
            problem = MediaFileCheck::checkFile(path, info.size(), instanceLimits, host,
                                                QImageReader(path).size());
        }
        if (!problem.isEmpty()) {
            showProblem(problem);
            return;
        }
        addAttachment(DraftAttachment{path, QString(), QString()});
    }
    onChanged();
}

void ComposerWidget::addPastedImage(const QImage &image)
{
    // The draft must survive a restart, so the picture gets a file of its own. PNG
    // encoding of a large screenshot takes a while: not on the GUI thread.
    const QString directory = m_store.mediaDirectory();
    const QString path = directory + QStringLiteral("/pasted-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces) +
                         QStringLiteral(".png");
    showStatus(tr("Saving the pasted picture…"));
    const QPointer<ComposerWidget> self(this);
    QThreadPool::globalInstance()->start([self, image, directory, path] {
        QFile file(path);
        const bool saved = PrivateFiles::makeFolder(directory) && PrivateFiles::createFile(file) &&
                           image.save(&file, "PNG") && file.flush();
        file.close();
        QMetaObject::invokeMethod(
            qApp,
            [self, saved, directory, path] {
                if (!self)
                    return;
                self->showStatus(QString());
                if (!saved) {
                    self->showProblem(tr("The pasted picture could not be saved to %1.")
                                          .arg(QDir::toNativeSeparators(directory)));
                    return;
                }
                self->addFiles({path});
            },
            Qt::QueuedConnection);
    });
}

void ComposerWidget::addAttachment(const DraftAttachment &data)
{
    auto *widget = new MediaAttachmentWidget(data.localPath, m_mediaStrip);
    widget->setDescriptionLimit(limits().descriptionLimit);
    widget->setDescription(data.description);
    m_mediaLayout->insertWidget(m_mediaLayout->count() - 1, widget);
    m_attachments.append(Attachment{data, widget, nullptr});
    connect(widget, &MediaAttachmentWidget::descriptionChanged, this,
            [this, widget](const QString &description) {
                if (Attachment *attachment = attachmentFor(widget))
                    attachment->data.description = description;
                onChanged();
            });
    connect(widget, &MediaAttachmentWidget::removeRequested, this,
            [this, widget] { removeAttachment(widget); });
    connect(widget, &MediaAttachmentWidget::retryRequested, this, [this, widget] {
        if (Attachment *attachment = attachmentFor(widget))
            startUpload(*attachment);
    });
    if (data.mediaId.isEmpty())
        startUpload(m_attachments.last());
    else
        widget->setReady();
    m_mediaStrip->setVisible(true);
    updateTabOrder();
}

void ComposerWidget::startUpload(Attachment &attachment)
{
    if (attachment.upload)
        attachment.upload->deleteLater();
    attachment.upload = nullptr;
    ApiClient *client = m_session ? m_session->client() : nullptr;
    if (!client) {
        attachment.widget->setFailed(tr("Not connected to the server yet."));
        return;
    }
    auto *upload = new MediaUpload(client, attachment.widget);
    attachment.upload = upload;
    MediaAttachmentWidget *widget = attachment.widget;
    connect(upload, &MediaUpload::progressed, widget, &MediaAttachmentWidget::setProgress);
    connect(upload, &MediaUpload::uploaded, widget, [widget] { widget->setProcessing(); });
    connect(upload, &MediaUpload::processed, this, [this, widget](const MediaAttachment &media) {
        if (Attachment *found = attachmentFor(widget))
            found->data.mediaId = media.id;
        widget->setReady();
        onChanged();
    });
    connect(upload, &MediaUpload::failed, widget,
            [widget](const ApiError &error) { widget->setFailed(error.message); });
    upload->start(attachment.data.localPath, attachment.data.description);
    updateState();
}

void ComposerWidget::uploadAgainForNewAccount()
{
    // Media ids belong to the server that made them; another account's server needs
    // its own upload of the same files.
    for (Attachment &attachment : m_attachments) {
        if (attachment.upload)
            attachment.upload->abort();
        attachment.data.mediaId.clear();
        startUpload(attachment);
    }
}

void ComposerWidget::removeAttachment(MediaAttachmentWidget *widget)
{
    const auto it = std::find_if(m_attachments.begin(), m_attachments.end(),
                                 [&](const Attachment &a) { return a.widget == widget; });
    if (it == m_attachments.end())
        return;
    if (it->upload)
        it->upload->abort();
    m_attachments.erase(it);
    widget->deleteLater();
    onChanged();
}

ComposerWidget::Attachment *ComposerWidget::attachmentFor(MediaAttachmentWidget *widget)
{
    for (Attachment &attachment : m_attachments) {
        if (attachment.widget == widget)
            return &attachment;
    }
    return nullptr;
}

void ComposerWidget::clearAttachments()
{
    for (const Attachment &attachment : std::as_const(m_attachments)) {
        if (attachment.upload)
            attachment.upload->abort();
        attachment.widget->deleteLater();
    }
    m_attachments.clear();
}

bool ComposerWidget::uploadsReady() const
{
    return std::all_of(m_attachments.cbegin(), m_attachments.cend(),
                       [](const Attachment &a) { return !a.data.mediaId.isEmpty(); });
}

void ComposerWidget::post()
{
    if (!m_pendingEntryId.isEmpty())
        return;
    m_schedule->recheck();
    updateState();
    if (!m_post->isEnabled())
        return;
    Draft current = draft();
    // The language shown is the one meant, chosen or not; visibility left empty lets
    // the server apply the account's default.
    current.language = m_language->currentData().toString();
    QString error;
    const QString entryId = m_context->outbox()->enqueue(current, &error);
    if (entryId.isEmpty()) {
        showProblem(error);
        return;
    }
    setPendingEntry(entryId);
    // The outbox has the post now; the draft on disk starts over, so a restart shows
    // the post in the outbox and never offers it a second time.
    Draft next;
    next.accountKey = current.accountKey;
    next.visibility = m_visibilityChosen ? current.visibility : QString();
    next.language = m_languageChosen ? current.language : QString();
    m_autosave->changed(next);
    m_autosave->flush();
    showProblem(QString());
    showStatus(current.scheduledAt.isValid() ? tr("Scheduling…") : tr("Posting…"));
    setEditable(false);
}

void ComposerWidget::onEntryChanged(const QString &entryId)
{
    if (entryId != m_pendingEntryId)
        return;
    const std::optional<OutboxEntry> entry = m_context->outbox()->entry(entryId);
    if (!entry)
        return;
    switch (entry->state) {
    case OutboxEntry::State::Checking:
        showStatus(tr("The post may have been published: Posthorn looks for it on your "
                      "profile…"));
        break;
    case OutboxEntry::State::Sending:
        m_writeAnother->setVisible(entry->attempts > 0);
        if (entry->postedIds.size() > 0)
            showStatus(tr("Posting %1 of %2…")
                           .arg(entry->postedIds.size() + 1)
                           .arg(entry->draft.parts.size()));
        break;
    case OutboxEntry::State::Waiting:
        m_writeAnother->setVisible(true);
        if (entry->uncertain) {
            // It may be out: the outbox looks before anything is sent again.
            showStatus(tr("Not confirmed yet: %1 The post is safe in the outbox.")
                           .arg(entry->lastError.toHtmlEscaped()));
            break;
        }
        showStatus(tr("Not posted yet: %1 Posthorn tries again at %2; the post is safe in the "
                      "outbox.")
                       .arg(ServerText::plain(entry->lastError),
                            QLocale().toString(entry->nextAttemptAt.toLocalTime().time(),
                                               QLocale::ShortFormat)));
        break;
    case OutboxEntry::State::NeedsSignIn:
        m_writeAnother->setVisible(true);
        showStatus(tr("Not posted: the server asks to sign in again. The post waits in the "
                      "outbox and goes out once you have."));
        m_signInAgain->setVisible(true);
        break;
    case OutboxEntry::State::Failed: {
        if (entry->notFound) {
            // Looked for and not there, and its key is past its hour: the text comes
            // back, and pressing Post is the user's say to send it as a new post.
            setPendingEntry(QString());
            m_writeAnother->setVisible(false);
            if (!takeBack(*entry))
                break;
            showStatus(QString());
            showProblem(tr("Posthorn did not find this post on your profile. It is back "
                           "here; check your profile, then Post sends it as a new post."));
            focusText();
            break;
        }
        if (!entry->refused) {
            // The post may be out already: it stays in the outbox, where the user can
            // check, send it again or discard it.
            detachFromEntry();
            showProblem(entry->lastError);
            break;
        }
        // Refused: what is not published comes back to be fixed, with the server's
        // reason beside it. A thread refused half-way continues as a reply.
        const QString reason = entry->lastError;
        const qsizetype published = entry->postedIds.size();
        setPendingEntry(QString());
        m_writeAnother->setVisible(false);
        if (!takeBack(*entry))
            break;
        showStatus(QString());
        showProblem(published == 0
                        ? tr("The server did not accept the post: %1").arg(reason)
                        : tr("The server did not accept post %1 of the thread: %2 The posts "
                             "before it are published; this one will reply to them.")
                              .arg(published + 1)
                              .arg(reason));
        focusText();
        break;
    }
    }
}

bool ComposerWidget::takeBack(const OutboxEntry &entry)
{
    restore(entry.remainingDraft());
    setEditable(true);
    // Saved before the outbox lets go of it, so no moment exists with the text in
    // neither place.
    m_autosave->changed(draft());
    if (!m_autosave->flush()) {
        showProblem(tr("The post stays in the outbox: it could not be saved as a draft."));
        return false;
    }
    m_context->outbox()->discard(entry.id);
    return true;
}

bool ComposerWidget::editEntry(const QString &entryId)
{
    const std::optional<OutboxEntry> entry = m_context->outbox()->entry(entryId);
    if (!entry)
        return false;
    if (!m_pendingEntryId.isEmpty() || !draft().isBlank()) {
        showProblem(tr("Post or clear what you are writing first; then the post from the "
                       "outbox can come back here."));
        return false;
    }
    if (entry->draft.accountKey != accountKey())
        m_context->accounts()->setCurrentAccountKey(entry->draft.accountKey);
    if (entry->uncertain) {
        // Its key must not be dropped while the post may be out: the outbox settles it
        // first (found: the link shows; not there: same key, or the text comes back).
        setPendingEntry(entryId);
        setEditable(false);
        showProblem(QString());
        showStatus(tr("The post may have been published: Posthorn looks for it on your "
                      "profile…"));
        m_context->outbox()->retry(entryId);
        return true;
    }
    if (!takeBack(*entry))
        return false;
    showStatus(QString());
    showProblem(entry->lastError);
    focusText();
    return true;
}

void ComposerWidget::addSharedText(const QString &text)
{
    if (text.isEmpty())
        return;
    // A post still on its way stays in the outbox; the composer is needed for this one.
    if (!m_pendingEntryId.isEmpty())
        detachFromEntry();
    PartEditor *part = m_lastFocusedPart ? m_lastFocusedPart.data() : m_parts.value(0);
    if (!part)
        return;
    const QString before = part->text();
    part->setText(before.trimmed().isEmpty() ? text : before + QStringLiteral("\n\n") + text);
    QTextCursor cursor = part->textEdit()->textCursor();
    cursor.movePosition(QTextCursor::End);
    part->textEdit()->setTextCursor(cursor);
    onChanged();
}

void ComposerWidget::continueTyping(const QString &text)
{
    PartEditor *part = m_lastFocusedPart ? m_lastFocusedPart.data() : m_parts.value(0);
    if (text.isEmpty() || !part || part->textEdit()->isReadOnly())
        return;
    part->textEdit()->insertPlainText(text);
    part->textEdit()->setFocus();
}

void ComposerWidget::onPosted(const QString &entryId, const QUrl &url, const QDateTime &scheduledAt)
{
    if (entryId != m_pendingEntryId)
        return;
    setPendingEntry(QString());
    m_writeAnother->setVisible(false);
    m_signInAgain->setVisible(false);
    restore(m_autosave->load());
    setEditable(true);
    if (scheduledAt.isValid()) {
        showStatus(tr("Scheduled for %1.")
                       .arg(QLocale().toString(scheduledAt.toLocalTime(), QLocale::LongFormat)));
    } else {
        showPosted(url);
    }
    focusText();
    emit postConfirmed(url, scheduledAt);
}

void ComposerWidget::detachFromEntry()
{
    // The entry stays in the outbox, which keeps trying; the composer is free again.
    const QString left = m_pendingEntryId;
    setPendingEntry(QString());
    m_leftEntryId = left;
    m_writeAnother->setVisible(false);
    m_signInAgain->setVisible(false);
    restore(m_autosave->load());
    setEditable(true);
    showStatus(tr("The post waits in the outbox."));
    focusText();
}

void ComposerWidget::setPendingEntry(const QString &entryId)
{
    m_pendingEntryId = entryId;
    m_leftEntryId.clear();
    emit pendingEntryChanged(entryId);
}

void ComposerWidget::showScheduledPosts()
{
    ApiClient *client = m_session ? m_session->client() : nullptr;
    if (!client) {
        showProblem(tr("Not connected to the server yet."));
        return;
    }
    auto *posts = new ScheduledPosts(client, this);
    auto *dialog = new ScheduledPostsDialog(posts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, posts, &QObject::deleteLater);
    dialog->open();
}

void ComposerWidget::showStatus(const QString &text)
{
    // The status label is rich text for the post's link; everything else is shown as
    // it is, server words included.
    m_status->setText(text.toHtmlEscaped());
    // An empty or plain message is no place for Tab to stop.
    m_status->setFocusPolicy(Qt::NoFocus);
}

void ComposerWidget::showPosted(const QUrl &url)
{
    // Only a web page becomes a link: the address is the server's to choose.
    if (!ServerText::isOpenableLink(url)) {
        showStatus(tr("Posted."));
        return;
    }
    m_status->setText(tr("Posted. <a href=\"%1\">Open the post</a>")
                          .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    m_status->setFocusPolicy(Qt::StrongFocus);
}

void ComposerWidget::showNotices(const QStringList &notices)
{
    // Apart from the problem line, which typing clears: the user must get to read it.
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());
    m_dismissNotice->setVisible(!notices.isEmpty());
}

void ComposerWidget::showProblem(const QString &text)
{
    m_problem->setText(ServerText::plain(text, 4 * ServerText::defaultLimit));
    m_problem->setVisible(!text.isEmpty());
}
