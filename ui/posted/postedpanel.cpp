#include "postedpanel.h"

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/status.h"
#include "appcontext.h"
#include "outbox/outbox.h"
#include "posted/postedrowtext.h"
#include "posted/postedstatuses.h"
#include "posted/redraft.h"
#include "posted/statusedit.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"
#include "text/plainlabel.h"
#include "text/plainmessagebox.h"
#include "texttone.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

PostedPanel::PostedPanel(AppContext *context, RedraftGate gate, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_gate(std::move(gate))
{
    setObjectName(QStringLiteral("postedPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new PlainLabel(tr("Posted: your recent posts"), this);
    m_title->setObjectName(QStringLiteral("postedTitle"));
    layout->addWidget(m_title);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("postedList"));
    m_list->setAccessibleName(tr("Your recent posts"));
    m_list->setAccessibleDescription(
        tr("Newest first. Ctrl+E edits the selected post in the composer. Delete asks to "
           "delete it; Shift+Delete asks to delete it and bring it back into the composer."));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Rows are plain text; the view never interprets them.
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list, 1);
    m_title->setBuddy(m_list);

    m_status = new PlainLabel(this);
    m_status->setObjectName(QStringLiteral("postedStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("Edit"), this);
    m_edit->setObjectName(QStringLiteral("postedEdit"));
    m_edit->setAccessibleName(tr("Edit the selected post"));
    m_edit->setToolTip(tr("Open the selected post in the composer to change it (Ctrl+E)"));
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("postedDelete"));
    m_delete->setAccessibleName(tr("Delete the selected post"));
    m_delete->setToolTip(tr("Delete the selected post (Delete)"));
    m_redraft = new QPushButton(tr("Delete and redraft…"), this);
    m_redraft->setObjectName(QStringLiteral("postedRedraft"));
    m_redraft->setAccessibleName(tr("Delete the selected post and write it again"));
    m_redraft->setToolTip(tr("Delete the selected post and bring it back into the composer "
                             "(Shift+Delete)"));
    m_loadMore = new QPushButton(tr("Load more"), this);
    m_loadMore->setObjectName(QStringLiteral("postedLoadMore"));
    m_loadMore->setAccessibleName(tr("Load older posts"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("postedRefresh"));
    m_refresh->setAccessibleName(tr("Load your recent posts again"));
    for (QPushButton *button : {m_edit, m_delete, m_redraft, m_loadMore, m_refresh}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_edit, &QPushButton::clicked, this, &PostedPanel::editSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] { confirm(Action::Delete); });
    connect(m_redraft, &QPushButton::clicked, this, [this] { confirm(Action::Redraft); });
    connect(m_loadMore, &QPushButton::clicked, this, [this] {
        if (m_posts)
            m_posts->loadMore();
        updateButtons();
    });
    connect(m_refresh, &QPushButton::clicked, this, &PostedPanel::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &PostedPanel::updateButtons);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &PostedPanel::onScrolled);
    auto *editKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), m_list, m_list,
                                  [this] { editSelected(); });
    editKey->setContext(Qt::WidgetShortcut);
    auto *deleteKey =
        new QShortcut(QKeySequence::Delete, m_list, m_list, [this] { confirm(Action::Delete); });
    deleteKey->setContext(Qt::WidgetShortcut);
    auto *redraftKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete), m_list, m_list,
                                     [this] { confirm(Action::Redraft); });
    redraftKey->setContext(Qt::WidgetShortcut);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &PostedPanel::dismissed);
    escape->setContext(Qt::WidgetWithChildrenShortcut);

    // Per account: the one the composer posts as.
    connect(m_context->accounts(), &AccountStore::currentAccountChanged, this,
            &PostedPanel::followAccount);
    connect(m_context->sessions(), &AccountSessions::sessionAdded, this,
            &PostedPanel::followAccount);
    // What Posthorn itself just published shows up at once.
    connect(m_context->outbox(), &Outbox::posted, this,
            [this](const QString &, const QUrl &url, const QDateTime &) {
                if (url.isEmpty())
                    return; // scheduled: not on the profile yet
                m_stale = true;
                if (isVisible())
                    reload();
            });
    followAccount();
}

void PostedPanel::focusList()
{
    show();
    if (m_stale)
        reload();
    m_list->setFocus();
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void PostedPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void PostedPanel::followAccount()
{
    const QString key = m_context->accounts()->currentAccountKey();
    AccountSession *session = m_context->sessions()->session(key);
    if (session != m_session) {
        if (m_session)
            m_session->disconnect(this);
        m_session = session;
        if (session)
            connect(session, &AccountSession::stateChanged, this, &PostedPanel::followAccount);
    }
    ApiClient *client = session ? session->client() : nullptr;
    const QString accountId = session ? session->account().accountId : QString();
    if (m_posts && key == m_accountKey && client == m_client && m_posts->accountId() == accountId)
        return;
    delete m_posts;
    m_posts = nullptr;
    delete m_editLoader;
    m_editLoader = nullptr;
    m_accountKey = key;
    m_client = client;
    m_list->clear();
    if (client) {
        m_posts = new PostedStatuses(client, accountId, this);
        connect(m_posts, &PostedStatuses::loaded, this, &PostedPanel::fillList);
        connect(m_posts, &PostedStatuses::loadFailed, this, &PostedPanel::onLoadFailed);
        connect(m_posts, &PostedStatuses::failed, this, &PostedPanel::onFailed);
        connect(m_posts, &PostedStatuses::deleted, this, [this] {
            fillList();
            setStatus(tr("The post was deleted."));
        });
        connect(m_posts, &PostedStatuses::redrafted, this, [this](const Status &status) {
            fillList();
            setStatus(tr("The post was deleted; it is back in the composer to be written "
                         "again."));
            emit redraftReady(Redraft::fromDeleted(status, m_accountKey));
        });
        m_editLoader = new StatusEdit(client, key, this);
        connect(m_editLoader, &StatusEdit::ready, this, [this](const Draft &draft) {
            setStatus(QString());
            updateButtons();
            emit editReady(draft);
        });
        connect(m_editLoader, &StatusEdit::failed, this, [this](const ApiError &error) {
            setStatus(tr("The post could not be opened for editing: %1").arg(error.message), true);
            updateButtons();
        });
        setStatus(QString());
    } else {
        setStatus(session ? tr("Waiting for the account to connect…")
                          : tr("No account is selected."));
    }
    m_stale = true;
    if (isVisible())
        reload();
    updateButtons();
}

void PostedPanel::reload()
{
    m_stale = false;
    if (!m_posts)
        return;
    setStatus(tr("Loading your posts…"));
    m_posts->refresh();
    updateButtons();
}

void PostedPanel::fillList()
{
    const QString selected = selectedId();
    const QList<Status> statuses = m_posts->statuses();
    m_list->clear();
    for (const Status &status : statuses) {
        auto *item = new QListWidgetItem(PostedRowText::text(status), m_list);
        item->setData(idRole, status.id);
        if (status.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0 && m_list->hasFocus())
        m_list->setCurrentRow(0);
    setStatus(statuses.isEmpty() ? tr("No posts yet.") : QString());
    updateButtons();
}

void PostedPanel::onLoadFailed(const ApiError &error)
{
    setStatus(tr("Your posts could not be loaded: %1").arg(error.message), true);
    updateButtons();
}

void PostedPanel::onFailed(const QString &, const ApiError &error)
{
    QString text = tr("The post was not deleted: %1").arg(error.message);
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        text += QLatin1Char(' ') + tr("It may have been deleted all the same: try again, or "
                                      "Refresh to see whether it is still there.");
    setStatus(text, true);
    updateButtons();
}

void PostedPanel::onScrolled(int value)
{
    // Near the end of what is loaded: the next page, as the user reads on.
    if (m_posts && m_posts->hasMore() && value >= m_list->verticalScrollBar()->maximum())
        m_posts->loadMore();
}

void PostedPanel::confirm(Action action)
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_posts || m_posts->isBusy(id) || m_confirmation)
        return;
    if (action == Action::Redraft) {
        // Checked before anything is deleted, so the post is never gone with nowhere to go.
        const QString whyNot = m_gate ? m_gate() : QString();
        if (!whyNot.isEmpty()) {
            setStatus(whyNot, true);
            return;
        }
    }
    QString excerpt;
    const QList<Status> statuses = m_posts->statuses();
    for (const Status &status : statuses) {
        if (status.id == id)
            excerpt = PostedRowText::excerpt(status);
    }
    const bool redraft = action == Action::Redraft;
    // Not exec(): replies may arrive meanwhile, and a nested event loop would let them
    // change the list under the question.
    m_confirmation = new PlainMessageBox(
        QMessageBox::Question, redraft ? tr("Delete and Redraft") : tr("Delete Post"),
        redraft ? tr("Delete this post from the server and bring its text, media and poll back "
                     "into the composer? Its replies, boosts and favourites are lost.")
                : tr("Delete this post from the server? This cannot be undone; its replies, "
                     "boosts and favourites are lost."),
        QMessageBox::NoButton, this);
    m_confirmation->setObjectName(QStringLiteral("deleteConfirmation"));
    m_confirmation->setPlainInformativeText(excerpt);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = m_confirmation->addButton(redraft ? tr("Delete and Redraft") : tr("Delete"),
                                                 QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *keep = m_confirmation->addButton(tr("Keep It"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepPost"));
    m_confirmation->setDefaultButton(keep);
    m_confirmation->setEscapeButton(keep);
    connect(m_confirmation, &QMessageBox::buttonClicked, this,
            [this, yes, id, redraft](QAbstractButton *button) {
                if (button != yes || !m_posts)
                    return;
                setStatus(redraft ? tr("Deleting the post to redraft it…")
                                  : tr("Deleting the post…"));
                if (redraft)
                    m_posts->redraft(id);
                else
                    m_posts->remove(id);
                updateButtons();
            });
    m_confirmation->open();
}

void PostedPanel::editSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_editLoader || m_posts->isBusy(id) || m_editLoader->isLoading())
        return;
    // Checked before loading, so the user hears at once why the composer cannot take it.
    const QString whyNot = m_editGate ? m_editGate() : QString();
    if (!whyNot.isEmpty()) {
        setStatus(whyNot, true);
        return;
    }
    setStatus(tr("Opening the post for editing…"));
    m_editLoader->open(id);
    updateButtons();
}

void PostedPanel::updateButtons()
{
    const QString id = selectedId();
    const bool ready = m_posts && !id.isEmpty() && !m_posts->isBusy(id);
    m_edit->setEnabled(ready && m_editLoader && !m_editLoader->isLoading());
    m_delete->setEnabled(ready);
    m_redraft->setEnabled(ready);
    m_loadMore->setEnabled(m_posts && m_posts->hasMore() && !m_posts->isLoading());
    m_refresh->setEnabled(m_posts != nullptr);
}

void PostedPanel::setStatus(const QString &text, bool isError)
{
    m_status->setServerText(text);
    TextTone::apply(m_status, isError ? TextTone::Tone::Problem : TextTone::Tone::Plain);
    m_status->setVisible(!text.isEmpty());
}

QString PostedPanel::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(idRole).toString() : QString();
}
