#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

class Outbox;
class PlainLabel;
class QPushButton;

// Undo send, under the composer: while the composer's post waits out its delay in the
// outbox, says in how many seconds it goes out and offers Undo. Hidden otherwise.
class SendCountdown final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendCountdown)

public:
    explicit SendCountdown(Outbox *outbox, QWidget *parent = nullptr);

    // The entry the composer follows; empty when none.
    void follow(const QString &entryId);

signals:
    void undoRequested();

private:
    void tick();

    Outbox *m_outbox;
    PlainLabel *m_text;
    QPushButton *m_undo;
    QTimer m_ticker;
    QString m_entryId;
};
