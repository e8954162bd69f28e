#include "statusline.h"

#include "outbox/outboxtracker.h"
#include "text/linklabel.h"
#include "util/servertext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent)
    , m_status(new LinkLabel(this))
    , m_signInAgain(new QPushButton(tr("Sign &in again…"), this))
    , m_unlockKeychain(new QPushButton(tr("Unlock ke&ychain"), this))
    , m_writeAnother(new QPushButton(tr("&Keep in outbox, write another"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->setWordWrap(true);
    // Tab stops here only while there is a link to open (see showText()).
    m_status->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_status, 1);
    m_signInAgain->setObjectName(QStringLiteral("signInAgainButton"));
    m_signInAgain->setVisible(false);
    connect(m_signInAgain, &QPushButton::clicked, this, &StatusLine::signInRequested);
    layout->addWidget(m_signInAgain);
    m_unlockKeychain->setObjectName(QStringLiteral("unlockKeychainButton"));
    m_unlockKeychain->setToolTip(
        tr("Asks the keychain for the sign-in again; it shows its own window for the password"));
    m_unlockKeychain->setVisible(false);
    connect(m_unlockKeychain, &QPushButton::clicked, this, &StatusLine::unlockRequested);
    layout->addWidget(m_unlockKeychain);
    m_writeAnother->setObjectName(QStringLiteral("writeAnotherButton"));
    m_writeAnother->setVisible(false);
    connect(m_writeAnother, &QPushButton::clicked, this, &StatusLine::letGoRequested);
    layout->addWidget(m_writeAnother);
}

void StatusLine::follow(OutboxTracker *tracker)
{
    connect(tracker, &OutboxTracker::statusChanged, this, &StatusLine::showText);
    connect(tracker, &OutboxTracker::canLetGoChanged, this, &StatusLine::offerLetGo);
    connect(tracker, &OutboxTracker::signInNeeded, this, [this] { offerSignIn(true); });
    connect(tracker, &OutboxTracker::posted, this, &StatusLine::showPosted);
    // Sent or discarded from the outbox list: "waits in the outbox" is no longer true.
    connect(tracker, &OutboxTracker::leftOutbox, this, [this] { showText(QString()); });
}

void StatusLine::showText(const QString &text)
{
    // The label is rich text for the post's link; everything else is shown as it is.
    m_status->setText(text.toHtmlEscaped());
    // An empty or plain message is no place for Tab to stop.
    m_status->setFocusPolicy(Qt::NoFocus);
}

void StatusLine::showPosted(const QUrl &url, const QDateTime &scheduledAt)
{
    offerLetGo(false);
    offerSignIn(false);
    if (scheduledAt.isValid()) {
        showText(tr("Scheduled for %1.")
                     .arg(QLocale().toString(scheduledAt.toLocalTime(), QLocale::LongFormat)));
        return;
    }
    // Only a web page becomes a link: the address is the server's to choose.
    if (!ServerText::isOpenableLink(url)) {
        showText(tr("Posted."));
        return;
    }
    m_status->setText(tr("Posted. <a href=\"%1\">Open the post</a>")
                          .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    m_status->setFocusPolicy(Qt::StrongFocus);
}

void StatusLine::offerSignIn(bool offered)
{
    m_signInAgain->setVisible(offered);
}

void StatusLine::offerUnlock(bool offered)
{
    m_unlockKeychain->setVisible(offered);
}

void StatusLine::offerLetGo(bool offered)
{
    m_writeAnother->setVisible(offered);
}
