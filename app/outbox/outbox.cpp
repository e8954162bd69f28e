#include "outbox.h"

#include "api/apiclient.h"
#include "api/scheduledstatus.h"
#include "api/status.h"
#include "outbox/statusrequest.h"

#include <QLoggingCategory>
#include <QSet>

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
    m_clients.insert(accountKey, client);
    if (client) {
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
    entry->refused = false;
    // The user decided: send, even if an earlier attempt is too old to be recognised.
    entry->partSentAt = {};
    persist(*entry);
    emit entryChanged(entryId);
    scheduleNext();
}

void Outbox::discard(const QString &entryId)
{
    if (entryId == m_currentId) {
        ++m_requestSerial;
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
    if (!m_store.remove(entryId))
        emit saveFailed(tr("The discarded post could not be removed from the outbox folder "
                           "%1; delete its file %2.json.")
                            .arg(m_store.directory(), entryId));
    emit entryRemoved(entryId);
    scheduleNext();
}

QList<OutboxEntry *> Outbox::candidates()
{
    QList<OutboxEntry *> found;
    QSet<QString> seen;
    for (OutboxEntry &entry : m_entries) {
        if (entry.state == OutboxEntry::State::Failed)
            continue;
        const QString account = entry.draft.accountKey;
        if (seen.contains(account))
            continue;
        seen.insert(account);
        if (entry.state == OutboxEntry::State::Waiting && clientFor(entry))
            found.append(&entry);
    }
    return found;
}

void Outbox::scheduleNext()
{
    if (!m_currentId.isEmpty())
        return;
    std::optional<QDateTime> earliest;
    const QList<OutboxEntry *> due = candidates();
    for (const OutboxEntry *entry : due) {
        const QDateTime at = entry->nextAttemptAt.isValid() ? entry->nextAttemptAt
                                                            : QDateTime::fromSecsSinceEpoch(0);
        if (!earliest || at < *earliest)
            earliest = at;
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
    const QList<OutboxEntry *> due = candidates();
    for (OutboxEntry *entry : due) {
        if (entry->nextAttemptAt.isValid() && entry->nextAttemptAt > now)
            continue;
        if (entry->partSentAt.isValid() &&
            entry->partSentAt.addSecs(std::chrono::seconds(keyLifetime).count()) < now) {
            giveUp(*entry,
                   tr("Posthorn could not confirm for over an hour whether this post was "
                      "published. Check your profile, then send it again or discard it."),
                   false);
            continue;
        }
        m_currentId = entry->id;
        entry->state = OutboxEntry::State::Sending;
        emit entryChanged(entry->id);
        if (entry->postedIds.isEmpty())
            putDescriptions(0);
        else
            postPart();
        return;
    }
    scheduleNext();
}

void Outbox::watch(ApiReply *reply)
{
    m_reply = reply;
    const quint64 serial = ++m_requestSerial;
    // A reply dies without an answer when its client goes (sign-out, a new sign-in):
    // the entry must not stay "sending" for ever.
    connect(reply, &QObject::destroyed, this, [this, serial] {
        if (serial == m_requestSerial)
            abandonCurrent();
    });
}

void Outbox::answered()
{
    // The reply deletes itself later; its destruction then means nothing.
    m_reply = nullptr;
    ++m_requestSerial;
}

void Outbox::abandonCurrent()
{
    OutboxEntry *entry = find(m_currentId);
    m_currentId.clear();
    if (entry) {
        entry->state = OutboxEntry::State::Waiting;
        persist(*entry);
        emit entryChanged(entry->id);
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
    ApiClient *client = clientFor(*entry);
    if (!client) {
        abandonCurrent();
        return;
    }
    ApiReply *reply = client->putJson(
        QStringLiteral("/api/v1/media/") + attachments.at(index).mediaId,
        QJsonObject{{QStringLiteral("description"), attachments.at(index).description}});
    watch(reply);
    connect(reply, &ApiReply::finished, this,
            [this, index](const ApiResult &result) { onDescriptionPut(result, index); });
}

void Outbox::onDescriptionPut(const ApiResult &result, qsizetype index)
{
    answered();
    // Mastodon answers 404 for media already attached to a status: an earlier attempt
    // published the post, and the POST under the same key will say so.
    if (!result.ok() && result.error.kind != ApiError::Kind::NotFound) {
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
    ApiClient *client = clientFor(*entry);
    if (!client) {
        abandonCurrent();
        return;
    }
    const qsizetype part = entry->postedIds.size();
    const QString inReplyTo = part > 0 ? entry->postedIds.constLast() : QString();
    if (!entry->partSentAt.isValid()) {
        // On disk before the request leaves, so a crash cannot hide that it may have.
        entry->partSentAt = QDateTime::currentDateTimeUtc();
        persist(*entry);
    }
    ApiReply *reply = client->postJson(
        QStringLiteral("/api/v1/statuses"), StatusRequest::body(entry->draft, part, inReplyTo),
        {{QByteArrayLiteral("Idempotency-Key"), entry->idempotencyKey(part).toLatin1()}});
    watch(reply);
    connect(reply, &ApiReply::finished, this, &Outbox::onPartPosted);
}

void Outbox::onPartPosted(const ApiResult &result)
{
    answered();
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
        // A 2xx without a usable status: it may well be out, so the user decides.
        onSendFailed(problem);
        return;
    }
    if (entry->postedIds.isEmpty())
        entry->firstUrl = url;
    entry->postedIds.append(id);
    entry->attempts = 0;
    entry->lastError.clear();
    entry->partSentAt = {};
    if (!entry->isComplete()) {
        persist(*entry);
        emit entryChanged(entry->id);
        postPart();
        return;
    }
    const QString entryId = entry->id;
    const QUrl firstUrl = entry->firstUrl;
    if (!m_store.remove(entryId))
        emit saveFailed(tr("A published post could not be removed from the outbox folder "
                           "%1; delete its file %2.json so it is not sent again.")
                            .arg(m_store.directory(), entryId));
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
    const QString reason = error.serverMessage.isEmpty() ? error.message : error.serverMessage;
    qCDebug(lcOutbox).noquote() << "send failed:" << ApiError::kindName(error.kind);
    switch (error.kind) {
    case ApiError::Kind::Unauthorized: {
        entry->lastError = reason;
        entry->state = OutboxEntry::State::NeedsSignIn;
        const QString accountKey = entry->draft.accountKey;
        m_clients.insert(accountKey, nullptr);
        persist(*entry);
        m_currentId.clear();
        emit entryChanged(entry->id);
        emit signInRequired(accountKey);
        scheduleNext();
        return;
    }
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Cancelled: {
        entry->lastError = reason;
        entry->state = OutboxEntry::State::Waiting;
        ++entry->attempts;
        QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(backoff(entry->attempts).count());
        // Not before the server's reset, and never at once even if the clocks disagree.
        if (error.kind == ApiError::Kind::RateLimited && error.retryAt > next)
            next = error.retryAt;
        entry->nextAttemptAt = next;
        persist(*entry);
        m_currentId.clear();
        emit entryChanged(entry->id);
        scheduleNext();
        return;
    }
    case ApiError::Kind::Malformed:
        // A 2xx the client cannot read: the post may well be out. Resending is safe
        // within the key's hour, but whether to is the user's call.
        giveUp(*entry,
               tr("The server's answer could not be read, so the post may have been "
                  "published. Check your profile, then send it again or discard it."),
               false);
        return;
    case ApiError::Kind::Validation:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
        giveUp(*entry, reason, true);
        return;
    default:
        giveUp(*entry, reason, false);
        return;
    }
}

void Outbox::giveUp(OutboxEntry &entry, const QString &message, bool refused)
{
    entry.state = OutboxEntry::State::Failed;
    entry.lastError = message;
    entry.refused = refused;
    persist(entry);
    if (entry.id == m_currentId)
        m_currentId.clear();
    emit entryChanged(entry.id);
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
