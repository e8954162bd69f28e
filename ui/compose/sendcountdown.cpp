#include "sendcountdown.h"

#include "outbox/outbox.h"
#include "text/plainlabel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QPushButton>

#include <chrono>

namespace {

// Often enough that the seconds shown never lag by more than a fraction of one.
constexpr std::chrono::milliseconds tickInterval{200};

} // namespace

SendCountdown::SendCountdown(Outbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_text(new PlainLabel(this))
    , m_undo(new QPushButton(tr("&Undo"), this))
{
    setObjectName(QStringLiteral("sendCountdown"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(QStringLiteral("sendCountdownText"));
    layout->addWidget(m_text, 1);
    m_undo->setObjectName(QStringLiteral("undoSendButton"));
    m_undo->setAccessibleName(tr("Undo send"));
    m_undo->setToolTip(tr("Bring the post back to edit it; nothing is sent (Ctrl+Z)"));
    connect(m_undo, &QPushButton::clicked, this, &SendCountdown::undoRequested);
    layout->addWidget(m_undo);
    m_ticker.setInterval(tickInterval);
    connect(&m_ticker, &QTimer::timeout, this, &SendCountdown::tick);
    connect(m_outbox, &Outbox::entryChanged, this, [this](const QString &entryId) {
        if (entryId == m_entryId)
            tick();
    });
    connect(m_outbox, &Outbox::entryRemoved, this, [this](const QString &entryId) {
        if (entryId == m_entryId)
            follow(QString());
    });
    hide();
}

void SendCountdown::follow(const QString &entryId)
{
    m_entryId = entryId;
    tick();
}

void SendCountdown::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<OutboxEntry> entry =
        m_entryId.isEmpty() ? std::nullopt : m_outbox->entry(m_entryId);
    if (!entry || !entry->isHeld(now)) {
        m_ticker.stop();
        hide();
        return;
    }
    // Rounded up: "in 1 s" until the very moment it goes.
    const qint64 seconds = (now.msecsTo(entry->notBefore) + 999) / 1000;
    m_text->setText(tr("Posting in %n s.", nullptr, static_cast<int>(seconds)));
    show();
    if (!m_ticker.isActive())
        m_ticker.start();
}
