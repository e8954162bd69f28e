#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class Outbox;
class QLocalSocket;

// The running Posthorn's side of `posthorn post`: takes the draft a command hands over
// the single-instance socket, puts it in this process's outbox (the one writer), and
// answers with how it ended (a PostOutcome as one JSON line). A command that goes
// away does not take the post with it: the outbox keeps sending it.
class PostRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostRelay)

public:
    explicit PostRelay(Outbox *outbox, QObject *parent = nullptr);

    // A request from SingleInstance::requestReceived(). Answers on `socket` and closes it.
    void handle(const QByteArray &message, QLocalSocket *socket);

private:
    static void answer(QLocalSocket *socket, const QByteArray &line);

    QPointer<Outbox> m_outbox;
};
