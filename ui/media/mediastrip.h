#pragma once

#include "api/instanceconfiguration.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class AttachmentUploads;
class ImageFetcher;
class MediaAttachmentWidget;
class QHBoxLayout;

// The composer's row of attachments: one MediaAttachmentWidget per file of an
// AttachmentUploads, showing how its upload is doing, and passing the user's alt text,
// Retry and Remove back to it. Hidden while there is no file.
class MediaStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaStrip)

public:
    explicit MediaStrip(AttachmentUploads *uploads, QWidget *parent = nullptr);

    // Adds the files, in order, until one is refused (too many, too large, a type the
    // server at `host` takes not); says why, or nothing when all were added.
    QString addFiles(const QStringList &paths, const InstanceConfiguration &limits,
                     const QString &host);
    // The instance's description_limit, for every attachment's alt text.
    void setDescriptionLimit(qint64 limit);
    // The post's language code, for reading text from pictures.
    void setLanguageSource(std::function<QString()> language);
    // Makes the downloader of the server's previews for media that have no local file
    // (redraft, edit); without it they show the generic icon.
    void setPreviewFetcher(std::function<ImageFetcher *(QObject *parent)> create);
    // Whether every attachment has a description.
    [[nodiscard]] bool isEveryAttachmentDescribed() const;
    // Before Post: true to go ahead. With an attachment undescribed and descriptions
    // required (Preferences), asks the user once; Cancel means not now.
    [[nodiscard]] bool confirmPosting();
    // Its widgets that Tab stops at, in the order of the layout.
    [[nodiscard]] QList<QWidget *> tabStops() const;

signals:
    // An attachment was added: the Tab order must take in its widgets.
    void attachmentAdded();

private:
    void onAdded(qsizetype index);
    void onStateChanged(qsizetype index);

    AttachmentUploads *m_uploads;
    QHBoxLayout *m_layout;
    QList<MediaAttachmentWidget *> m_widgets;
    qint64 m_descriptionLimit = 1500;
    std::function<QString()> m_language;
    std::function<ImageFetcher *(QObject *parent)> m_createFetcher;
};
