#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

// Says, above the composer, that what is written replaces a published post ("Editing
// your post from …"), with a Cancel button that leaves edit mode.
class EditBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditBanner)

public:
    explicit EditBanner(QWidget *parent = nullptr);

    // `publishedAt` is when the post was first published (UTC); invalid when unknown.
    void showFor(const QDateTime &publishedAt);

signals:
    void cancelRequested();

private:
    QLabel *m_text;
    QPushButton *m_cancel;
};
