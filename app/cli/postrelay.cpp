#include "postrelay.h"

#include "compose/draft.h"
#include "outbox/outbox.h"
#include "outbox/outboxentrywatch.h"
#include "outbox/postoutcome.h"
#include "settings/undosendpreference.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(lcPostRelay, "posthorn.cli.relay")

} // namespace

PostRelay::PostRelay(Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{}

void PostRelay::handle(const QByteArray &message, QLocalSocket *socket)
{
    const QJsonObject request = QJsonDocument::fromJson(message).object();
    const QJsonObject draftJson = request.value(QStringLiteral("post")).toObject();
    PostOutcome refusal;
    refusal.kind = PostOutcome::Kind::Refused;
    if (draftJson.isEmpty() || !Draft::isIntact(draftJson) || !m_outbox) {
        qCWarning(lcPostRelay) << "refused a request it cannot read from a later start";
        refusal.message = tr("The running Posthorn could not read the post.");
        answer(socket, QJsonDocument(refusal.toJson()).toJson(QJsonDocument::Compact));
        return;
    }
    // A command run with --delay: held like a post from the composer, at most as long
    // as the longest delay the Preferences offer.
    const std::chrono::seconds delay(
        qBound(qint64(0), request.value(QStringLiteral("delaySeconds")).toInteger(),
               qint64(UndoSendPreference::choices().constLast().count())));
    QString error;
    const QString entryId = m_outbox->enqueueHeld(Draft::fromJson(draftJson), delay, &error);
    if (entryId.isEmpty()) {
        PostOutcome unsaved;
        unsaved.kind = PostOutcome::Kind::Refused;
        unsaved.message =
            tr("The post could not be saved in the outbox, so nothing was sent: %1").arg(error);
        answer(socket, QJsonDocument(unsaved.toJson()).toJson(QJsonDocument::Compact));
        return;
    }
    auto *watch = new OutboxEntryWatch(m_outbox, entryId, this);
    const QPointer<QLocalSocket> waiting(socket);
    connect(watch, &OutboxEntryWatch::finished, this, [watch, waiting](const PostOutcome &outcome) {
        watch->deleteLater();
        if (waiting)
            answer(waiting, QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Compact));
    });
    watch->start();
}

void PostRelay::answer(QLocalSocket *socket, const QByteArray &line)
{
    socket->write(line + '\n');
    socket->flush();
    socket->disconnectFromServer();
}
