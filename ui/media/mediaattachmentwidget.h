#pragma once

#include "media/mediafocus.h"
#include "texttone.h"

#include <QFrame>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

class DescriptionAssist;
class FocusPreview;
class ImageFetcher;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QUrl;

// One attachment in the composer: a preview of the local file, its name, the alt text
// with the characters left and a reminder while it is missing, and how the upload is
// doing (progress, processing, ready, failed with Retry). It only shows state: the
// composer owns the MediaUpload and feeds its signals to the setters.
class MediaAttachmentWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaAttachmentWidget)

public:
    enum class State { Uploading, Processing, Ready, Failed };
    Q_ENUM(State)

    static constexpr int thumbnailSize = 96;

    explicit MediaAttachmentWidget(const QString &filePath, QWidget *parent = nullptr);

    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] State state() const { return m_state; }
    // Its widgets that Tab stops at, in the order of the layout.
    [[nodiscard]] QList<QWidget *> tabStops() const;

    [[nodiscard]] QString description() const;
    // For a restored draft; does not emit descriptionChanged().
    void setDescription(const QString &description);
    // The instance's description_limit (1500 on a stock server).
    void setDescriptionLimit(qint64 limit);
    [[nodiscard]] qint64 descriptionLimit() const { return m_descriptionLimit; }
    [[nodiscard]] bool isDescriptionMissing() const;
    // The text the file's metadata carries, as the starting description: taken only
    // while the description is empty, with a note so the user checks it.
    void offerEmbeddedDescription(const QString &text);
    // The post's language, for reading text from the picture.
    void setLanguageSource(std::function<QString()> language);

    [[nodiscard]] MediaFocus focusPoint() const;
    // For a restored draft; does not emit focusChanged().
    void setFocusPoint(const MediaFocus &focus);
    // For media with no local file (redraft, edit): shows a placeholder while `fetcher`,
    // which this widget takes over, downloads the server's preview at `url`, then the
    // picture, or the generic icon when it cannot be had.
    void showServerPreview(const QUrl &url, ImageFetcher *fetcher);
    // The larger preview (Space or a double-click on the thumbnail).
    void openPreview();
    [[nodiscard]] bool isDescriptionTooLong() const;

    // Bytes sent so far; shows the uploading state.
    void setProgress(qint64 sent, qint64 total);
    // The server has the file and is still converting it.
    void setProcessing();
    void setReady();
    // `message` says what went wrong; Retry becomes available.
    void setFailed(const QString &message);

signals:
    void removeRequested();
    void descriptionChanged(const QString &description);
    void retryRequested();
    void focusChanged(const MediaFocus &focus);

private:
    void showThumbnail();
    void takeServerPreview(const QByteArray &bytes);
    void takeReadText(const QString &text);
    void updateDescriptionHints();
    void setStateText(const QString &text, TextTone::Tone tone);

    QString m_filePath;
    // The server's preview, when there is no local file to read.
    QImage m_serverPicture;
    State m_state = State::Uploading;
    qint64 m_descriptionLimit = 1500;
    std::function<QString()> m_language;
    FocusPreview *m_thumbnail;
    DescriptionAssist *m_assist;
    QLabel *m_fileName;
    QLabel *m_stateLabel;
    QProgressBar *m_progress;
    QPlainTextEdit *m_description;
    QLabel *m_reminder;
    QLabel *m_count;
    QPushButton *m_retry;
    QPushButton *m_remove;
};
