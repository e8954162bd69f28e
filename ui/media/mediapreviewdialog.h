#pragma once

#include "media/mediafocus.h"

#include <QDialog>
#include <QImage>

class FocusPreview;

// One attachment, large: as big as the screen allows (up to the picture's own size),
// with its focal point, which can be set here more precisely than on the thumbnail.
// Escape or Close goes back to the composer.
class MediaPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaPreviewDialog)

public:
    // `focusEditable`: whether the file is a picture, which has a focal point.
    // `serverPicture` is shown when there is no file to read: the server's preview of
    // media that came back by id (redraft, edit).
    MediaPreviewDialog(const QString &filePath, const QImage &serverPicture,
                       const MediaFocus &focus, bool focusEditable, QWidget *parent = nullptr);

    [[nodiscard]] FocusPreview *preview() const { return m_preview; }

signals:
    void focusChanged(const MediaFocus &focus);

private:
    FocusPreview *m_preview;
};
