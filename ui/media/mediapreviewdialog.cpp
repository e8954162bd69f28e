#include "mediapreviewdialog.h"

#include "media/focuspreview.h"
#include "text/plainlabel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImageReader>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

MediaPreviewDialog::MediaPreviewDialog(const QString &filePath, const QImage &serverPicture,
                                       const MediaFocus &focus, bool focusEditable, QWidget *parent)
    : QDialog(parent)
    , m_preview(new FocusPreview(this))
{
    setObjectName(QStringLiteral("mediaPreviewDialog"));
    const QString fileName =
        filePath.isEmpty() ? tr("Attached picture") : QFileInfo(filePath).fileName();
    setWindowTitle(tr("%1 – Posthorn").arg(fileName));

    m_preview->setObjectName(QStringLiteral("mediaLargePreview"));
    m_preview->setAccessibleName(tr("Large preview of %1").arg(fileName));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFocusEditable(focusEditable);
    m_preview->setFocusPoint(focus);

    // Most of the screen, never more than the picture itself.
    const QScreen *screen = parent ? parent->screen() : nullptr;
    const QSize available = screen ? screen->availableSize() * 0.8 : QSize(1024, 768);
    QImageReader reader(filePath);
    reader.setAutoTransform(true);
    const bool readable = !filePath.isEmpty() && reader.size().isValid();
    const QSize original = readable ? reader.size() : serverPicture.size();
    if (original.isValid() && !original.isEmpty()) {
        const qreal ratio = devicePixelRatioF();
        const bool fits =
            original.width() <= available.width() && original.height() <= available.height();
        const QSize shown = fits ? original : original.scaled(available, Qt::KeepAspectRatio);
        reader.setScaledSize(shown * ratio);
        QPixmap pixmap =
            QPixmap::fromImage(readable ? reader.read()
                                        : serverPicture.scaled(shown * ratio, Qt::KeepAspectRatio,
                                                               Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        m_preview->setPixmap(pixmap);
        m_preview->setMinimumSize(shown);
    } else {
        m_preview->setText(tr("No preview for this file."));
        m_preview->setFocusEditable(false);
    }

    auto *hint = new PlainLabel(
        m_preview->isFocusEditable()
            ? tr("Click or use the arrow keys to choose the focal point: thumbnails of the "
                 "picture centre on it. Home puts it back in the middle.")
            : QString(),
        this);
    hint->setObjectName(QStringLiteral("mediaFocusHint"));
    hint->setWordWrap(true);
    hint->setVisible(m_preview->isFocusEditable());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Return is the preview's; only Escape and the button close.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(m_preview, &FocusPreview::focusChanged, this, &MediaPreviewDialog::focusChanged);
    // Space or Return on the large view closes it again, as it opened it.
    connect(m_preview, &FocusPreview::previewRequested, this, &QDialog::accept);
    m_preview->setFocus();
}
