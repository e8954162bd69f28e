#pragma once

#include <QWidget>

class LinkLabel;
class OutboxTracker;
class QDateTime;
class QPushButton;
class QUrl;

// How the post is doing, under the composer: posting, waiting in the outbox, posted
// with a link to it; with the ways out of a wait (sign in again, unlock the
// keychain, keep it in the outbox and write another) while they apply.
class StatusLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLine)

public:
    explicit StatusLine(QWidget *parent = nullptr);

    // Shows how the tracker's entry is doing, from Post until it is confirmed.
    void follow(OutboxTracker *tracker);
    // Shown as it is, server words included; empty clears it.
    void showText(const QString &text);
    void offerSignIn(bool offered);
    // The keychain stayed locked: only the user can unlock it.
    void offerUnlock(bool offered);
    void offerLetGo(bool offered);

signals:
    void signInRequested();
    void unlockRequested();
    void letGoRequested();

private:
    // "Posted", with a link to the post when it is a web page; or when it will appear.
    void showPosted(const QUrl &url, const QDateTime &scheduledAt);

    LinkLabel *m_status;
    QPushButton *m_signInAgain;
    QPushButton *m_unlockKeychain;
    QPushButton *m_writeAnother;
};
