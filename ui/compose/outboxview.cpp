#include "outboxview.h"

#include "outbox/outbox.h"
#include "text/plainlabel.h"
#include "text/plainmessagebox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString stateText(const OutboxEntry &entry)
{
    switch (entry.state) {
    case OutboxEntry::State::Sending:
        return OutboxView::tr("sending…");
    case OutboxEntry::State::Checking:
        return OutboxView::tr("may be published: looking for it on your profile…");
    case OutboxEntry::State::Waiting:
        // Undo send: a time, not a countdown, as the list is not redrawn every second.
        if (entry.isHeld(QDateTime::currentDateTimeUtc()))
            return OutboxView::tr("goes out at %1 (undo send)")
                .arg(QLocale().toString(entry.notBefore.toLocalTime().time(), QLocale::LongFormat));
        if (entry.attempts == 0)
            return OutboxView::tr("waiting to be sent");
        if (!entry.nextAttemptAt.isValid())
            return entry.lastError;
        return OutboxView::tr("trying again at %1: %2")
            .arg(QLocale().toString(entry.nextAttemptAt.toLocalTime().time(), QLocale::ShortFormat),
                 entry.lastError);
    case OutboxEntry::State::NeedsSignIn:
        return OutboxView::tr("waiting for you to sign in again");
    case OutboxEntry::State::Failed:
        if (entry.notFound)
            return OutboxView::tr("not found on your profile; send again?: %1")
                .arg(entry.lastError);
        return entry.refused
                   ? OutboxView::tr("not accepted: %1").arg(entry.lastError)
                   : OutboxView::tr("stopped, check before sending again: %1").arg(entry.lastError);
    }
    return {};
}

} // namespace

OutboxView::OutboxView(Outbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
{
    setObjectName(QStringLiteral("outboxView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new PlainLabel(this);
    layout->addWidget(m_title);
    m_list = new QListWidget(this);
    // "Open the outbox" from the tray lands on the list of posts.
    setFocusProxy(m_list);
    m_list->setObjectName(QStringLiteral("outboxList"));
    m_list->setAccessibleName(tr("Posts in the outbox"));
    m_list->setWordWrap(true);
    m_list->setMaximumHeight(120);
    m_title->setBuddy(m_list);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_retry = new QPushButton(tr("Send &now"), this);
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_retry->setAccessibleName(tr("Send the selected post now"));
    m_discard = new QPushButton(tr("Disca&rd…"), this);
    m_discard->setObjectName(QStringLiteral("outboxDiscard"));
    m_discard->setAccessibleName(tr("Discard the selected post"));
    m_edit = new QPushButton(tr("&Edit"), this);
    m_edit->setObjectName(QStringLiteral("outboxEdit"));
    m_edit->setAccessibleName(tr("Bring the selected post back to the composer"));
    m_edit->setToolTip(tr("Bring a post that was not accepted back to the composer"));
    buttons->addWidget(m_edit);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    layout->addLayout(buttons);
    setTabOrder(m_list, m_edit);
    setTabOrder(m_edit, m_retry);
    setTabOrder(m_retry, m_discard);

    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxView::discardSelected);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            emit editRequested(selectedId());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &OutboxView::updateButtons);
    connect(m_outbox, &Outbox::entryAdded, this, &OutboxView::rebuild);
    connect(m_outbox, &Outbox::entryChanged, this, &OutboxView::rebuild);
    connect(m_outbox, &Outbox::entryRemoved, this, &OutboxView::rebuild);
    connect(m_outbox, &Outbox::posted, this,
            [this](const QString &entryId, const QUrl &url, const QDateTime &scheduledAt) {
                if (entryId != m_composerEntry && m_summaries.contains(entryId))
                    emit entryPosted(m_summaries.value(entryId), url, scheduledAt);
            });
    rebuild();
}

void OutboxView::setComposerEntry(const QString &entryId)
{
    m_composerEntry = entryId;
    rebuild();
}

void OutboxView::rebuild()
{
    const QString selected = selectedId();
    m_list->clear();
    m_summaries.clear();
    const QList<OutboxEntry> entries = m_outbox->entries();
    for (const OutboxEntry &entry : entries) {
        if (entry.id == m_composerEntry)
            continue;
        QString text = entry.draft.parts.value(0).simplified();
        if (text.size() > 80)
            text = text.left(79) + QChar(0x2026);
        if (entry.draft.parts.size() > 1)
            text += tr(" (thread of %1)").arg(entry.draft.parts.size());
        auto *item = new QListWidgetItem(tr("“%1” — %2").arg(text, stateText(entry)), m_list);
        item->setData(Qt::UserRole, entry.id);
        m_summaries.insert(entry.id, text);
        if (entry.id == selected)
            m_list->setCurrentItem(item);
    }
    m_title->setText(tr("Out&box, not posted yet: %1").arg(m_list->count()));
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
    setVisible(m_list->count() > 0);
}

void OutboxView::updateButtons()
{
    const std::optional<OutboxEntry> entry = m_outbox->entry(selectedId());
    const bool sending = entry && (entry->state == OutboxEntry::State::Sending ||
                                   entry->state == OutboxEntry::State::Checking);
    m_retry->setEnabled(entry && !sending);
    m_retry->setText(entry && entry->notFound ? tr("Send &again…") : tr("Send &now"));
    // A request on its way cannot be called back; discard once it has an answer.
    m_discard->setEnabled(entry && !sending);
    // Edit on a post that may be out looks for it first (ComposerWidget::editEntry).
    m_edit->setEnabled(
        entry && (entry->state == OutboxEntry::State::Failed || (entry->uncertain && !sending)));
}

void OutboxView::retrySelected()
{
    const QString id = selectedId();
    const std::optional<OutboxEntry> entry = m_outbox->entry(id);
    if (!entry)
        return;
    // Its key is past its hour: sending again is only safe if the post is really not
    // out, which the user can see and Posthorn could not be sure of.
    if (entry->notFound &&
        !PlainMessageBox::ask(this, tr("Send again"),
                              tr("Posthorn did not find this post on your profile. Send it "
                                 "again? If it is there after all, it will appear twice.")))
        return;
    m_outbox->retry(id);
}

void OutboxView::discardSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const std::optional<OutboxEntry> entry = m_outbox->entry(id);
    if (!entry)
        return;
    const QString question =
        entry->postedIds.isEmpty()
            ? tr("Discard this post? What is not published cannot be brought back.")
            : tr("Discard the rest of this thread? %1 of its posts are published already; "
                 "the others cannot be brought back.")
                  .arg(entry->postedIds.size());
    if (!PlainMessageBox::ask(this, tr("Discard post"), question))
        return;
    m_outbox->discard(id);
}

QString OutboxView::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}
