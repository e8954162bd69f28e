#include "traycontroller.h"

#include "accountactions.h"
#include "appcontext.h"
#include "notificationmarkup.h"
#include "outbox/outbox.h"
#include "settings/accountstore.h"
#include "text/externallink.h"

#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace {

// How long a message stays; long enough to read two lines.
constexpr int messageMs = 8000;
constexpr std::chrono::milliseconds iconDelay{100};

} // namespace

TrayController::TrayController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_available(QSystemTrayIcon::isSystemTrayAvailable())
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_markup(new NotificationMarkup(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_icon->setContextMenu(m_menu);
    m_icon->setIcon(badgedIcon(Badge::None));
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason why) {
                if (why == QSystemTrayIcon::Trigger)
                    emit quickPostRequested();
                else if (why == QSystemTrayIcon::MiddleClick)
                    emit openRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_messageAction)
            m_messageAction();
    });

    Outbox *outbox = m_context->outbox();
    connect(outbox, &Outbox::entryAdded, this, &TrayController::updateOutbox);
    connect(outbox, &Outbox::entryAdded, this, &TrayController::offerUndo);
    connect(outbox, &Outbox::entryRemoved, this, [this](const QString &entryId) {
        m_failedNotified.remove(entryId);
        updateOutbox();
    });
    connect(outbox, &Outbox::entryChanged, this, &TrayController::onEntryChanged);
    connect(outbox, &Outbox::posted, this, &TrayController::onPosted);
    connect(outbox, &Outbox::signInRequired, this, &TrayController::onSignInRequired);
    connect(m_context->accounts(), &AccountStore::accountsChanged, this,
            &TrayController::rebuildMenu);
    connect(m_context->accounts(), &AccountStore::currentAccountChanged, this,
            &TrayController::rebuildMenu);
    rebuildMenu();
    // The icon goes up just after the first window: embedding it in the tray costs
    // start-up time the user would otherwise wait for (measured, tests/bench).
    if (m_available)
        QTimer::singleShot(iconDelay, m_icon, &QSystemTrayIcon::show);
}

TrayController::~TrayController()
{
    // The menu has no parent widget (a tray menu must not close with a window).
    delete m_menu;
}

bool TrayController::isAvailable() const
{
    return m_available;
}

void TrayController::notify(const QString &title, const QString &text,
                            std::function<void()> onClick)
{
    if (!isAvailable())
        return;
    m_messageAction = std::move(onClick);
    // A message needs the icon, which may not be up yet this early after start.
    if (!m_icon->isVisible())
        m_icon->show();
    // Titles are Posthorn's own; bodies can quote a server.
    m_icon->showMessage(title, m_markup->body(text), QSystemTrayIcon::Information, messageMs);
}

void TrayController::rebuildMenu()
{
    AccountActions::clear(m_menu);
    QAction *quickPost =
        m_menu->addAction(tr("&Quick post…"), this, &TrayController::quickPostRequested);
    quickPost->setObjectName(QStringLiteral("trayQuickPost"));
    QAction *open = m_menu->addAction(tr("&Open Posthorn"), this, &TrayController::openRequested);
    open->setObjectName(QStringLiteral("trayOpen"));
    QAction *posted =
        m_menu->addAction(tr("&Your recent posts…"), this, &TrayController::postedRequested);
    posted->setObjectName(QStringLiteral("trayPosted"));
    m_menu->setDefaultAction(quickPost);

    if (!m_context->accounts()->accounts().isEmpty()) {
        m_menu->addSection(tr("Post as"));
        AccountActions::addTo(m_menu, m_context->accounts(), QStringLiteral("trayAccount"));
    }
    m_menu->addSeparator();
    m_outboxAction = m_menu->addAction(QString(), this, &TrayController::outboxRequested);
    m_outboxAction->setObjectName(QStringLiteral("trayOutbox"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Q&uit Posthorn"), this, &TrayController::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuit"));
    updateOutbox();
}

void TrayController::updateOutbox()
{
    const QList<OutboxEntry> entries = m_context->outbox()->entries();
    qsizetype failed = 0;
    for (const OutboxEntry &entry : entries) {
        if (entry.state == OutboxEntry::State::Failed ||
            entry.state == OutboxEntry::State::NeedsSignIn)
            ++failed;
    }
    const qsizetype waiting = entries.size();
    m_outboxAction->setText(waiting == 0 ? tr("The outbox is empty")
                                         : tr("%n post(s) in the outbox", nullptr, int(waiting)));
    m_outboxAction->setEnabled(waiting > 0);

    const Badge badge = failed > 0 ? Badge::Failed : waiting > 0 ? Badge::Waiting : Badge::None;
    if (badge != m_badge) {
        m_badge = badge;
        // Drawn once per badge: a new icon for every post made the process grow.
        auto cached = m_icons.find(badge);
        if (cached == m_icons.end())
            cached = m_icons.insert(badge, badgedIcon(badge));
        m_icon->setIcon(*cached);
    }
    QString tip = tr("Posthorn");
    if (failed > 0)
        tip += QLatin1Char('\n') + tr("%n post(s) need you", nullptr, int(failed));
    else if (waiting > 0)
        tip += QLatin1Char('\n') + tr("%n post(s) waiting to be sent", nullptr, int(waiting));
    m_icon->setToolTip(tip);
}

void TrayController::onPosted(const QString &entryId, const QUrl &url, const QDateTime &scheduledAt)
{
    m_failedNotified.remove(entryId);
    // A post went out, so a sign-in that was asked for happened.
    m_signInNotified.clear();
    updateOutbox();
    if (userWatchesMainWindow())
        return;
    if (scheduledAt.isValid()) {
        notify(tr("Post scheduled"),
               tr("It will appear on %1.")
                   .arg(QLocale().toString(scheduledAt.toLocalTime(), QLocale::LongFormat)));
        return;
    }
    notify(tr("Post published"), tr("Click to open it."), [url] { ExternalLink::open(url); });
}

void TrayController::onEntryChanged(const QString &entryId)
{
    updateOutbox();
    const std::optional<OutboxEntry> entry = m_context->outbox()->entry(entryId);
    if (!entry || entry->state != OutboxEntry::State::Failed) {
        m_failedNotified.remove(entryId);
        return;
    }
    if (m_failedNotified.contains(entryId))
        return;
    m_failedNotified.insert(entryId);
    notify(tr("A post was not sent"),
           entry->lastError.isEmpty()
               ? tr("Click to open the outbox.")
               : entry->lastError + QLatin1Char('\n') + tr("Click to open the outbox."),
           [this] { emit outboxRequested(); });
}

void TrayController::offerUndo(const QString &entryId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<OutboxEntry> entry = m_context->outbox()->entry(entryId);
    if (!entry || !entry->isHeld(now) || userWatchesMainWindow())
        return;
    const int seconds = static_cast<int>((now.msecsTo(entry->notBefore) + 999) / 1000);
    notify(tr("Posting in %n s", nullptr, seconds), tr("Click to undo: the post comes back."),
           [this, entryId] { m_context->outbox()->requestUndo(entryId); });
}

void TrayController::onSignInRequired(const QString &accountKey)
{
    updateOutbox();
    if (m_signInNotified.contains(accountKey))
        return;
    m_signInNotified.insert(accountKey);
    QString handle = accountKey;
    const QList<AccountRecord> accounts = m_context->accounts()->accounts();
    for (const AccountRecord &account : accounts) {
        if (account.key() == accountKey)
            handle = account.handle();
    }
    notify(tr("Sign-in needed"),
           tr("Sign in to %1 again so that your posts can go out. Click to sign in.").arg(handle),
           [this, accountKey] {
               m_signInNotified.remove(accountKey);
               emit signInRequested(accountKey);
           });
}

bool TrayController::userWatchesMainWindow() const
{
    return m_mainWindow && m_mainWindow->isVisible() && m_mainWindow->isActiveWindow();
}

QIcon TrayController::badgedIcon(Badge badge)
{
    const QIcon base(QStringLiteral(":/icons/posthorn.svg"));
    if (badge == Badge::None)
        return base;
    // A dot in the lower right corner: amber while posts wait, red when one needs the
    // user. Drawn per size, so it stays a clean circle in every tray.
    const QColor colour =
        badge == Badge::Failed ? QColor(0xc6, 0x28, 0x28) : QColor(0xf5, 0x9e, 0x0b);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal dot = size * 0.45;
        const QRectF circle(size - dot, size - dot, dot, dot);
        painter.setPen(QPen(Qt::white, std::max(1.0, size / 16.0)));
        painter.setBrush(colour);
        painter.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
