#include "searchpanel.h"

#include "search/accountsearch.h"
#include "search/accountsearchmodel.h"
#include "searchresultdelegate.h"
#include "searchresultsview.h"
#include "text/externallink.h"
#include "text/plainlabel.h"
#include "texttone.h"
#include "util/servertext.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

using Role = AccountSearchModel::Role;
using FollowState = AccountSearchModel::FollowState;

QAction *makeAction(const QString &text, const QList<QKeySequence> &shortcuts,
                    const char *objectName, QWidget *owner)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcuts(shortcuts);
    // Only while the results have the focus, so they cannot clash with the window's keys.
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setShortcutVisibleInContextMenu(true);
    owner->addAction(action);
    return action;
}

QString shortcutText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

QString timeText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new AccountSearch(this))
    , m_field(new QLineEdit(this))
    , m_results(new SearchResultsView(this))
    , m_delegate(new SearchResultDelegate(this))
    , m_loadMore(new QPushButton(tr("Load more"), this))
    , m_state(new PlainLabel(this))
{
    setObjectName(QStringLiteral("searchPanel"));

    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setAccessibleName(tr("Search accounts"));
    m_field->setPlaceholderText(tr("Search accounts"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(
        tr("Find people by name or handle, such as @user@example.social "
           "(Ctrl+K).\nDown: go to the results. Escape: clear; again: back to the post."));
    m_field->installEventFilter(this);

    m_state->setObjectName(QStringLiteral("searchState"));
    m_state->setAccessibleName(tr("Search status"));
    // Messages can quote the server; never let it format them.
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setMargin(4);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_search->model());
    m_results->setItemDelegate(m_delegate);
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_loadMore->setObjectName(QStringLiteral("searchLoadMore"));
    m_loadMore->setAccessibleName(tr("Load more results"));
    m_loadMore->setToolTip(tr("Show the next results"));
    m_loadMore->hide();

    m_mentionAction = makeAction(tr("Insert &mention"), {Qt::Key_Return, Qt::Key_Enter},
                                 "searchMentionAction", m_results);
    m_profileAction = makeAction(tr("Open &profile in browser"), {QKeySequence(tr("Ctrl+O"))},
                                 "searchProfileAction", m_results);
    m_followAction = makeAction(tr("&Follow"), {QKeySequence(tr("Ctrl+Shift+F"))},
                                "searchFollowAction", m_results);
    m_copyAction = makeAction(tr("&Copy handle"), QKeySequence::keyBindings(QKeySequence::Copy),
                              "searchCopyAction", m_results);
    m_mentionAction->setToolTip(
        tr("Insert the account's @mention into the post (%1)").arg(shortcutText(m_mentionAction)));
    m_profileAction->setToolTip(tr("Open the account's profile in the web browser (%1)")
                                    .arg(shortcutText(m_profileAction)));
    m_copyAction->setToolTip(
        tr("Copy the account's full handle (%1)").arg(shortcutText(m_copyAction)));
    m_results->setShortcutHelp(tr("%1: insert mention \u00b7 %2: open profile \u00b7 %3: follow or "
                                  "unfollow \u00b7 %4: copy handle \u00b7 Menu key: all actions")
                                   .arg(shortcutText(m_mentionAction),
                                        shortcutText(m_profileAction), shortcutText(m_followAction),
                                        shortcutText(m_copyAction)));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_field);
    layout->addWidget(m_state);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_loadMore);
    setTabOrder(m_field, m_results);
    setTabOrder(m_results, m_loadMore);

    connect(m_field, &QLineEdit::textChanged, m_search, &AccountSearch::setQuery);
    connect(m_field, &QLineEdit::returnPressed, m_search, &AccountSearch::searchNow);
    connect(m_loadMore, &QPushButton::clicked, m_search, &AccountSearch::loadMore);
    connect(m_search, &AccountSearch::stateChanged, this, &SearchPanel::onStateChanged);
    connect(m_search, &AccountSearch::pagingChanged, this, &SearchPanel::onPagingChanged);
    connect(m_search, &AccountSearch::actionFailed, this, &SearchPanel::onActionFailed);

    connect(m_results, &SearchResultsView::leftAtTop, this, [this] { m_field->setFocus(); });
    connect(m_results, &SearchResultsView::leftAtBottom, this, [this] {
        if (m_loadMore->isVisible())
            m_loadMore->setFocus();
    });
    connect(m_results, &SearchResultsView::escapePressed, this, [this] {
        clearSearch();
        m_field->setFocus();
    });
    connect(m_results, &SearchResultsView::contextMenuWanted, this, &SearchPanel::showContextMenu);
    connect(m_results, &QAbstractItemView::doubleClicked, this, &SearchPanel::chooseMention);
    connect(m_delegate, &SearchResultDelegate::followClicked, this,
            [this](const QModelIndex &index) {
                m_search->toggleFollow(index.data(Role::AccountIdRole).toString());
            });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SearchPanel::onCurrentChanged);
    connect(m_search->model(), &QAbstractItemModel::dataChanged, this,
            &SearchPanel::updateFollowAction);
    connect(m_search->model(), &QAbstractItemModel::modelReset, this,
            &SearchPanel::onCurrentChanged);
    connect(m_search->model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                // After "Load more" from the keyboard, carry on at the first new result.
                if (m_loadMore->hasFocus()) {
                    m_results->setFocus();
                    m_results->setCurrentIndex(m_search->model()->index(first));
                }
            });

    connect(m_mentionAction, &QAction::triggered, this, &SearchPanel::chooseMention);
    connect(m_profileAction, &QAction::triggered, this, &SearchPanel::openProfile);
    connect(m_followAction, &QAction::triggered, this, &SearchPanel::toggleFollow);
    connect(m_copyAction, &QAction::triggered, this, &SearchPanel::copyHandle);

    onStateChanged();
    onCurrentChanged();
}

void SearchPanel::setClient(ApiClient *client)
{
    m_search->setClient(client);
}

void SearchPanel::setOwnAccountId(const QString &accountId)
{
    m_search->setOwnAccountId(accountId);
}

void SearchPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field ||
        (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
        return false;
    // Escape belongs to the field, before any window shortcut: the first clears the
    // search, the next one (or one in an empty field) gives the keyboard back.
    if (key->key() == Qt::Key_Escape) {
        if (event->type() == QEvent::KeyPress) {
            if (m_field->text().isEmpty())
                emit dismissed();
            else
                clearSearch();
        }
        event->accept();
        return true;
    }
    if (key->key() == Qt::Key_Down && event->type() == QEvent::KeyPress &&
        m_search->model()->rowCount() > 0) {
        enterResults();
        return true;
    }
    return false;
}

void SearchPanel::onStateChanged()
{
    switch (m_search->state()) {
    case AccountSearch::State::Idle:
        showStateText(tr("Type a name, or a handle such as @user@example.social."), false);
        break;
    case AccountSearch::State::Searching:
        showStateText(tr("Searching\u2026"), false);
        break;
    case AccountSearch::State::Results:
        m_state->hide();
        break;
    case AccountSearch::State::NoResults:
        showStateText(tr("No accounts match \u201c%1\u201d.").arg(m_search->query()), false);
        break;
    case AccountSearch::State::Error:
        showStateText(tr("The search failed: %1").arg(m_search->errorMessage()), true);
        break;
    case AccountSearch::State::RateLimited:
        showStateText(m_search->retryAt().isValid()
                          ? tr("Too many searches for now. You can search again at %1.")
                                .arg(timeText(m_search->retryAt()))
                          : tr("Too many searches for now. Please try again in a few minutes."),
                      true);
        break;
    case AccountSearch::State::SignedOut:
        showStateText(tr("Sign in to an account to search for people."), false);
        break;
    }
}

void SearchPanel::onPagingChanged()
{
    const bool loading = m_search->isLoadingMore();
    m_loadMore->setVisible(loading || m_search->canLoadMore());
    // Stays enabled while loading, so a keyboard user keeps the focus here.
    m_loadMore->setText(loading ? tr("Loading\u2026") : tr("Load more"));
}

void SearchPanel::onActionFailed(const QString &accountId, const QString &message)
{
    Q_UNUSED(accountId);
    showStateText(message, true);
}

void SearchPanel::onCurrentChanged()
{
    const bool has = currentResult().isValid();
    m_mentionAction->setEnabled(has);
    m_profileAction->setEnabled(has);
    m_copyAction->setEnabled(has);
    updateFollowAction();
}

void SearchPanel::updateFollowAction()
{
    const QModelIndex index = currentResult();
    const auto state = FollowState(index.data(Role::FollowStateRole).toInt());
    QString text = tr("&Follow");
    QString tip = tr("Follow the account (%1)");
    if (state == FollowState::Following) {
        text = tr("Un&follow");
        tip = tr("Stop following the account (%1)");
    } else if (state == FollowState::Requested) {
        text = tr("Withdraw &follow request");
        tip = tr("Withdraw the request to follow this locked account (%1)");
    }
    m_followAction->setText(text);
    m_followAction->setToolTip(tip.arg(shortcutText(m_followAction)));
    m_followAction->setEnabled(index.isValid() && !index.data(Role::FollowBusyRole).toBool() &&
                               !index.data(Role::OwnAccountRole).toBool());
}

void SearchPanel::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("searchResultMenu"));
    menu.setToolTipsVisible(true);
    menu.addAction(m_mentionAction);
    menu.addAction(m_profileAction);
    menu.addAction(m_followAction);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.exec(globalPos);
}

void SearchPanel::chooseMention()
{
    const QModelIndex index = currentResult();
    if (index.isValid())
        emit mentionChosen(index.data(Role::AcctRole).toString());
}

void SearchPanel::openProfile()
{
    ExternalLink::open(currentResult().data(Role::ProfileUrlRole).toUrl());
}

void SearchPanel::toggleFollow()
{
    const QModelIndex index = currentResult();
    if (index.isValid())
        m_search->toggleFollow(index.data(Role::AccountIdRole).toString());
}

void SearchPanel::copyHandle()
{
    const QModelIndex index = currentResult();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(index.data(Role::HandleRole).toString());
}

void SearchPanel::clearSearch()
{
    m_field->clear();
    m_search->clear();
}

void SearchPanel::enterResults()
{
    m_results->setFocus(Qt::TabFocusReason);
    if (!m_results->currentIndex().isValid())
        m_results->setCurrentIndex(m_search->model()->index(0));
}

void SearchPanel::showStateText(const QString &text, bool problem)
{
    m_state->setText(ServerText::plain(text, 4 * ServerText::defaultLimit));
    TextTone::apply(m_state, problem ? TextTone::Tone::Problem : TextTone::Tone::Plain);
    m_state->show();
}

QModelIndex SearchPanel::currentResult() const
{
    return m_results->currentIndex();
}
