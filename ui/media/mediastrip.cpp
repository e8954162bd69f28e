#include "mediastrip.h"

#include "media/attachmentuploads.h"
#include "media/embeddeddescription.h"
#include "media/mediaattachmentwidget.h"
#include "media/mediafilecheck.h"
#include "settings/apppreferences.h"
#include "text/plainmessagebox.h"

#include <QPushButton>

#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QUrl>

#include <algorithm>

MediaStrip::MediaStrip(AttachmentUploads *uploads, QWidget *parent)
    : QWidget(parent)
    , m_uploads(uploads)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("mediaStrip"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch();
    setVisible(false);

    connect(m_uploads, &AttachmentUploads::added, this, &MediaStrip::onAdded);
    connect(m_uploads, &AttachmentUploads::removed, this, [this](qsizetype index) {
        m_widgets.takeAt(index)->deleteLater();
        setVisible(!m_widgets.isEmpty());
    });
    connect(m_uploads, &AttachmentUploads::cleared, this, [this] {
        for (MediaAttachmentWidget *widget : std::as_const(m_widgets))
            widget->deleteLater();
        m_widgets.clear();
        setVisible(false);
    });
    connect(m_uploads, &AttachmentUploads::progressed, this,
            [this](qsizetype index, qint64 sent, qint64 total) {
                m_widgets.at(index)->setProgress(sent, total);
            });
    connect(m_uploads, &AttachmentUploads::stateChanged, this, &MediaStrip::onStateChanged);
}

QString MediaStrip::addFiles(const QStringList &paths, const InstanceConfiguration &limits,
                             const QString &host)
{
    for (const QString &path : paths) {
        QString problem = MediaFileCheck::checkCount(m_uploads->size(), limits);
        if (problem.isEmpty()) {
            problem = MediaFileCheck::checkFile(path, QFileInfo(path).size(), limits, host,
                                                QImageReader(path).size());
        }
        if (!problem.isEmpty())
            return problem;
        m_uploads->add(DraftAttachment{path, QString(), QString()});
    }
    return QString();
}

void MediaStrip::setDescriptionLimit(qint64 limit)
{
    m_descriptionLimit = limit;
    for (MediaAttachmentWidget *widget : std::as_const(m_widgets))
        widget->setDescriptionLimit(limit);
}

void MediaStrip::setLanguageSource(std::function<QString()> language)
{
    m_language = std::move(language);
}

void MediaStrip::setPreviewFetcher(std::function<ImageFetcher *(QObject *parent)> create)
{
    m_createFetcher = std::move(create);
}

bool MediaStrip::isEveryAttachmentDescribed() const
{
    return std::none_of(
        m_widgets.cbegin(), m_widgets.cend(),
        [](const MediaAttachmentWidget *widget) { return widget->isDescriptionMissing(); });
}

bool MediaStrip::confirmPosting()
{
    if (isEveryAttachmentDescribed() || !AppPreferences::requireDescriptions())
        return true;
    PlainMessageBox box(QMessageBox::Question, tr("Post without a description?"),
                        tr("Post without a description?"), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("undescribedMediaQuestion"));
    box.setPlainInformativeText(
        tr("Descriptions let people who cannot see the picture know what it shows. "
           "Preferences can turn this question off."));
    QPushButton *post = box.addButton(tr("&Post Anyway"), QMessageBox::AcceptRole);
    post->setObjectName(QStringLiteral("postWithoutDescription"));
    // Cancel first: Return must not post what the user may have missed.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == post;
}

QList<QWidget *> MediaStrip::tabStops() const
{
    QList<QWidget *> stops;
    for (const MediaAttachmentWidget *widget : m_widgets)
        stops += widget->tabStops();
    return stops;
}

void MediaStrip::onAdded(qsizetype index)
{
    const DraftAttachment data = m_uploads->attachments().at(index);
    auto *widget = new MediaAttachmentWidget(data.localPath, this);
    widget->setDescriptionLimit(m_descriptionLimit);
    widget->setDescription(data.description);
    widget->setFocusPoint(MediaFocus::fromString(data.focus));
    widget->setLanguageSource([this] { return m_language ? m_language() : QString(); });
    if (data.localPath.isEmpty() && !data.previewUrl.isEmpty() && m_createFetcher)
        widget->showServerPreview(QUrl(data.previewUrl), m_createFetcher(widget));
    m_layout->insertWidget(int(index), widget);
    m_widgets.insert(index, widget);
    connect(widget, &MediaAttachmentWidget::descriptionChanged, this,
            [this, widget](const QString &description) {
                m_uploads->setDescription(m_widgets.indexOf(widget), description);
            });
    connect(widget, &MediaAttachmentWidget::removeRequested, this,
            [this, widget] { m_uploads->remove(m_widgets.indexOf(widget)); });
    connect(widget, &MediaAttachmentWidget::retryRequested, this,
            [this, widget] { m_uploads->retry(m_widgets.indexOf(widget)); });
    connect(widget, &MediaAttachmentWidget::focusChanged, this,
            [this, widget](const MediaFocus &focus) {
                m_uploads->setFocus(m_widgets.indexOf(widget), focus.toString());
            });
    // A new file (not one restored with its draft) starts with the description its
    // metadata carries, if any.
    if (data.description.isEmpty() && data.mediaId.isEmpty())
        widget->offerEmbeddedDescription(EmbeddedDescription::read(data.localPath));
    onStateChanged(index);
    setVisible(true);
    emit attachmentAdded();
}

void MediaStrip::onStateChanged(qsizetype index)
{
    MediaAttachmentWidget *widget = m_widgets.at(index);
    switch (m_uploads->state(index)) {
    case AttachmentUploads::State::Uploading:
        // The widget shows it from the first bytes sent (progressed()).
        break;
    case AttachmentUploads::State::Processing:
        widget->setProcessing();
        break;
    case AttachmentUploads::State::Ready:
        widget->setReady();
        break;
    case AttachmentUploads::State::Failed:
        widget->setFailed(m_uploads->problem(index));
        break;
    }
}
