#pragma once

#include <QWidget>

class LinkLabel;
class QPushButton;
class QUrl;

// How the post is doing, under the composer: posting, waiting in the outbox, posted
// with a link to it; with the ways out of a wait (sign in again, keep it in the
// outbox and write another) while they apply.
class StatusLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLine)

public:
    explicit StatusLine(QWidget *parent = nullptr);

    // Shown as it is, server words included; empty clears it.
    void showText(const QString &text);
    // "Posted", with a link to the post when it is a web page.
    void showPosted(const QUrl &url);
    void offerSignIn(bool offered);
    void offerLetGo(bool offered);

signals:
    void signInRequested();
    void letGoRequested();

private:
    LinkLabel *m_status;
    QPushButton *m_signInAgain;
    QPushButton *m_writeAnother;
};
