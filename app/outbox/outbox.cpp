#include "outbox.h"

#include "api/apiclient.h"
#include "api/scheduledstatus.h"
#include "api/status.h"
#include "outbox/statuseditrequest.h"
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
    return enqueueHeld(draft, std::chrono::seconds(0), error);
}

QString Outbox::enqueueHeld(const Draft &draft, std::chrono::seconds delay, QString *error)
{
    OutboxEntry entry = OutboxEntry::create(draft);
    if (delay.count() > 0)
        entry.notBefore = entry.createdAt.addSecs(delay.count());
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

bool Outbox::requestUndo(const QString &entryId)
{
    const OutboxEntry *held = find(entryId);
    if (!held || entryId == m_currentId || !held->isHeld(QDateTime::currentDateTimeUtc()))
        return false;
    emit undoRequested(entryId);
    return true;
}

void Outbox::retry(const QString &entryId)
{
    OutboxEntry *entry = find(entryId);
    if (!entry || entry->state == OutboxEntry::State::Sending ||
        entry->state == OutboxEntry::State::Checking)
        return;
    // Nothing of a refused part is out; one not found after its hour is sent again
    // because the user said so. Any other part that may be out keeps its sent-time, so
    // it is looked for (or resent under the same key) rather than posted anew.
    if (entry->refused || entry->notFound) {
        entry->partSentAt = {};
        entry->uncertain = false;
    }
    entry->state = OutboxEntry::State::Waiting;
    entry->nextAttemptAt = {};
    // "Send now" on a post in its undo delay.
    entry->notBefore = {};
    entry->refused = false;
    entry->notFound = false;
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
        delete m_settler;
        delete m_editSettler;
        delete m_guard;
        delete m_mediaUploader;
        m_currentId.clear();
    }
    m_allowedMentions.remove(entryId);
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

QDateTime Outbox::dueAt(const OutboxEntry &entry)
{
    const QDateTime retryAt =
        entry.nextAttemptAt.isValid() ? entry.nextAttemptAt : QDateTime::fromSecsSinceEpoch(0);
    return entry.notBefore.isValid() ? std::max(retryAt, entry.notBefore) : retryAt;
}

void Outbox::scheduleNext()
{
    if (!m_currentId.isEmpty())
        return;
    std::optional<QDateTime> earliest;
    const QList<OutboxEntry *> due = candidates();
    for (const OutboxEntry *entry : due) {
        const QDateTime at = dueAt(*entry);
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
        if (dueAt(*entry) > now)
            continue;
        m_currentId = entry->id;
        // An edit once sent may be applied whatever became of its answer (lost, or the
        // app stopped): it is looked for before it is sent again (EditSettler).
        const bool editMayBeOut = entry->draft.edit && entry->partSentAt.isValid();
        if (entry->uncertain || editMayBeOut || keyExpired(*entry, now)) {
            entry->uncertain = true;
            entry->state = OutboxEntry::State::Checking;
            emit entryChanged(entry->id);
            settle(*entry);
            return;
        }
        entry->state = OutboxEntry::State::Sending;
        emit entryChanged(entry->id);
        if (entry->draft.edit)
            sendEdit();
        else if (entry->postedIds.isEmpty())
            uploadMedia();
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

void Outbox::uploadMedia()
{
    OutboxEntry *entry = find(m_currentId);
    if (!entry)
        return;
    if (!EntryMediaUploader::needed(entry->draft.attachments)) {
        putDescriptions(0);
        return;
    }
    ApiClient *client = clientFor(*entry);
    if (!client) {
        abandonCurrent();
        return;
    }
    auto *uploader = new EntryMediaUploader(client, entry->draft.attachments, this);
    m_mediaUploader = uploader;
    const QString entryId = entry->id;
    connect(uploader, &EntryMediaUploader::uploaded, this,
            [this, entryId](qsizetype index, const QString &mediaId) {
                OutboxEntry *uploading = find(entryId);
                if (!uploading || index >= uploading->draft.attachments.size())
                    return;
                // On disk at once: a restart posts with this id instead of uploading the
                // file again. Kept only once processed, as a status cannot carry media the
                // server is still converting.
                uploading->draft.attachments[index].mediaId = mediaId;
                persist(*uploading);
            });
    connect(uploader, &EntryMediaUploader::finished, this, [this, uploader, entryId] {
        uploader->disconnect(this);
        uploader->deleteLater();
        if (entryId == m_currentId)
            putDescriptions(0);
    });
    connect(uploader, &EntryMediaUploader::failed, this,
            [this, uploader, entryId](const ApiError &error) {
                uploader->disconnect(this);
                uploader->deleteLater();
                // A file the server refuses (422, a type it does not take) is a refusal
                // with its words; the network or a 5xx is tried again later.
                if (entryId == m_currentId)
                    onSendFailed(error);
            });
    uploader->start();
}

void Outbox::putDescriptions(qsizetype index)
{
    OutboxEntry *entry = find(m_currentId);
    if (!entry)
        return;
    // The alt text and focal point set after the upload reach the server here; PUT is
    // safe to repeat.
    const QList<DraftAttachment> &attachments = entry->draft.attachments;
    while (index < attachments.size() && attachments.at(index).description.isEmpty() &&
           attachments.at(index).focus.isEmpty())
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
    QJsonObject update{{QStringLiteral("description"), attachments.at(index).description}};
    if (!attachments.at(index).focus.isEmpty())
        update.insert(QStringLiteral("focus"), attachments.at(index).focus);
    ApiReply *reply =
        client->putJson(QStringLiteral("/api/v1/media/") + attachments.at(index).mediaId, update);
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
    const bool guarded = MentionGuard::applies(entry->draft);
    if (guarded && !m_allowedMentions.contains(entry->id)) {
        guardMentions(*entry);
        return;
    }
    const qsizetype part = entry->postedIds.size();
    const QString inReplyTo = part > 0 ? entry->postedIds.constLast() : QString();
    if (!entry->partSentAt.isValid()) {
        // On disk before the request leaves, so a crash cannot hide that it may have;
        // if it cannot be stored, the request does not leave.
        entry->partSentAt = QDateTime::currentDateTimeUtc();
        QString problem;
        if (!m_store.save(*entry, &problem)) {
            entry->partSentAt = {};
            const QString message =
                tr("The post waits: the outbox folder %1 could not be written (is the disk "
                   "full or not writable?). Posthorn tries again later.")
                    .arg(m_store.directory());
            // The file keeps what it had: waiting, nothing sent.
            waitAndRetry(*entry, message, false, false);
            emit saveFailed(message);
            return;
        }
    }
    const std::optional<QStringList> allowed =
        guarded ? std::optional<QStringList>(m_allowedMentions.value(entry->id)) : std::nullopt;
    ApiReply *reply = client->postJson(
        QStringLiteral("/api/v1/statuses"),
        StatusRequest::body(entry->draft, part, inReplyTo, allowed),
        {{QByteArrayLiteral("Idempotency-Key"), entry->idempotencyKey(part).toLatin1()}});
    watch(reply);
    connect(reply, &ApiReply::finished, this, &Outbox::onPartPosted);
}

void Outbox::guardMentions(OutboxEntry &entry)
{
    auto *guard = new MentionGuard(clientFor(entry), MentionGuard::handles(entry.draft), this);
    m_guard = guard;
    const QString entryId = entry.id;
    connect(guard, &MentionGuard::resolved, this, [this, guard, entryId](const QStringList &ids) {
        guard->deleteLater();
        if (entryId != m_currentId)
            return;
        m_allowedMentions.insert(entryId, ids);
        postPart();
    });
    connect(guard, &MentionGuard::failed, this, [this, guard, entryId](const ApiError &error) {
        guard->deleteLater();
        if (entryId == m_currentId)
            onSendFailed(error);
    });
    guard->start();
}

void Outbox::onPartPosted(const ApiResult &result)
{
    answered();
    OutboxEntry *entry = find(m_currentId);
    if (!entry)
        return;
    if (const QString refusal = MentionGuard::refusal(result); !refusal.isEmpty()) {
        // Refused by the guard: nothing was published, and the text goes back to the
        // composer with the names.
        m_allowedMentions.remove(entry->id);
        giveUp(*entry, refusal, true);
        return;
    }
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
        // A 2xx without a usable status: it may well be out, so it is looked for.
        problem.kind = ApiError::Kind::Malformed;
        onSendFailed(problem);
        return;
    }
    partDone(*entry, id, url, scheduledAt);
}

void Outbox::sendEdit()
{
    OutboxEntry *entry = find(m_currentId);
    if (!entry)
        return;
    ApiClient *client = clientFor(*entry);
    if (!client) {
        abandonCurrent();
        return;
    }
    // On disk before the request leaves, as for a post: a crash cannot hide that the
    // edit may be applied.
    entry->partSentAt = QDateTime::currentDateTimeUtc();
    QString problem;
    if (!m_store.save(*entry, &problem)) {
        entry->partSentAt = {};
        const QString message =
            tr("The edit waits: the outbox folder %1 could not be written (is the disk full "
               "or not writable?). Posthorn tries again later.")
                .arg(m_store.directory());
        waitAndRetry(*entry, message, false, false);
        emit saveFailed(message);
        return;
    }
    ApiReply *reply = client->putJson(StatusEditRequest::path(entry->draft),
                                      StatusEditRequest::body(entry->draft));
    watch(reply);
    connect(reply, &ApiReply::finished, this, &Outbox::onEditPut);
}

void Outbox::onEditPut(const ApiResult &result)
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
    const auto status = result.parseAs<Status>(&problem);
    if (!status || status->id.isEmpty()) {
        problem.kind = ApiError::Kind::Malformed;
        onSendFailed(problem);
        return;
    }
    partDone(*entry, status->id, status->url, {});
}

void Outbox::partDone(OutboxEntry &entry, const QString &id, const QUrl &url,
                      const QDateTime &scheduledAt)
{
    if (entry.postedIds.isEmpty())
        entry.firstUrl = url;
    entry.postedIds.append(id);
    emit partPosted(entry.id, id);
    entry.attempts = 0;
    entry.lastError.clear();
    entry.partSentAt = {};
    entry.uncertain = false;
    entry.notFound = false;
    if (!entry.isComplete()) {
        entry.state = OutboxEntry::State::Sending;
        persist(entry);
        emit entryChanged(entry.id);
        postPart();
        return;
    }
    const QString entryId = entry.id;
    const QUrl firstUrl = entry.firstUrl;
    if (!m_store.remove(entryId))
        emit saveFailed(tr("A published post could not be removed from the outbox folder "
                           "%1; delete its file %2.json so it is not sent again.")
                            .arg(m_store.directory(), entryId));
    m_entries.removeIf([&](const OutboxEntry &e) { return e.id == entryId; });
    m_allowedMentions.remove(entryId);
    m_currentId.clear();
    emit posted(entryId, firstUrl, scheduledAt);
    emit entryRemoved(entryId);
    scheduleNext();
}

void Outbox::waitAndRetry(OutboxEntry &entry, const QString &message, bool atOnce, bool save)
{
    entry.lastError = message;
    entry.state = OutboxEntry::State::Waiting;
    ++entry.attempts;
    entry.nextAttemptAt =
        atOnce ? QDateTime()
               : QDateTime::currentDateTimeUtc().addMSecs(backoff(entry.attempts).count());
    if (save)
        persist(entry);
    if (entry.id == m_currentId)
        m_currentId.clear();
    emit entryChanged(entry.id);
    scheduleNext();
}

bool Outbox::keyExpired(const OutboxEntry &entry, const QDateTime &now)
{
    return entry.partSentAt.isValid() &&
           entry.partSentAt.addSecs(std::chrono::seconds(keyLifetime).count()) < now;
}

void Outbox::settle(OutboxEntry &entry)
{
    if (entry.draft.edit) {
        m_editSettler = new EditSettler(clientFor(entry), entry.draft, this);
        connect(m_editSettler, &EditSettler::settled, this, &Outbox::onSettled);
        m_editSettler->start();
        return;
    }
    const qsizetype part = entry.postedIds.size();
    PostMatcher matcher;
    matcher.text = entry.draft.parts.value(part);
    matcher.spoilerText = entry.draft.effectiveSpoilerText();
    matcher.inReplyToId = part > 0 ? entry.postedIds.constLast() : entry.draft.inReplyToId;
    matcher.sentAt = entry.partSentAt.isValid() ? entry.partSentAt : entry.createdAt;
    if (part == 0)
        matcher.scheduledAt = entry.draft.scheduledAt;
    m_settler = new PostSettler(clientFor(entry), matcher, this);
    connect(m_settler, &PostSettler::settled, this, &Outbox::onSettled);
    m_settler->start();
}

void Outbox::onSettled(const PostSettler::Result &result)
{
    if (m_settler) {
        m_settler->disconnect(this);
        m_settler->deleteLater();
    }
    m_settler = nullptr;
    if (m_editSettler) {
        m_editSettler->disconnect(this);
        m_editSettler->deleteLater();
    }
    m_editSettler = nullptr;
    OutboxEntry *entry = find(m_currentId);
    if (!entry)
        return;
    qCDebug(lcOutbox) << "settled:" << static_cast<int>(result.outcome);
    switch (result.outcome) {
    case PostSettler::Outcome::Found:
        partDone(*entry, result.id, result.url, result.scheduledAt);
        return;
    case PostSettler::Outcome::NotFound:
        entry->uncertain = false;
        if (entry->draft.edit) {
            // Not applied: sending it now makes the one edit.
            entry->state = OutboxEntry::State::Sending;
            persist(*entry);
            emit entryChanged(entry->id);
            sendEdit();
            return;
        }
        if (!keyExpired(*entry, QDateTime::currentDateTimeUtc())) {
            // The server still knows the key: sent again under it, the part is made at
            // most once whatever happened before.
            entry->state = OutboxEntry::State::Sending;
            persist(*entry);
            emit entryChanged(entry->id);
            postPart();
            return;
        }
        entry->notFound = true;
        giveUp(*entry,
               tr("Posthorn looked for this post on your profile and did not find it. It was "
                  "first sent over an hour ago, so the server no longer recognises it: send it "
                  "again only if it is not on your profile."),
               false);
        return;
    case PostSettler::Outcome::Unknown:
        if (result.error.kind == ApiError::Kind::Unauthorized) {
            onSendFailed(result.error);
            return;
        }
        waitAndRetry(*entry,
                     tr("The post may have been published, and Posthorn could not ask "
                        "the server (%1). It looks again later; nothing is sent twice.")
                         .arg(result.error.serverMessage.isEmpty() ? result.error.message
                                                                   : result.error.serverMessage),
                     false);
        return;
    }
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
        // A 2xx the client cannot read: the post may well be out. It is looked for on
        // the server before anything is sent again.
        entry->uncertain = true;
        // The first look is at once; a server that keeps answering garbage gets the
        // backoff.
        waitAndRetry(*entry,
                     tr("The server's answer could not be read, so the post may have "
                        "been published. Posthorn looks for it on your profile."),
                     entry->attempts == 0);
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
