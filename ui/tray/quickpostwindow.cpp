#include "quickpostwindow.h"

#include "compose/composerwidget.h"
#include "text/plainlabel.h"
#include "tray/windowactivation.h"

#include <QCloseEvent>
#include <QCursor>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QScreen>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

namespace {

// Space between the window and the tray icon or the mouse.
constexpr int gap = 8;

} // namespace

QuickPostWindow::QuickPostWindow(AppContext *context, QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
{
    setObjectName(QStringLiteral("quickPostWindow"));
    setWindowTitle(tr("Quick post – Posthorn"));
    setAccessibleName(tr("Quick post"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Without a title bar the window needs an edge of its own to stand out.
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Raised);
    outer->addWidget(frame);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 4, 6, 6);

    auto *header = new QHBoxLayout;
    // Plain text like every label here: bold by its font, not by markup.
    m_title = new PlainLabel(tr("Quick post"), frame);
    m_title->setObjectName(QStringLiteral("quickPostTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setToolTip(tr("Drag to move the window"));
    m_title->setCursor(Qt::SizeAllCursor);
    m_title->installEventFilter(this);
    header->addWidget(m_title, 1);
    auto *open = new QToolButton(frame);
    open->setObjectName(QStringLiteral("quickPostOpenMain"));
    open->setText(tr("Open Posthorn"));
    open->setAccessibleName(tr("Open the main window"));
    open->setAutoRaise(true);
    connect(open, &QToolButton::clicked, this, &QuickPostWindow::openMainWindowRequested);
    header->addWidget(open);
    auto *close = new QToolButton(frame);
    close->setObjectName(QStringLiteral("quickPostHide"));
    close->setText(QStringLiteral("✕"));
    close->setAccessibleName(tr("Hide quick post"));
    close->setToolTip(tr("Hide (Escape); the text stays"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QuickPostWindow::dismiss);
    header->addWidget(close);
    layout->addLayout(header);

    m_composer = new ComposerWidget(context, QStringLiteral("quick"),
                                    ComposerWidget::Layout::Compact, frame);
    layout->addWidget(m_composer, 1);
    connect(m_composer, &ComposerWidget::signInRequested, this, &QuickPostWindow::signInRequested);
    connect(m_composer, &ComposerWidget::postConfirmed, this, [this] {
        if (m_hidesAfterPosting && isVisible())
            dismiss();
    });

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QuickPostWindow::dismiss);
    resize(480, 300);
}

void QuickPostWindow::showNear(const QRect &anchor, const QString &activationToken)
{
    if (!isVisible() && !m_movedByUser)
        move(placeNear(anchor));
    show();
    m_composer->focusText();
    WindowActivation::activate(this, activationToken);
}

QPoint QuickPostWindow::placeNear(const QRect &anchor) const
{
    const QPoint target = anchor.isValid() ? anchor.center() : QCursor::pos();
    QScreen *screen = QGuiApplication::screenAt(target);
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect available = screen->availableGeometry();
    const QSize size = frameSize().isValid() ? frameSize() : sizeHint();

    // Beside the tray: below an icon in a top panel, above one at the bottom, lined up
    // with it; beside the mouse otherwise. Always wholly on the screen.
    QPoint position;
    if (anchor.isValid()) {
        const bool panelAtTop = anchor.center().y() < available.center().y();
        position.setX(anchor.center().x() - size.width() / 2);
        position.setY(panelAtTop ? anchor.bottom() + gap : anchor.top() - gap - size.height());
    } else {
        position = target + QPoint(gap, gap);
    }
    position.setX(std::clamp(position.x(), available.left(),
                             std::max(available.left(), available.right() - size.width())));
    position.setY(std::clamp(position.y(), available.top(),
                             std::max(available.top(), available.bottom() - size.height())));
    return position;
}

bool QuickPostWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The title is the handle the window manager moves the window by, as it would a
    // title bar.
    if (watched == m_title && event->type() == QEvent::MouseButtonPress &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton && windowHandle()) {
        m_movedByUser = windowHandle()->startSystemMove() || m_movedByUser;
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QuickPostWindow::closeEvent(QCloseEvent *event)
{
    // Closed by the window manager (Alt+F4): hidden like Escape, the text kept.
    event->ignore();
    dismiss();
}

void QuickPostWindow::dismiss()
{
    m_composer->saveNow();
    hide();
    emit dismissed();
}
