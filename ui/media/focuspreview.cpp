#include "focuspreview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace {

// A tenth of the picture per key press, a hundredth with Shift.
constexpr double keyStep = 0.1;
constexpr double fineKeyStep = 0.01;
constexpr double markerRadius = 7;

} // namespace

FocusPreview::FocusPreview(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
}

void FocusPreview::setFocusPoint(const MediaFocus &focus)
{
    m_focus = focus;
    update();
}

void FocusPreview::setFocusEditable(bool editable)
{
    m_editable = editable;
    setCursor(editable ? Qt::CrossCursor : Qt::PointingHandCursor);
    update();
}

QRectF FocusPreview::pictureRect() const
{
    const QPixmap shown = pixmap();
    if (shown.isNull())
        return {};
    const QSizeF size = shown.deviceIndependentSize();
    const QRectF area = contentsRect();
    return {area.x() + (area.width() - size.width()) / 2,
            area.y() + (area.height() - size.height()) / 2, size.width(), size.height()};
}

void FocusPreview::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    const QRectF picture = pictureRect();
    if (!m_editable || picture.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre =
        picture.topLeft() + m_focus.toPosition(picture.width(), picture.height());
    // White inside black, so the ring shows on light and dark pictures alike.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, 4));
    painter.drawEllipse(centre, markerRadius, markerRadius);
    painter.setPen(QPen(Qt::white, 2));
    painter.drawEllipse(centre, markerRadius, markerRadius);
    if (hasFocus()) {
        QPen outline(palette().highlight().color(), 2);
        painter.setPen(outline);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void FocusPreview::mousePressEvent(QMouseEvent *event)
{
    const QRectF picture = pictureRect();
    if (event->button() != Qt::LeftButton || !m_editable || !picture.contains(event->position())) {
        QLabel::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    moveFocus(MediaFocus::fromPosition(event->position() - picture.topLeft(), picture.width(),
                                       picture.height()));
}

void FocusPreview::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit previewRequested();
}

void FocusPreview::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers() & Qt::ShiftModifier ? fineKeyStep : keyStep;
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit previewRequested();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!m_editable)
            break;
        moveFocus(m_focus.movedBy(event->key() == Qt::Key_Left    ? -step
                                  : event->key() == Qt::Key_Right ? step
                                                                  : 0,
                                  event->key() == Qt::Key_Up     ? step
                                  : event->key() == Qt::Key_Down ? -step
                                                                 : 0));
        return;
    case Qt::Key_Home:
        // Back to the middle, which is what the server assumes without a focal point.
        if (!m_editable)
            break;
        moveFocus(MediaFocus());
        return;
    default:
        break;
    }
    QLabel::keyPressEvent(event);
}

void FocusPreview::moveFocus(const MediaFocus &focus)
{
    if (focus == m_focus)
        return;
    m_focus = focus;
    update();
    emit focusChanged(m_focus);
}
