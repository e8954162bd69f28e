#pragma once

#include <QPlainTextEdit>
#include <QStringList>
#include <QUrl>

class QImage;

// The composer's text field. Pasted or dropped pictures become attachments instead of
// being lost; text is inserted as plain text.
class ComposerTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerTextEdit)

public:
    explicit ComposerTextEdit(QWidget *parent = nullptr);

signals:
    void imagePasted(const QImage &image);
    void filesDropped(const QStringList &paths);
    // A post's link was pasted (as text, which stays): it may be replied to or quoted.
    void postLinkPasted(const QUrl &url);
    // The field got the keyboard: mentions from search go to the post last written in.
    void focusReceived();

protected:
    [[nodiscard]] bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void focusInEvent(QFocusEvent *event) override;
};
