#pragma once

#include "media/mediafocus.h"

#include <QLabel>

// A picture with its focal point marked: a click puts the point where thumbnails
// should centre, the arrow keys move it (Shift for small steps). Space, Return or a
// double-click ask for a larger view. It shows a pixmap only, never text.
class FocusPreview final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusPreview)

public:
    explicit FocusPreview(QWidget *parent = nullptr);

    [[nodiscard]] MediaFocus focus() const { return m_focus; }
    // Does not emit focusChanged().
    void setFocusPoint(const MediaFocus &focus);
    // Whether the focal point can be set: only pictures have one.
    void setFocusEditable(bool editable);
    [[nodiscard]] bool isFocusEditable() const { return m_editable; }
    // Where the picture is drawn, within the widget.
    [[nodiscard]] QRectF pictureRect() const;

signals:
    void focusChanged(const MediaFocus &focus);
    void previewRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void moveFocus(const MediaFocus &focus);

    MediaFocus m_focus;
    bool m_editable = true;
};
