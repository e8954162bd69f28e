#pragma once

#include <QWidget>

class AppContext;
class ComposerWidget;
class QLabel;

// A small composer beside the tray (or the mouse) for a quick post: the same composer
// as the main window's, without threads, polls and scheduling, and a draft of its own.
// Escape hides it; it keeps its text until the post is confirmed.
class QuickPostWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickPostWindow)

public:
    explicit QuickPostWindow(AppContext *context, QWidget *parent = nullptr);

    [[nodiscard]] ComposerWidget *composer() const { return m_composer; }
    // Shows the window next to `anchor` (the tray icon), or near the mouse when the
    // anchor is empty, and puts the cursor in the text. Where the user moved it, it stays.
    // `activationToken`: see WindowActivation.
    void showNear(const QRect &anchor, const QString &activationToken = {});
    // Hide once the server confirmed the post (when a tray can say so instead).
    void setHidesAfterPosting(bool hides) { m_hidesAfterPosting = hides; }

signals:
    // The window went away (Escape, its close button, or a post that went out).
    void dismissed();
    void openMainWindowRequested();
    void signInRequested(const QString &accountKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void dismiss();
    [[nodiscard]] QPoint placeNear(const QRect &anchor) const;

    ComposerWidget *m_composer;
    QLabel *m_title;
    bool m_hidesAfterPosting = false;
    bool m_movedByUser = false;
};
