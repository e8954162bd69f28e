#pragma once

#include "compose/draftattachment.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ApiClient;
class MediaUpload;
class QIODevice;

// A draft's media files and their uploads to the posting account's server: each file
// is uploaded until the server has processed it and its id can go into the post.
// Media ids belong to the server that made them, so another account's server gets its
// own upload of the same files (uploadAgain()). A failed upload waits for retry().
class AttachmentUploads final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentUploads)

public:
    enum class State { Uploading, Processing, Ready, Failed };
    Q_ENUM(State)

    // `client` gives the posting account's client, or null while it is not connected,
    // each time an upload starts; the client must outlive the uploads it is given to.
    explicit AttachmentUploads(std::function<ApiClient *()> client, QObject *parent = nullptr);
    ~AttachmentUploads() override;

    // Starts the uploads of files that have neither a media id nor an upload under way
    // (after the posting account's session changed).
    void uploadWaiting();
    // Another account posts now: every file is uploaded again, to its server.
    void uploadAgain();

    // Uploads the file unless the draft already has its media id.
    void add(const DraftAttachment &attachment);
    void remove(qsizetype index);
    void clear();
    // Uploads the file again, after it failed.
    void retry(qsizetype index);
    void setDescription(qsizetype index, const QString &description);
    // `focus` as "x,y" (MediaFocus); sent with the upload, or before posting.
    void setFocus(qsizetype index, const QString &focus);

    // A pasted picture gets a file of its own in `directory`, so the draft survives a
    // restart. `encode` writes it (PNG encoding of a large screenshot takes a while:
    // it runs on another thread); pastedImageSaved() or pastedImageFailed() follows.
    void savePastedImage(const QString &directory, std::function<bool(QIODevice *)> encode);

    [[nodiscard]] QList<DraftAttachment> attachments() const;
    [[nodiscard]] qsizetype size() const { return m_items.size(); }
    [[nodiscard]] bool isEmpty() const { return m_items.isEmpty(); }
    // Every file has its media id: the post can go out.
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] State state(qsizetype index) const;
    // Why the upload failed, for the user.
    [[nodiscard]] QString problem(qsizetype index) const;

signals:
    void added(qsizetype index);
    void removed(qsizetype index);
    void cleared();
    void progressed(qsizetype index, qint64 sent, qint64 total);
    void stateChanged(qsizetype index, AttachmentUploads::State state);
    // What goes into the draft changed: a media id, a description, a file less.
    void changed();
    void pastedImageSaved(const QString &path);
    void pastedImageFailed(const QString &message);

private:
    struct Item
    {
        DraftAttachment data;
        QPointer<MediaUpload> upload;
        State state = State::Uploading;
        QString problem;
    };

    void startUpload(qsizetype index);
    void setState(qsizetype index, State state, const QString &problem = QString());
    [[nodiscard]] qsizetype indexOf(const MediaUpload *upload) const;

    std::function<ApiClient *()> m_client;
    QList<Item> m_items;
};
