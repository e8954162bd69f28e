#include "mediastrip.h"

#include "media/attachmentuploads.h"
#include "media/mediaattachmentwidget.h"
#include "media/mediafilecheck.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>

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
