#include "outbox.h"

#include "api/apiclient.h"
#include "api/scheduledstatus.h"
#include "api/status.h"
#include "outbox/statusrequest.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOutbox, "posthorn.outbox")

Outbox::Outbox(const OutboxStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_entries(store.loadAll())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::sendNext);
    qCDebug(lcOutbox) << m_entries.size() << "entries loaded";
}

Outbox::~Outbox()
{
    // An answer still on its way is lost with us; the entry on disk says "waiting", so
    // the next run sends it again under the same key and the server keeps one status.
    if (m_reply)
        m_reply->disconnect(this);
}

void Outbox::setClient(const QString &accountKey, ApiClient *client)
{
    ApiClient *previous = m_clients.value(accountKey).data();
    if (previous && previous != client)
        previous->disconnect(this);
    m_clients.insert(accountKey, client);
    if (client) {
        connect(client, &QObject::destroyed, this,
                [this, accountKey] { onClientDestroyed(accountKey); });
        for (OutboxEntry &entry : m_entries) {
            if (entry.draft.accountKey == accountKey &&
                entry.state == OutboxEntry::State::NeedsSignIn) {
                entry.state = OutboxEntry::State::Waiting;
                entry.nextAttemptAt = {};
                persist(entry);
                emit entryChanged(entry.id);
            }
        }
    }
    scheduleNext();
}

QString Outbox::enqueue(const Draft &draft, QString *error)
{
    const OutboxEntry entry = OutboxEntry::create(draft);
    QString problem;
    if (!m_store.save(entry, &problem)) {
        if (error)
            *error = problem;
        return {};
    }
    m_entries.append(entry);
    emit entryAdded(entry.id);
    scheduleNext();
    return entry.id;
}

std::optional<OutboxEntry> Outbox::entry(const QString &entryId) const
{
    for (const OutboxEntry &entry : m_entries) {
        if (entry.id == entryId)
            return entry;
    }
    return std::nullopt;
}

void Outbox::retry(const QString &entryId)
{
    OutboxEntry *entry = find(entryId);
    if (!entry || entry->state == OutboxEntry::State::Sending)
        return;
    entry->state = OutboxEntry::State::Waiting;
    entry->nextAttemptAt = {};
    persist(*entry);
    emit entryChanged(entryId);
    scheduleNext();
}

void Outbox::discard(const QString &entryId)
{
    if (entryId == m_currentId) {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
        }
        m_currentId.clear();
    }
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const OutboxEntry &e) { return e.id == entryId; });
    if (it == m_entries.end())
        return;
    m_entries.erase(it);
    m_store.remove(entryId);
    emit entryRemoved(entryId);
    scheduleNext();
}

void Outbox::scheduleNext()
{
    if (!m_currentId.isEmpty())
        return;
    std::optional<QDateTime> earliest;
    for (const OutboxEntry &entry : m_entries) {
        if (entry.state != OutboxEntry::State::Waiting || !clientFor(entry))
            continue;
        const QDateTime due =
            entry.nextAttemptAt.isValid() ? entry.nextAttemptAt : QDateTime::fromSecsSinceEpoch(0);
        if (!earliest || due < *earliest)
            earliest = due;
    }
    if (!earliest) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(*earliest));
    m_timer.start(std::chrono::milliseconds(wait));
}

void Outbox::sendNext()
{
    if (!m_currentId.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Oldest due entry first, so posts reach the server in the order they were made.
    for (OutboxEntry &entry : m_entries) {
        if (entry.state != OutboxEntry::State::Waiting || !clientFor(entry))
            continue;
        if (entry.nextAttemptAt.isValid() && entry.nextAttemptAt > now)
            continue;
        m_currentId = entry.id;
        entry.state = OutboxEntry::State::Sending;
        emit entryChanged(entry.id);
        if (entry.postedIds.isEmpty())
            putDescriptions(0);
        else
            postPart();
        return;
    }
    scheduleNext();
}

void Outbox::putDescriptions(qsizetype index)
{
    OutboxEntry *entry = find(m_currentId);
    if (!entry)
        return;
    // The alt text typed after the upload reaches the server here; PUT is safe to repeat.
    const QList<DraftAttachment> &attachments = entry->draft.attachments;
    while (index < attachments.size() && attachments.at(index).description.isEmpty())
        ++index;
    if (index >= attachments.size()) {
        postPart();
        return;
    }
    m_reply = clientFor(*entry)->putJson(
        QStringLiteral("/api/v1/media/") + attachments.at(index).mediaId,
        QJsonObject{{QStringLiteral("description"), attachments.at(index).description}});
    connect(m_reply, &ApiReply::finished, this,
            [this, index](const ApiResult &result) { onDescriptionPut(result, index); });
}

void Outbox::onDescriptionPut(const ApiResult &result, qsizetype index)
{
    m_reply = nullptr;
    if (!result.ok()) {
        onSendFailed(result.error);
        return;
    }
    putDescriptions(index + 1);
}

void Outbox::postPart()
{
    OutboxEntry *entry = find(m_currentId);
    if (!entry)
        return;
    const qsizetype part = entry->postedIds.size();
    const QString inReplyTo = part > 0 ? entry->postedIds.constLast() : QString();
    m_reply = clientFor(*entry)->postJson(
        QStringLiteral("/api/v1/statuses"), StatusRequest::body(entry->draft, part, inReplyTo),
        {{QByteArrayLiteral("Idempotency-Key"), entry->idempotencyKey(part).toLatin1()}});
    connect(m_reply, &ApiReply::finished, this, &Outbox::onPartPosted);
}

void Outbox::onPartPosted(const ApiResult &result)
{
    m_reply = nullptr;
    OutboxEntry *entry = find(m_currentId);
    if (!entry)
        return;
    if (!result.ok()) {
        onSendFailed(result.error);
        return;
    }
    ApiError problem;
    QString id;
    QUrl url;
    QDateTime scheduledAt;
    if (ScheduledStatus::isScheduledStatus(result.jsonValue())) {
        if (const auto scheduled = result.parseAs<ScheduledStatus>(&problem)) {
            id = scheduled->id;
            scheduledAt = scheduled->scheduledAt;
        }
    } else if (const auto status = result.parseAs<Status>(&problem)) {
        id = status->id;
        url = status->url;
    }
    if (id.isEmpty()) {
        // The server may well have made the status; the retry under the same key gets
        // it back instead of making another.
        onSendFailed(problem);
        return;
    }
    if (entry->postedIds.isEmpty())
        entry->firstUrl = url;
    entry->postedIds.append(id);
    entry->attempts = 0;
    entry->lastError.clear();
    if (!entry->isComplete()) {
        persist(*entry);
        emit entryChanged(entry->id);
        postPart();
        return;
    }
    const QString entryId = entry->id;
    const QUrl firstUrl = entry->firstUrl;
    m_store.remove(entryId);
    m_entries.removeIf([&](const OutboxEntry &e) { return e.id == entryId; });
    m_currentId.clear();
    emit posted(entryId, firstUrl, scheduledAt);
    emit entryRemoved(entryId);
    scheduleNext();
}

void Outbox::onSendFailed(const ApiError &error)
{
    OutboxEntry *entry = find(m_currentId);
    if (!entry)
        return;
    entry->lastError = error.serverMessage.isEmpty() ? error.message : error.serverMessage;
    qCDebug(lcOutbox).noquote() << "send failed:" << ApiError::kindName(error.kind);
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        entry->state = OutboxEntry::State::NeedsSignIn;
        m_clients.insert(entry->draft.accountKey, nullptr);
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Cancelled:
        entry->state = OutboxEntry::State::Waiting;
        ++entry->attempts;
        entry->nextAttemptAt =
            error.kind == ApiError::Kind::RateLimited && error.retryAt.isValid()
                ? error.retryAt
                : QDateTime::currentDateTimeUtc().addMSecs(backoff(entry->attempts).count());
        break;
    default:
        entry->state = OutboxEntry::State::Failed;
        break;
    }
    const QString accountKey = entry->draft.accountKey;
    const bool needsSignIn = entry->state == OutboxEntry::State::NeedsSignIn;
    persist(*entry);
    m_currentId.clear();
    emit entryChanged(entry->id);
    if (needsSignIn)
        emit signInRequired(accountKey);
    scheduleNext();
}

void Outbox::onClientDestroyed(const QString &accountKey)
{
    // Its replies die with it without an answer; whatever was out is sent again later.
    OutboxEntry *entry = find(m_currentId);
    if (!entry || entry->draft.accountKey != accountKey)
        return;
    entry->state = OutboxEntry::State::Waiting;
    m_currentId.clear();
    emit entryChanged(entry->id);
    scheduleNext();
}

std::chrono::milliseconds Outbox::backoff(int attempts) const
{
    const int doublings = std::clamp(attempts - 1, 0, 16);
    const qint64 delay = m_retryDelay.count() << doublings;
    return std::chrono::milliseconds(std::min<qint64>(delay, maxRetryDelay.count()));
}

OutboxEntry *Outbox::find(const QString &entryId)
{
    for (OutboxEntry &entry : m_entries) {
        if (entry.id == entryId)
            return &entry;
    }
    return nullptr;
}

ApiClient *Outbox::clientFor(const OutboxEntry &entry) const
{
    return m_clients.value(entry.draft.accountKey).data();
}

void Outbox::persist(const OutboxEntry &entry)
{
    QString error;
    if (!m_store.save(entry, &error))
        emit saveFailed(error);
}
