#include "finishpage.h"

#include "api/imagefetcher.h"
#include "appcontext.h"
#include "setupwizard.h"
#include "text/plainlabel.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

FinishPage::FinishPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_fetcher(wizard->context()->createImageFetcher(this))
{
    setTitle(tr("You are signed in"));
    setSubTitle(tr("Posthorn keeps your sign-in in the system keychain."));
    setFinalPage(true);
    setButtonText(QWizard::FinishButton, tr("&Start posting"));

    auto *layout = new QGridLayout(this);
    m_avatar = new PlainLabel(this);
    m_avatar->setFixedSize(64, 64);
    m_avatar->setAlignment(Qt::AlignCenter);
    m_avatar->setObjectName(QStringLiteral("accountAvatar"));
    m_name = new PlainLabel(this);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->fitServerText();
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_handle = new PlainLabel(this);
    m_handle->setObjectName(QStringLiteral("accountHandle"));
    m_handle->fitServerText();
    m_handle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_avatar, 0, 0, 2, 1);
    layout->addWidget(m_name, 0, 1);
    layout->addWidget(m_handle, 1, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(2, 1);

    m_autoFinish.setSingleShot(true);
    m_autoFinish.setInterval(2500);
    connect(&m_autoFinish, &QTimer::timeout, wizard, &QWizard::accept);
    connect(m_fetcher, &ImageFetcher::fetched, this,
            [this](const QUrl &, const QByteArray &bytes) { showAvatar(bytes); });
}

void FinishPage::initializePage()
{
    const AccountRecord &account = m_wizard->account();
    m_name->setServerText(account.displayName.isEmpty() ? account.acct : account.displayName);
    m_handle->setServerText(account.handle());
    // The first letter stands in for the avatar until the picture has arrived.
    const QString initial =
        (account.displayName.isEmpty() ? account.acct : account.displayName).left(1).toUpper();
    m_avatar->setText(initial);
    m_avatar->setStyleSheet(QStringLiteral("background: #563acc; color: white; border-radius: "
                                           "32px; font-size: 28px; font-weight: bold;"));
    m_fetcher->fetch(account.avatarUrl);
    m_typed.clear();
    // Keys reach the focused button first, where a space would press it: they are
    // taken before any widget sees them, for as long as this page lives.
    qApp->installEventFilter(this);
    m_autoFinish.start();
}

bool FinishPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType() ||
        static_cast<QWidget *>(watched)->window() != window() || m_wizard->currentPage() != this)
        return QWizardPage::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (key->key() == Qt::Key_Backspace) {
        m_typed.chop(1);
        return true;
    }
    const QString text = key->text();
    // Return, Escape and Tab keep their meaning; letters, digits, spaces and
    // punctuation are the start of a post.
    if (text.isEmpty() || !text.at(0).isPrint())
        return false;
    m_typed += text;
    return true;
}

void FinishPage::showAvatar(const QByteArray &bytes)
{
    QPixmap picture;
    if (bytes.isEmpty() || !picture.loadFromData(bytes))
        return;
    const int side = m_avatar->width();
    const qreal ratio = devicePixelRatioF();
    QPixmap round(QSize(side, side) * ratio);
    round.setDevicePixelRatio(ratio);
    round.fill(Qt::transparent);
    QPainter painter(&round);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(0, 0, side, side);
    painter.setClipPath(circle);
    painter.drawPixmap(0, 0, side, side,
                       picture.scaled(QSize(side, side) * ratio, Qt::KeepAspectRatioByExpanding,
                                      Qt::SmoothTransformation));
    painter.end();
    m_avatar->setStyleSheet(QString());
    m_avatar->setText(QString());
    m_avatar->setPixmap(round);
}
