#include "scheduledpostsdialog.h"

#include "api/apierror.h"
#include "api/scheduledstatus.h"
#include "schedule/scheduledposts.h"
#include "schedule/schedulerule.h"
#include "scheduletimetext.h"
#include "text/plainlabel.h"
#include "text/plainmessagebox.h"
#include "texttone.h"
#include "util/servertext.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int summaryLength = 200;
constexpr int idRole = Qt::UserRole;

enum Column { WhenColumn, PostColumn };

} // namespace

ScheduledPostsDialog::ScheduledPostsDialog(ScheduledPosts *posts, QWidget *parent)
    : QDialog(parent)
    , m_posts(posts)
{
    Q_ASSERT(m_posts);
    setObjectName(QStringLiteral("scheduledPostsDialog"));
    setWindowTitle(tr("Scheduled Posts"));

    m_intro = new PlainLabel(this);
    m_intro->setObjectName(QStringLiteral("scheduledIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("These posts are waiting for their time. Times are in your time zone, "
                        "%1.")
                         .arg(ScheduleTimeText::zoneDescription(QDateTime::currentDateTime())));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("scheduledPostsList"));
    m_list->setAccessibleName(tr("Scheduled posts"));
    m_list->setHeaderLabels({tr("When"), tr("Post")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);

    m_placeholder = new PlainLabel(this);
    m_placeholder->setObjectName(QStringLiteral("scheduledPostsState"));
    m_placeholder->setAccessibleName(tr("Scheduled posts"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_placeholder);

    auto *newTimeLabel = new PlainLabel(tr("&New time:"), this);
    m_newTime = new QDateTimeEdit(this);
    m_newTime->setObjectName(QStringLiteral("scheduledNewTime"));
    m_newTime->setAccessibleName(tr("New time for the selected post, in your time zone"));
    m_newTime->setCalendarPopup(true);
    m_newTime->setDisplayFormat(ScheduleTimeText::editFormat());
    newTimeLabel->setBuddy(m_newTime);

    m_zone = new PlainLabel(this);
    m_zone->setObjectName(QStringLiteral("scheduledTimeZone"));

    m_changeTime = new QPushButton(tr("Change &Time"), this);
    m_changeTime->setObjectName(QStringLiteral("scheduledChangeTime"));
    m_changeTime->setAccessibleName(tr("Change the time of the selected post"));
    m_changeTime->setAutoDefault(false);

    m_ruleMessage = new PlainLabel(this);
    m_ruleMessage->setObjectName(QStringLiteral("scheduledTimeMessage"));
    m_ruleMessage->setWordWrap(true);
    TextTone::apply(m_ruleMessage, TextTone::Tone::Problem);
    m_ruleMessage->hide();

    m_status = new PlainLabel(this);
    m_status->setObjectName(QStringLiteral("scheduledStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("scheduledRefresh"));
    m_refresh->setAccessibleName(tr("Refresh the list"));
    m_refresh->setAutoDefault(false);

    m_cancelPost = new QPushButton(tr("&Cancel Post…"), this);
    m_cancelPost->setObjectName(QStringLiteral("scheduledCancelPost"));
    m_cancelPost->setAccessibleName(tr("Cancel the selected post"));
    m_cancelPost->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("scheduledButtons"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("scheduledClose"));
    close->setAccessibleName(tr("Close"));

    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(newTimeLabel);
    timeRow->addWidget(m_newTime);
    timeRow->addWidget(m_zone);
    timeRow->addStretch(1);
    timeRow->addWidget(m_changeTime);
    timeRow->addWidget(m_cancelPost);

    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_refresh);
    bottomRow->addStretch(1);
    bottomRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_stack, 1);
    layout->addLayout(timeRow);
    layout->addWidget(m_ruleMessage);
    layout->addWidget(m_status);
    layout->addLayout(bottomRow);
    // The buttons were made in another order than the rows show them.
    setTabOrder(m_changeTime, m_cancelPost);
    setTabOrder(m_cancelPost, m_refresh);
    setTabOrder(m_refresh, close);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &ScheduledPostsDialog::refresh);
    connect(m_changeTime, &QPushButton::clicked, this, &ScheduledPostsDialog::onChangeTime);
    connect(m_cancelPost, &QPushButton::clicked, this, &ScheduledPostsDialog::onCancelPost);
    connect(m_newTime, &QDateTimeEdit::dateTimeChanged, this, &ScheduledPostsDialog::checkNewTime);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            &ScheduledPostsDialog::onSelectionChanged);
    connect(m_posts, &ScheduledPosts::loaded, this, &ScheduledPostsDialog::onLoaded);
    connect(m_posts, &ScheduledPosts::rescheduled, this, &ScheduledPostsDialog::onRescheduled);
    connect(m_posts, &ScheduledPosts::cancelled, this, &ScheduledPostsDialog::onCancelled);
    connect(m_posts, &ScheduledPosts::failed, this, &ScheduledPostsDialog::onFailed);

    resize(720, 440);
    setStatus(QString());
    refresh();
}

QString ScheduledPostsDialog::summary(const ScheduledStatus &post)
{
    QString text = post.text.simplified();
    if (!post.spoilerText.isEmpty())
        text = tr("[%1] %2").arg(post.spoilerText.simplified(), text).trimmed();
    if (text.isEmpty()) {
        const qsizetype media = qMax(post.mediaIds.size(), post.mediaAttachments.size());
        return tr("(%n attachment(s), no text)", nullptr, int(media));
    }
    if (text.size() > summaryLength)
        text = text.left(summaryLength - 1).trimmed() + QChar(0x2026);
    return ServerText::plain(text, summaryLength);
}

void ScheduledPostsDialog::refresh()
{
    m_pending = Pending::Refresh;
    if (m_loadedOnce && m_list->topLevelItemCount() > 0)
        setStatus(tr("Refreshing…"));
    else
        showPage(tr("Loading the scheduled posts…"));
    updateButtons();
    m_posts->refresh();
}

void ScheduledPostsDialog::onLoaded(const QList<ScheduledStatus> &posts)
{
    if (m_pending == Pending::Refresh) {
        m_pending = Pending::None;
        setStatus(QString());
    }
    m_loadedOnce = true;
    fillList(posts);
    updateButtons();
}

void ScheduledPostsDialog::onRescheduled(const ScheduledStatus &post)
{
    if (m_pending == Pending::Reschedule)
        m_pending = Pending::None;
    fillList(m_posts->posts());
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(WhenColumn, idRole).toString() == post.id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
    setStatus(
        tr("The post will now be published %1.").arg(ScheduleTimeText::format(post.scheduledAt)));
    updateButtons();
}

void ScheduledPostsDialog::onCancelled(const QString &)
{
    if (m_pending == Pending::Cancel)
        m_pending = Pending::None;
    fillList(m_posts->posts());
    setStatus(tr("The scheduled post was cancelled; it will not be published."));
    updateButtons();
}

void ScheduledPostsDialog::onFailed(const ApiError &error)
{
    const Pending pending = m_pending;
    m_pending = Pending::None;
    switch (pending) {
    case Pending::Refresh:
        if (m_loadedOnce && m_list->topLevelItemCount() > 0)
            setStatus(tr("The list could not be refreshed: %1").arg(error.message), true);
        else
            showPage(tr("The scheduled posts could not be loaded: %1\n\nPress Refresh to try "
                        "again.")
                         .arg(error.message));
        break;
    case Pending::Reschedule:
        setStatus(tr("The time was not changed: %1").arg(error.message), true);
        break;
    case Pending::Cancel:
        setStatus(tr("The post was not cancelled: %1").arg(error.message), true);
        break;
    case Pending::None:
        setStatus(error.message, true);
        break;
    }
    updateButtons();
}

void ScheduledPostsDialog::fillList(const QList<ScheduledStatus> &posts)
{
    const QString selected = selectedId();
    m_list->clear();
    for (const ScheduledStatus &post : posts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn, ScheduleTimeText::format(post.scheduledAt));
        item->setText(PostColumn, summary(post));
        item->setToolTip(PostColumn, ServerText::toolTip(post.text));
        item->setData(WhenColumn, idRole, post.id);
        if (post.id == selected)
            m_list->setCurrentItem(item);
    }
    if (posts.isEmpty()) {
        showPage(tr("No scheduled posts.\n\nPosts you schedule in the composer wait here until "
                    "their time."));
        return;
    }
    m_stack->setCurrentWidget(m_list);
    if (!m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    onSelectionChanged();
}

void ScheduledPostsDialog::showPage(const QString &message)
{
    m_placeholder->setText(message);
    m_stack->setCurrentWidget(m_placeholder);
    onSelectionChanged();
}

void ScheduledPostsDialog::setStatus(const QString &text, bool isError)
{
    m_status->setText(ServerText::plain(text, 4 * ServerText::defaultLimit));
    TextTone::apply(m_status, isError ? TextTone::Tone::Problem : TextTone::Tone::Plain);
    m_status->setVisible(!text.isEmpty());
}

QString ScheduledPostsDialog::selectedId() const
{
    if (m_stack->currentWidget() != m_list)
        return QString();
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(WhenColumn, idRole).toString() : QString();
}

void ScheduledPostsDialog::onSelectionChanged()
{
    const QString id = selectedId();
    m_selectedTime = QDateTime();
    const QList<ScheduledStatus> posts = m_posts->posts();
    for (const ScheduledStatus &post : posts) {
        if (post.id == id) {
            m_selectedTime = post.scheduledAt;
            m_newTime->setDateTime(post.scheduledAt.toLocalTime());
            break;
        }
    }
    checkNewTime();
    updateButtons();
}

void ScheduledPostsDialog::checkNewTime()
{
    m_zone->setText(ScheduleTimeText::zoneDescription(m_newTime->dateTime()));
    // A post due in less than five minutes cannot be moved; that is worth saying only
    // once the user picks another time, not as soon as the post is selected.
    const bool unchanged = qAbs(m_newTime->dateTime().secsTo(m_selectedTime)) < 60;
    const QString problem = selectedId().isEmpty() || unchanged
                                ? QString()
                                : ScheduleRule::check(m_newTime->dateTime());
    m_ruleMessage->setText(problem);
    m_ruleMessage->setVisible(!problem.isEmpty());
}

void ScheduledPostsDialog::onChangeTime()
{
    const QString id = selectedId();
    if (id.isEmpty() || m_pending != Pending::None)
        return;
    const QString problem = ScheduleRule::check(m_newTime->dateTime());
    if (!problem.isEmpty()) {
        m_ruleMessage->setText(problem);
        m_ruleMessage->show();
        m_newTime->setFocus();
        return;
    }
    m_pending = Pending::Reschedule;
    setStatus(tr("Changing the time…"));
    updateButtons();
    m_posts->reschedule(id, m_newTime->dateTime());
}

void ScheduledPostsDialog::onCancelPost()
{
    const QString id = selectedId();
    if (id.isEmpty() || m_pending != Pending::None || m_confirmation)
        return;
    QString when;
    QString text;
    const QList<ScheduledStatus> posts = m_posts->posts();
    for (const ScheduledStatus &post : posts) {
        if (post.id == id) {
            when = ScheduleTimeText::format(post.scheduledAt);
            text = summary(post);
        }
    }
    // Not exec(): a nested event loop would let replies arrive into a half-torn state.
    m_confirmation = new PlainMessageBox(QMessageBox::Question, tr("Cancel Scheduled Post"),
                                         tr("Cancel the post scheduled for %1? It will not be "
                                            "published, and this cannot be undone.")
                                             .arg(when),
                                         QMessageBox::NoButton, this);
    m_confirmation->setObjectName(QStringLiteral("cancelConfirmation"));
    m_confirmation->setPlainInformativeText(text);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm =
        m_confirmation->addButton(tr("Cancel Post"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmCancelPost"));
    confirm->setAccessibleName(tr("Cancel the post"));
    QPushButton *keep = m_confirmation->addButton(tr("Keep It"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepPost"));
    keep->setAccessibleName(tr("Keep the post"));
    m_confirmation->setDefaultButton(keep);
    m_confirmation->setEscapeButton(keep);
    connect(m_confirmation, &QMessageBox::buttonClicked, this,
            [this, confirm, id](QAbstractButton *button) {
                if (button == confirm)
                    onCancelConfirmed(id);
            });
    m_confirmation->open();
}

void ScheduledPostsDialog::onCancelConfirmed(const QString &id)
{
    if (m_pending != Pending::None)
        return;
    m_pending = Pending::Cancel;
    setStatus(tr("Cancelling the post…"));
    updateButtons();
    m_posts->cancel(id);
}

void ScheduledPostsDialog::updateButtons()
{
    const bool idle = m_pending == Pending::None;
    const bool selected = !selectedId().isEmpty();
    m_refresh->setEnabled(idle);
    m_newTime->setEnabled(selected && idle);
    m_changeTime->setEnabled(selected && idle);
    m_cancelPost->setEnabled(selected && idle);
}
