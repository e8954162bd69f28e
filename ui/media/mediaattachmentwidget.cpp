#include "mediaattachmentwidget.h"

#include "api/imagefetcher.h"
#include "media/descriptionassist.h"
#include "media/focuspreview.h"
#include "media/mediafilecheck.h"
#include "media/mediapreviewdialog.h"
#include "text/plainlabel.h"
#include "util/servertext.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTextCursor>
#include <QVBoxLayout>

namespace {

constexpr int progressSteps = 1000;
constexpr int descriptionLines = 3;
// A server's preview is a few hundred pixels wide; anything larger is decoded smaller,
// so a hostile picture cannot make the large preview hold a huge image.
constexpr int largestServerPicture = 2048;

} // namespace

MediaAttachmentWidget::MediaAttachmentWidget(const QString &filePath, QWidget *parent)
    : QFrame(parent)
    , m_filePath(filePath)
{
    setObjectName(QStringLiteral("mediaAttachment"));
    const QString fileName = QFileInfo(filePath).fileName();
    setAccessibleName(tr("Attachment %1").arg(fileName));
    setFrameShape(QFrame::StyledPanel);

    m_thumbnail = new FocusPreview(this);
    m_thumbnail->setObjectName(QStringLiteral("mediaThumbnail"));
    m_thumbnail->setAccessibleName(tr("Preview of %1").arg(fileName));
    m_thumbnail->setAccessibleDescription(
        tr("Space opens a larger preview. Click or use the arrow keys to choose the focal "
           "point that thumbnails centre on."));
    m_thumbnail->setToolTip(m_thumbnail->accessibleDescription());
    m_thumbnail->setFixedSize(thumbnailSize, thumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);

    m_fileName = new PlainLabel(this);
    m_fileName->setObjectName(QStringLiteral("mediaFileName"));
    m_fileName->setAccessibleName(tr("File name"));
    m_fileName->setToolTip(QFileInfo(filePath).absoluteFilePath());
    QFont nameFont = m_fileName->font();
    nameFont.setBold(true);
    m_fileName->setFont(nameFont);
    m_fileName->setText(
        QFontMetrics(nameFont).elidedText(fileName, Qt::ElideMiddle, 6 * thumbnailSize / 2));

    m_stateLabel = new PlainLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("mediaState"));
    m_stateLabel->setAccessibleName(tr("Upload state"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("mediaUploadProgress"));
    m_progress->setAccessibleName(tr("Upload progress"));
    m_progress->setRange(0, progressSteps);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);

    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("mediaRetry"));
    m_retry->setAccessibleName(tr("Retry the upload of %1").arg(fileName));
    m_retry->setAutoDefault(false);
    m_retry->hide();

    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("mediaRemove"));
    m_remove->setAccessibleName(tr("Remove %1").arg(fileName));
    m_remove->setAutoDefault(false);
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));

    auto *descriptionLabel = new PlainLabel(tr("&Description (alt text):"), this);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("mediaDescription"));
    m_description->setAccessibleName(
        tr("Description of %1 for people who cannot see it").arg(fileName));
    m_description->setPlaceholderText(tr("Describe what it shows for people who cannot see it"));
    // Tab leaves the field, so the whole widget stays usable by keyboard.
    m_description->setTabChangesFocus(true);
    const QFontMetrics metrics(m_description->font());
    const QMargins margins = m_description->contentsMargins();
    m_description->setFixedHeight(descriptionLines * metrics.lineSpacing() +
                                  2 * int(m_description->document()->documentMargin()) +
                                  margins.top() + margins.bottom() +
                                  2 * m_description->frameWidth());
    descriptionLabel->setBuddy(m_description);

    m_assist = new DescriptionAssist(
        filePath, [this] { return m_language ? m_language() : QString(); }, this);

    m_reminder = new PlainLabel(tr("No description yet: add one so everyone can follow."), this);
    m_reminder->setObjectName(QStringLiteral("mediaDescriptionReminder"));
    m_reminder->setAccessibleName(tr("Missing description"));
    TextTone::apply(m_reminder, TextTone::Tone::Warning);
    m_reminder->setWordWrap(true);
    // Hidden, not removed, so the layout does not jump when the user starts typing.
    QSizePolicy reminderPolicy = m_reminder->sizePolicy();
    reminderPolicy.setRetainSizeWhenHidden(true);
    m_reminder->setSizePolicy(reminderPolicy);

    m_count = new PlainLabel(this);
    m_count->setObjectName(QStringLiteral("mediaDescriptionCount"));
    m_count->setAccessibleName(tr("Description characters left"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *hints = new QHBoxLayout;
    hints->addWidget(m_reminder, 1);
    hints->addWidget(m_count);

    // The buttons below the description, where Tab goes after it.
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_retry);
    actions->addWidget(m_remove);

    auto *details = new QVBoxLayout;
    details->setSpacing(4);
    details->addWidget(m_fileName);
    details->addWidget(m_stateLabel);
    details->addWidget(m_progress);
    details->addSpacing(4);
    details->addWidget(descriptionLabel);
    details->addWidget(m_assist);
    details->addWidget(m_description);
    details->addLayout(hints);
    details->addLayout(actions);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_thumbnail, 0, Qt::AlignTop);
    layout->addLayout(details, 1);

    QWidget *previous = m_thumbnail;
    for (QWidget *stop : tabStops()) {
        if (stop != previous)
            setTabOrder(previous, stop);
        previous = stop;
    }

    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        updateDescriptionHints();
        emit descriptionChanged(description());
    });
    connect(m_retry, &QPushButton::clicked, this, &MediaAttachmentWidget::retryRequested);
    connect(m_remove, &QPushButton::clicked, this, &MediaAttachmentWidget::removeRequested);
    connect(m_thumbnail, &FocusPreview::focusChanged, this, &MediaAttachmentWidget::focusChanged);
    connect(m_thumbnail, &FocusPreview::previewRequested, this,
            &MediaAttachmentWidget::openPreview);
    connect(m_assist, &DescriptionAssist::textFound, this, &MediaAttachmentWidget::takeReadText);

    showThumbnail();
    updateDescriptionHints();
    setProgress(0, 0);
}

QList<QWidget *> MediaAttachmentWidget::tabStops() const
{
    return QList<QWidget *>{m_thumbnail} + m_assist->tabStops() +
           QList<QWidget *>{m_description, m_retry, m_remove};
}

void MediaAttachmentWidget::offerEmbeddedDescription(const QString &text)
{
    if (text.isEmpty() || !isDescriptionMissing())
        return;
    m_description->setPlainText(text);
    m_assist->showNote(tr("From the file's own description: check that it says what the "
                          "picture shows."));
}

void MediaAttachmentWidget::setLanguageSource(std::function<QString()> language)
{
    m_language = std::move(language);
}

MediaFocus MediaAttachmentWidget::focusPoint() const
{
    return m_thumbnail->focus();
}

void MediaAttachmentWidget::setFocusPoint(const MediaFocus &focus)
{
    m_thumbnail->setFocusPoint(focus);
}

void MediaAttachmentWidget::showServerPreview(const QUrl &url, ImageFetcher *fetcher)
{
    fetcher->setParent(this);
    // A plain square where the picture will be, so the strip does not jump when it comes.
    QPixmap placeholder(thumbnailSize, thumbnailSize);
    placeholder.fill(Qt::transparent);
    {
        QPainter painter(&placeholder);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Midlight));
        painter.drawRoundedRect(QRectF(placeholder.rect()).adjusted(4, 4, -4, -4), 6, 6);
    }
    m_thumbnail->setPixmap(placeholder);
    connect(fetcher, &ImageFetcher::fetched, this,
            [this, fetcher](const QUrl &, const QByteArray &bytes) {
                fetcher->deleteLater();
                takeServerPreview(bytes);
            });
    fetcher->fetch(url);
}

void MediaAttachmentWidget::takeServerPreview(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (original.isValid() &&
        (original.width() > largestServerPicture || original.height() > largestServerPicture))
        reader.setScaledSize(
            original.scaled(largestServerPicture, largestServerPicture, Qt::KeepAspectRatio));
    // Empty bytes or no picture in them: the generic icon stays, as for any unreadable file.
    m_serverPicture = reader.read();
    showThumbnail();
}

void MediaAttachmentWidget::openPreview()
{
    auto *dialog = new MediaPreviewDialog(m_filePath, m_serverPicture, focusPoint(),
                                          m_thumbnail->isFocusEditable(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MediaPreviewDialog::focusChanged, this, [this](const MediaFocus &focus) {
        m_thumbnail->setFocusPoint(focus);
        emit focusChanged(focus);
    });
    // Back on the thumbnail, where the keyboard was; its window is asked to be active
    // again, as not every window manager hands the focus back when a dialog closes.
    connect(dialog, &QDialog::finished, m_thumbnail, [this] {
        window()->activateWindow();
        m_thumbnail->setFocus();
    });
    dialog->open();
}

void MediaAttachmentWidget::takeReadText(const QString &text)
{
    // Through the cursor, so Ctrl+Z in the field takes it back; text already typed stays,
    // the read text goes after it.
    QTextCursor cursor(m_description->document());
    cursor.movePosition(QTextCursor::End);
    if (!isDescriptionMissing())
        cursor.insertText(QStringLiteral("\n"));
    else
        cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    m_description->setTextCursor(cursor);
}

QString MediaAttachmentWidget::description() const
{
    return m_description->toPlainText();
}

void MediaAttachmentWidget::setDescription(const QString &description)
{
    {
        const QSignalBlocker blocker(m_description);
        m_description->setPlainText(description);
    }
    updateDescriptionHints();
}

void MediaAttachmentWidget::setDescriptionLimit(qint64 limit)
{
    m_descriptionLimit = limit;
    updateDescriptionHints();
}

bool MediaAttachmentWidget::isDescriptionMissing() const
{
    return description().trimmed().isEmpty();
}

bool MediaAttachmentWidget::isDescriptionTooLong() const
{
    return MediaFileCheck::descriptionLength(description()) > m_descriptionLimit;
}

void MediaAttachmentWidget::setProgress(qint64 sent, qint64 total)
{
    m_state = State::Uploading;
    m_retry->hide();
    m_progress->show();
    m_progress->setRange(0, progressSteps);
    const int value =
        total > 0 ? int(qBound(qint64(0), sent * progressSteps / total, qint64(progressSteps))) : 0;
    m_progress->setValue(value);
    setStateText(total > 0
                     ? tr("Uploading… %1 of %2")
                           .arg(MediaFileCheck::humanSize(sent), MediaFileCheck::humanSize(total))
                     : tr("Uploading…"),
                 TextTone::Tone::Plain);
}

void MediaAttachmentWidget::setProcessing()
{
    m_state = State::Processing;
    m_retry->hide();
    m_progress->show();
    // No percentage comes from the server while it converts, so a busy bar.
    m_progress->setRange(0, 0);
    setStateText(tr("Processing on the server…"), TextTone::Tone::Plain);
}

void MediaAttachmentWidget::setReady()
{
    m_state = State::Ready;
    m_retry->hide();
    m_progress->hide();
    setStateText(tr("Ready"), TextTone::Tone::Success);
}

void MediaAttachmentWidget::setFailed(const QString &message)
{
    m_state = State::Failed;
    m_progress->hide();
    m_retry->show();
    setStateText(message.isEmpty() ? tr("The upload failed.")
                                   : tr("The upload failed: %1").arg(message),
                 TextTone::Tone::Problem);
}

void MediaAttachmentWidget::setStateText(const QString &text, TextTone::Tone tone)
{
    m_stateLabel->setText(ServerText::plain(text, 4 * ServerText::defaultLimit));
    TextTone::apply(m_stateLabel, tone);
}

void MediaAttachmentWidget::updateDescriptionHints()
{
    const qint64 left = m_descriptionLimit - MediaFileCheck::descriptionLength(description());
    const QLocale locale;
    m_count->setText(left >= 0 ? tr("%1 left").arg(locale.toString(left))
                               : tr("%1 too many").arg(locale.toString(-left)));
    TextTone::apply(m_count, left >= 0 ? TextTone::Tone::Plain : TextTone::Tone::Problem);
    QFont font = m_count->font();
    font.setBold(left < 0);
    m_count->setFont(font);
    m_reminder->setVisible(isDescriptionMissing());
}

void MediaAttachmentWidget::showThumbnail()
{
    QImageReader reader(m_filePath);
    reader.setAutoTransform(true);
    // Media that came back from the server have no file to read.
    const QSize original = m_filePath.isEmpty() ? QSize() : reader.size();
    const qreal ratio = devicePixelRatioF();
    const int box = int(thumbnailSize * ratio);
    if (original.isValid()) {
        // Decoding at the small size is far cheaper than decoding a 24-megapixel photo
        // and scaling it afterwards.
        reader.setScaledSize(original.scaled(box, box, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull()) {
            QPixmap pixmap = QPixmap::fromImage(image);
            pixmap.setDevicePixelRatio(ratio);
            m_thumbnail->setPixmap(pixmap);
            return;
        }
    }
    if (!m_serverPicture.isNull()) {
        QPixmap pixmap = QPixmap::fromImage(
            m_serverPicture.scaled(box, box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        m_thumbnail->setFocusEditable(true);
        m_thumbnail->setPixmap(pixmap);
        return;
    }
    // Video, audio or an unreadable image: the file type's icon instead, and no focal
    // point to set.
    m_thumbnail->setFocusEditable(false);
    const QMimeType type = QMimeDatabase().mimeTypeForFile(m_filePath);
    QIcon icon = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
    if (icon.isNull())
        icon = style()->standardIcon(type.name().startsWith(QLatin1String("video/")) ||
                                             type.name().startsWith(QLatin1String("audio/"))
                                         ? QStyle::SP_MediaPlay
                                         : QStyle::SP_FileIcon);
    m_thumbnail->setPixmap(icon.pixmap(thumbnailSize / 2, thumbnailSize / 2));
}
