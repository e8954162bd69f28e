#include "statusroutes.h"

#include "quoteroutes.h"

#include "mediaroutes.h"
#include "sandboxstate.h"
#include "statusdetailroutes.h"
#include "statusformatter.h"
#include "statuslength.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace {

constexpr int IdempotencySeconds = 3600;
constexpr int MinimumScheduleSeconds = 300;
constexpr int StatusesPerWindow = 300;
constexpr int StatusWindowSeconds = 3 * 3600;
// ScheduledStatus::TOTAL_LIMIT and DAILY_LIMIT.
constexpr int ScheduledTotalLimit = 300;
constexpr int ScheduledDailyLimit = 25;

const QStringList writeScopes{QStringLiteral("write"), QStringLiteral("write:statuses")};
const QStringList readScopes{QStringLiteral("read"), QStringLiteral("read:statuses")};

QString param(const QJsonObject &params, const QString &key)
{
    return SandboxRequest::toText(params.value(key));
}

QStringList paramList(const QJsonObject &params, const QString &key)
{
    QStringList values;
    const QJsonValue value = params.value(key);
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            values << SandboxRequest::toText(item);
    } else if (!value.isUndefined() && !value.isNull() && !param(params, key).isEmpty()) {
        values << param(params, key);
    }
    return values;
}

// Status JSON as the API shows it: the stored record also keeps the source text, which
// Mastodon only returns from DELETE.
QJsonObject publicJson(QJsonObject json)
{
    json.remove(QStringLiteral("text"));
    return json;
}

} // namespace

StatusRoutes::StatusRoutes(SandboxState &state)
    : m_state(state)
    , m_auth(state)
{}

std::optional<SandboxResponse> StatusRoutes::handle(const SandboxRequest &request)
{
    static const QRegularExpression statusPath(QStringLiteral("^/api/v1/statuses/([^/]+)$"));
    static const QRegularExpression scheduledPath(
        QStringLiteral("^/api/v1/scheduled_statuses/([^/]+)$"));
    const QByteArray &method = request.method;
    if (request.path == QLatin1String("/api/v1/statuses") && method == "POST")
        return create(request);
    if (request.path == QLatin1String("/api/v1/scheduled_statuses") && method == "GET")
        return scheduledList(request);
    if (const auto match = statusPath.match(request.path); match.hasMatch()) {
        const QString id = match.captured(1);
        if (method == "GET")
            return show(request, id);
        if (method == "PUT")
            return edit(request, id);
        if (method == "DELETE")
            return remove(request, id);
    }
    if (const auto match = scheduledPath.match(request.path); match.hasMatch()) {
        const QString id = match.captured(1);
        if (method == "GET")
            return scheduledShow(request, id);
        if (method == "PUT")
            return scheduledUpdate(request, id);
        if (method == "DELETE")
            return scheduledDelete(request, id);
    }
    return std::nullopt;
}

QDateTime StatusRoutes::parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    // A time without an offset is taken as UTC, as Rails does with config.time_zone UTC.
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

std::optional<SandboxResponse> StatusRoutes::checkScheduled(const QString &accountId,
                                                            const QDateTime &at,
                                                            const QString &ignoreId) const
{
    // ScheduledStatus runs all three validations and reports every one that fails.
    QStringList errors;
    if (at < m_state.clock.now().addSecs(MinimumScheduleSeconds))
        errors << QStringLiteral("Scheduled at The scheduled date must be in the future");
    int total = 0;
    int sameDay = 0;
    for (const ScheduledRecord &record : std::as_const(m_state.scheduled)) {
        if (record.accountId != accountId || record.id == ignoreId)
            continue;
        ++total;
        // scheduled_at::date in the database, which keeps UTC.
        if (record.scheduledAt.toUTC().date() == at.toUTC().date())
            ++sameDay;
    }
    if (total >= ScheduledTotalLimit)
        errors << QStringLiteral("You have exceeded the limit of %1 scheduled posts")
                      .arg(ScheduledTotalLimit);
    if (sameDay >= ScheduledDailyLimit)
        errors << QStringLiteral("You have exceeded the limit of %1 scheduled posts for today")
                      .arg(ScheduledDailyLimit);
    if (errors.isEmpty())
        return std::nullopt;
    return SandboxResponse::error(422, QStringLiteral("Validation failed: ") +
                                           errors.join(QStringLiteral(", ")));
}

std::optional<SandboxResponse> StatusRoutes::checkAllowedMentions(const QJsonObject &params) const
{
    if (!params.contains(QStringLiteral("allowed_mentions")))
        return std::nullopt;
    const QStringList allowed = paramList(params, QStringLiteral("allowed_mentions"));
    const QString origin = m_state.origin();
    const StatusFormatter::Result formatted =
        StatusFormatter(m_state.directory, origin).format(param(params, QStringLiteral("status")));
    QJsonArray unexpected;
    for (const QJsonValue &mention : formatted.mentions) {
        const QString id = mention.toObject().value(QStringLiteral("id")).toString();
        if (allowed.contains(id))
            continue;
        if (const Directory::Account *account = m_state.directory.byId(id))
            unexpected.append(m_state.directory.toJson(*account, origin));
    }
    if (unexpected.isEmpty())
        return std::nullopt;
    // Api::V1::StatusesController#unexpected_accounts_error_json.
    return SandboxResponse::json(
        QJsonObject{
            {QStringLiteral("error"), QStringLiteral("Post would be sent to unexpected accounts")},
            {QStringLiteral("unexpected_accounts"), unexpected}},
        422);
}

QJsonValue StatusRoutes::applicationJson(const QString &clientId) const
{
    const auto app = m_state.apps.constFind(clientId);
    if (clientId.isEmpty() || app == m_state.apps.constEnd())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("name"), app->name},
        {QStringLiteral("website"),
         app->website.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(app->website)},
    };
}

std::optional<SandboxResponse> StatusRoutes::validateContent(const QString &accountId,
                                                             const QJsonObject &params,
                                                             QStringList *mediaIds,
                                                             const QStringList &ownMedia) const
{
    const InstanceConfig &config = m_state.config;
    const QJsonObject poll = params.value(QStringLiteral("poll")).toObject();
    const bool hasPoll = !poll.isEmpty();
    const QStringList requestedMedia = paramList(params, QStringLiteral("media_ids"));

    if (!requestedMedia.isEmpty()) {
        if (requestedMedia.size() > config.maxMediaAttachments() || hasPoll)
            return SandboxResponse::error(422, QStringLiteral("Cannot attach more than %1 files")
                                                   .arg(config.maxMediaAttachments()));
        // PostStatusService#validate_media!: every id must be an unattached upload of this
        // account (an edit may keep the status's own), then no audio or video beside
        // anything else, then all of them processed.
        QStringList notFound;
        bool hasAudioOrVideo = false;
        bool processing = false;
        for (const QString &id : requestedMedia) {
            if (mediaIds->contains(id))
                continue; // a repeated id attaches the file once
            const auto it = m_state.media.constFind(id);
            if (it == m_state.media.constEnd() || it->accountId != accountId ||
                (it->attached && !ownMedia.contains(id))) {
                notFound << id;
                continue;
            }
            hasAudioOrVideo = hasAudioOrVideo || it->type == QLatin1String("video") ||
                              it->type == QLatin1String("audio");
            processing = processing || !MediaRoutes::isProcessed(*it);
            mediaIds->append(id);
        }
        if (!notFound.isEmpty())
            return SandboxResponse::error(
                422, QStringLiteral("Media %1 not found or already attached to another post")
                         .arg(notFound.join(QStringLiteral(", "))));
        if (hasAudioOrVideo && mediaIds->size() > 1)
            return SandboxResponse::error(
                422,
                QStringLiteral("Cannot attach a video to a post that already contains images"));
        if (processing)
            return SandboxResponse::error(
                422, QStringLiteral("Cannot attach files that have not finished processing. "
                                    "Try again in a moment!"));
    }

    const QString text = param(params, QStringLiteral("status"));
    const QString spoiler = param(params, QStringLiteral("spoiler_text"));
    if (text.trimmed().isEmpty() && mediaIds->isEmpty() && !hasPoll)
        return SandboxResponse::error(422,
                                      QStringLiteral("Validation failed: Text can't be blank"));
    if (StatusLength::count(text, spoiler, config.charactersReservedPerUrl()) >
        config.maxCharacters())
        return SandboxResponse::error(
            422, QStringLiteral("Validation failed: Text character limit of %1 exceeded")
                     .arg(config.maxCharacters()));

    if (hasPoll) {
        const QStringList options = paramList(poll, QStringLiteral("options"));
        QStringList errors;
        if (options.size() < 2)
            errors << QStringLiteral("Options must have more than one item");
        if (options.size() > config.pollMaxOptions())
            errors << QStringLiteral("Options can't contain more than %1 items")
                          .arg(config.pollMaxOptions());
        for (const QString &option : options) {
            if (StatusLength::graphemes(option) > config.pollMaxCharactersPerOption()) {
                errors << QStringLiteral("Options cannot be longer than %1 characters each")
                              .arg(config.pollMaxCharactersPerOption());
                break;
            }
        }
        QStringList unique = options;
        unique.removeDuplicates();
        if (unique.size() != options.size())
            errors << QStringLiteral("Options contain duplicate items");
        const QString expiresIn = param(poll, QStringLiteral("expires_in"));
        bool numeric = false;
        const double seconds = expiresIn.toDouble(&numeric);
        if (expiresIn.isEmpty() || !numeric)
            errors << QStringLiteral("Expires at can't be blank");
        else if (seconds < config.pollMinExpiration())
            errors << QStringLiteral("Expires at is too soon");
        else if (seconds > config.pollMaxExpiration())
            errors << QStringLiteral("Expires at is too far into the future");
        if (!errors.isEmpty())
            return SandboxResponse::error(422, QStringLiteral("Validation failed: ") +
                                                   errors.join(QStringLiteral(", ")));
    }

    const QString visibility = param(params, QStringLiteral("visibility"));
    static const QStringList visibilities{QStringLiteral("public"), QStringLiteral("unlisted"),
                                          QStringLiteral("private"), QStringLiteral("direct")};
    if (!visibility.isEmpty() && !visibilities.contains(visibility))
        return SandboxResponse::error(
            422, QStringLiteral("Validation failed: Visibility is not included in the list"));
    return std::nullopt;
}

QJsonObject StatusRoutes::pollJson(const QJsonObject &poll, const QString &id,
                                   const QDateTime &createdAt) const
{
    if (poll.isEmpty())
        return {};
    QJsonArray options;
    for (const QString &title : paramList(poll, QStringLiteral("options")))
        options.append(
            QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("votes_count"), 0}});
    const bool multiple = SandboxRequest::toBool(poll.value(QStringLiteral("multiple")));
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("expires_at"),
         createdAt.addSecs(qint64(param(poll, QStringLiteral("expires_in")).toDouble()))
             .toString(Qt::ISODateWithMs)},
        {QStringLiteral("expired"), false},
        {QStringLiteral("multiple"), multiple},
        {QStringLiteral("votes_count"), 0},
        {QStringLiteral("voters_count"), multiple ? QJsonValue(0) : QJsonValue::Null},
        {QStringLiteral("options"), options},
        {QStringLiteral("emojis"), QJsonArray{}},
        {QStringLiteral("voted"), false},
        {QStringLiteral("own_votes"), QJsonArray{}},
    };
}

QString StatusRoutes::publish(const QString &accountId, const QString &clientId,
                              const QJsonObject &params, const QStringList &mediaIds,
                              const QString &idempotencyKey)
{
    const Directory::Account *account = m_state.directory.byId(accountId);
    const QString origin = m_state.origin();
    const QString id = m_state.nextStatusId();
    const QDateTime now = m_state.clock.now();
    const QString text = param(params, QStringLiteral("status"));
    const QString spoiler = param(params, QStringLiteral("spoiler_text"));
    QString visibility = param(params, QStringLiteral("visibility"));
    if (visibility.isEmpty())
        visibility = QStringLiteral("unlisted"); // the demo account's default privacy
    QString language = param(params, QStringLiteral("language"));
    if (language.isEmpty())
        language = QStringLiteral("en");

    QJsonArray media;
    for (const QString &mediaId : mediaIds) {
        MediaAttachment &attachment = m_state.media[mediaId];
        attachment.attached = true;
        media.append(MediaRoutes::toJson(attachment, origin));
    }
    const QString inReplyTo = param(params, QStringLiteral("in_reply_to_id"));
    QString inReplyToAccount;
    if (!inReplyTo.isEmpty())
        inReplyToAccount = m_state.statuses.value(inReplyTo).accountId;
    const QJsonObject poll =
        pollJson(params.value(QStringLiteral("poll")).toObject(), m_state.nextId(), now);
    const QString username = account ? account->username : QStringLiteral("demo");
    const StatusFormatter::Result formatted =
        StatusFormatter(m_state.directory, origin).format(text);

    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("created_at"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("in_reply_to_id"),
         inReplyTo.isEmpty() ? QJsonValue::Null : QJsonValue(inReplyTo)},
        {QStringLiteral("in_reply_to_account_id"),
         inReplyToAccount.isEmpty() ? QJsonValue::Null : QJsonValue(inReplyToAccount)},
        {QStringLiteral("sensitive"),
         SandboxRequest::toBool(params.value(QStringLiteral("sensitive"))) || !spoiler.isEmpty()},
        {QStringLiteral("spoiler_text"), spoiler},
        {QStringLiteral("visibility"), visibility},
        {QStringLiteral("language"), language},
        {QStringLiteral("uri"), QString(origin + QStringLiteral("/users/") + username +
                                        QStringLiteral("/statuses/") + id)},
        {QStringLiteral("url"),
         QString(origin + QStringLiteral("/@") + username + QLatin1Char('/') + id)},
        {QStringLiteral("replies_count"), 0},
        {QStringLiteral("reblogs_count"), 0},
        {QStringLiteral("favourites_count"), 0},
        {QStringLiteral("edited_at"), QJsonValue::Null},
        {QStringLiteral("favourited"), false},
        {QStringLiteral("reblogged"), false},
        {QStringLiteral("muted"), false},
        {QStringLiteral("bookmarked"), false},
        {QStringLiteral("pinned"), false},
        {QStringLiteral("content"), formatted.html},
        {QStringLiteral("filtered"), QJsonArray{}},
        {QStringLiteral("reblog"), QJsonValue::Null},
        {QStringLiteral("application"), applicationJson(clientId)},
        {QStringLiteral("account"),
         account ? m_state.directory.toJson(*account, origin) : QJsonObject{}},
        {QStringLiteral("media_attachments"), media},
        {QStringLiteral("mentions"), formatted.mentions},
        {QStringLiteral("tags"), formatted.tags},
        {QStringLiteral("emojis"), Directory::emojisFor(QString(text + spoiler), origin)},
        {QStringLiteral("card"), QJsonValue::Null},
        {QStringLiteral("poll"), poll.isEmpty() ? QJsonValue::Null : QJsonValue(poll)},
        // Not part of Mastodon's Status entity: the source, so tests can compare it.
        {QStringLiteral("text"), text},
    };
    QuoteRoutes::addQuoteFields(m_state, params, &json);
    m_state.statuses.insert(id, StatusRecord{id, accountId, idempotencyKey, json});
    if (!idempotencyKey.isEmpty()) {
        m_state.idempotency.insert(accountId + QLatin1Char('\n') + idempotencyKey,
                                   IdempotencyEntry{id, false, now.addSecs(IdempotencySeconds)});
    }
    return id;
}

QString StatusRoutes::publishAs(const QString &accountId, const QJsonObject &params)
{
    return publish(accountId, QString(), params, {}, QString());
}

SandboxResponse StatusRoutes::create(const SandboxRequest &request)
{
    const TokenAuth::Result auth = m_auth.require(request, writeScopes);
    if (auth.error)
        return *auth.error;
    const QString accountId = auth.token->accountId;

    const QString key = QString::fromUtf8(request.header("idempotency-key"));
    if (!key.isEmpty()) {
        const auto it = m_state.idempotency.constFind(accountId + QLatin1Char('\n') + key);
        if (it != m_state.idempotency.constEnd() && it->expiresAt > m_state.clock.now()) {
            if (!it->scheduled && m_state.statuses.contains(it->recordId))
                return SandboxResponse::json(publicJson(m_state.statuses.value(it->recordId).json));
            if (it->scheduled && m_state.scheduled.contains(it->recordId))
                return SandboxResponse::json(scheduledJson(m_state.scheduled.value(it->recordId)));
        }
    }

    const QString inReplyTo = request.str(QStringLiteral("in_reply_to_id"));
    if (!inReplyTo.isEmpty() && !m_state.statuses.contains(inReplyTo))
        return SandboxResponse::error(
            404, QStringLiteral("The post you are trying to reply to does not appear to exist."));

    if (auto refused = QuoteRoutes::refusal(m_state, accountId, request.params))
        return *refused;

    QStringList mediaIds;
    if (auto error = validateContent(accountId, request.params, &mediaIds))
        return *error;

    QDateTime scheduledAt;
    if (request.has(QStringLiteral("scheduled_at")))
        scheduledAt = parseTime(request.str(QStringLiteral("scheduled_at")));
    // A time in the past means "now", as in PostStatusService.
    if (scheduledAt.isValid() && scheduledAt <= m_state.clock.now())
        scheduledAt = QDateTime();

    if (scheduledAt.isValid()) {
        if (auto error = checkScheduled(accountId, scheduledAt))
            return *error;
        ScheduledRecord record;
        record.id = m_state.nextId();
        record.accountId = accountId;
        record.clientId = auth.token->clientId;
        record.idempotencyKey = key;
        record.scheduledAt = scheduledAt;
        record.mediaIds = mediaIds;
        QJsonObject params = request.params;
        params.remove(QStringLiteral("access_token"));
        record.params = params;
        for (const QString &mediaId : mediaIds)
            m_state.media[mediaId].attached = true;
        m_state.scheduled.insert(record.id, record);
        if (!key.isEmpty()) {
            m_state.idempotency.insert(
                accountId + QLatin1Char('\n') + key,
                IdempotencyEntry{record.id, true, m_state.clock.now().addSecs(IdempotencySeconds)});
        }
        return SandboxResponse::json(scheduledJson(record));
    }

    if (auto error = checkAllowedMentions(request.params))
        return *error;
    // Status counts its creation against the limit (RateLimitable, after_create); a
    // scheduled status creates none, now or when it is published.
    const RateLimiter::Verdict verdict = m_state.limiter.hit(
        QStringLiteral("statuses:") + accountId, StatusesPerWindow, StatusWindowSeconds);
    if (!verdict.allowed)
        return SandboxResponse::tooManyRequests(verdict.limit, verdict.resetAt);
    const QString id = publish(accountId, auth.token->clientId, request.params, mediaIds, key);
    return SandboxResponse::json(publicJson(m_state.statuses.value(id).json));
}

SandboxResponse StatusRoutes::show(const SandboxRequest &request, const QString &id)
{
    const TokenAuth::Result auth = m_auth.optional(request, readScopes);
    if (auth.error)
        return *auth.error;
    const auto it = m_state.statuses.constFind(id);
    if (it == m_state.statuses.constEnd())
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    const QString visibility = it->json.value(QStringLiteral("visibility")).toString();
    const bool restricted =
        visibility == QLatin1String("private") || visibility == QLatin1String("direct");
    if (restricted && (!auth.token || auth.token->accountId != it->accountId))
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    return SandboxResponse::json(publicJson(it->json));
}

SandboxResponse StatusRoutes::edit(const SandboxRequest &request, const QString &id)
{
    const TokenAuth::Result auth = m_auth.require(request, writeScopes);
    if (auth.error)
        return *auth.error;
    const auto it = m_state.statuses.find(id);
    if (it == m_state.statuses.end() || it->accountId != auth.token->accountId)
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    QJsonObject &json = it->json;
    const QJsonObject previous = json;
    // An edit replaces the media with media_ids, where the status's own attachments may
    // be named again; an edit without media_ids leaves none, as UpdateStatusService does.
    QStringList ownMedia;
    const QJsonArray attachments = json.value(QStringLiteral("media_attachments")).toArray();
    for (const QJsonValue &attachment : attachments)
        ownMedia << attachment.toObject().value(QStringLiteral("id")).toString();
    QStringList mediaIds;
    if (auto error = validateContent(auth.token->accountId, request.params, &mediaIds, ownMedia))
        return *error;
    // media_attributes (Mastodon 4.1+) change the description and focus of the edit's
    // media, which PUT /api/v1/media/:id no longer may once they belong to a post.
    const QJsonArray mediaAttributes =
        request.params.value(QStringLiteral("media_attributes")).toArray();
    for (const QJsonValue &value : mediaAttributes) {
        const QJsonObject attributes = value.toObject();
        const QString mediaId = attributes.value(QStringLiteral("id")).toVariant().toString();
        if (!mediaIds.contains(mediaId))
            continue;
        MediaAttachment &attachment = m_state.media[mediaId];
        if (attributes.contains(QStringLiteral("description")))
            attachment.description = attributes.value(QStringLiteral("description")).toString();
        const QStringList focus =
            attributes.value(QStringLiteral("focus")).toString().split(QLatin1Char(','));
        if (focus.size() == 2) {
            attachment.focusX = focus.at(0).toDouble();
            attachment.focusY = focus.at(1).toDouble();
        }
    }
    QJsonArray media;
    for (const QString &mediaId : std::as_const(mediaIds)) {
        MediaAttachment &attachment = m_state.media[mediaId];
        attachment.attached = true;
        media.append(MediaRoutes::toJson(attachment, m_state.origin()));
    }
    const QString text = request.str(QStringLiteral("status"));
    const QString spoiler = request.str(QStringLiteral("spoiler_text"));
    const StatusFormatter::Result formatted =
        StatusFormatter(m_state.directory, m_state.origin()).format(text);
    json.insert(QStringLiteral("content"), formatted.html);
    json.insert(QStringLiteral("mentions"), formatted.mentions);
    json.insert(QStringLiteral("tags"), formatted.tags);
    json.insert(QStringLiteral("text"), text);
    json.insert(QStringLiteral("spoiler_text"), spoiler);
    json.insert(QStringLiteral("sensitive"),
                request.flag(QStringLiteral("sensitive")) || !spoiler.isEmpty());
    json.insert(QStringLiteral("media_attachments"), media);
    // Likewise the poll: a new one from `poll`, none without it.
    const QJsonObject poll = request.object(QStringLiteral("poll"));
    const QJsonObject oldPoll = json.value(QStringLiteral("poll")).toObject();
    json.insert(QStringLiteral("poll"),
                poll.isEmpty()
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(pollJson(poll,
                                          oldPoll.isEmpty()
                                              ? m_state.nextId()
                                              : oldPoll.value(QStringLiteral("id")).toString(),
                                          m_state.clock.now())));
    if (request.has(QStringLiteral("language")))
        json.insert(QStringLiteral("language"), request.str(QStringLiteral("language")));
    // UpdateStatusService rolls an edit that changes nothing back (NoChangesSubmittedError)
    // and answers with the post as it was: no new version, no edited_at. A PUT sent again
    // (Qt resends one whose connection dropped) adds nothing, unless it renews a poll.
    if (json == previous)
        return SandboxResponse::json(publicJson(json));
    if (it->history.isEmpty())
        it->history.append(StatusDetailRoutes::version(previous));
    json.insert(QStringLiteral("edited_at"), m_state.nowIso());
    it->history.append(StatusDetailRoutes::version(json));
    return SandboxResponse::json(publicJson(json));
}

SandboxResponse StatusRoutes::remove(const SandboxRequest &request, const QString &id)
{
    const TokenAuth::Result auth = m_auth.require(request, writeScopes);
    if (auth.error)
        return *auth.error;
    const auto it = m_state.statuses.constFind(id);
    if (it == m_state.statuses.constEnd() || it->accountId != auth.token->accountId)
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    // DELETE answers with the source text, so clients can offer "delete and redraft".
    const QJsonObject json = it->json;
    // Like Mastodon (media_attachments `dependent: :nullify`), the media outlive the
    // status and can be attached again: that is how a redraft keeps its pictures.
    const QJsonArray media = json.value(QStringLiteral("media_attachments")).toArray();
    for (const QJsonValue &attachment : media) {
        const QString mediaId = attachment.toObject().value(QStringLiteral("id")).toString();
        if (m_state.media.contains(mediaId))
            m_state.media[mediaId].attached = false;
    }
    m_state.statuses.remove(id);
    return SandboxResponse::json(json);
}

QJsonObject StatusRoutes::scheduledJson(const ScheduledRecord &record) const
{
    QJsonArray media;
    for (const QString &mediaId : record.mediaIds) {
        if (m_state.media.contains(mediaId))
            media.append(MediaRoutes::toJson(m_state.media.value(mediaId), m_state.origin()));
    }
    const QJsonObject &p = record.params;
    auto valueOrNull = [&p](const QString &key) {
        return p.contains(key) ? p.value(key) : QJsonValue(QJsonValue::Null);
    };
    const QJsonObject params{
        {QStringLiteral("text"), param(p, QStringLiteral("status"))},
        {QStringLiteral("poll"),
         p.contains(QStringLiteral("poll")) ? p.value(QStringLiteral("poll")) : QJsonValue::Null},
        {QStringLiteral("media_ids"),
         record.mediaIds.isEmpty() ? QJsonValue::Null
                                   : QJsonValue(QJsonArray::fromStringList(record.mediaIds))},
        {QStringLiteral("sensitive"), valueOrNull(QStringLiteral("sensitive"))},
        {QStringLiteral("spoiler_text"), valueOrNull(QStringLiteral("spoiler_text"))},
        {QStringLiteral("visibility"), valueOrNull(QStringLiteral("visibility"))},
        {QStringLiteral("scheduled_at"), QJsonValue::Null},
        {QStringLiteral("in_reply_to_id"), valueOrNull(QStringLiteral("in_reply_to_id"))},
        {QStringLiteral("language"), valueOrNull(QStringLiteral("language"))},
        // PostStatusService#scheduled_options stores the key as nil (it is only a retry
        // guard) and REST::ScheduledStatusSerializer leaves out application_id.
        {QStringLiteral("idempotency"), QJsonValue::Null},
        {QStringLiteral("with_rate_limit"), false},
    };
    return QJsonObject{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("scheduled_at"), record.scheduledAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("params"), params},
        {QStringLiteral("media_attachments"), media},
    };
}

void StatusRoutes::publishDue()
{
    const QDateTime now = m_state.clock.now();
    const QList<QString> ids = m_state.scheduled.keys();
    for (const QString &id : ids) {
        const ScheduledRecord record = m_state.scheduled.value(id);
        if (record.scheduledAt > now)
            continue;
        m_state.scheduled.remove(id);
        publish(record.accountId, record.clientId, record.params, record.mediaIds, QString());
    }
}

SandboxResponse StatusRoutes::scheduledList(const SandboxRequest &request)
{
    const TokenAuth::Result auth = m_auth.require(request, readScopes);
    if (auth.error)
        return *auth.error;
    // Mastodon pages this list by id, newest first: `limit` (20, at most 40), `max_id`,
    // and a Link header with the next page whenever a page came back full.
    bool limitOk = false;
    int limit = request.str(QStringLiteral("limit")).toInt(&limitOk);
    limit = !limitOk || limit <= 0 ? 20 : qMin(limit, 40);
    const qint64 maxId = request.has(QStringLiteral("max_id"))
                             ? request.str(QStringLiteral("max_id")).toLongLong()
                             : std::numeric_limits<qint64>::max();
    QList<ScheduledRecord> records;
    for (const ScheduledRecord &record : std::as_const(m_state.scheduled)) {
        if (record.accountId == auth.token->accountId && record.id.toLongLong() < maxId)
            records.append(record);
    }
    std::sort(records.begin(), records.end(),
              [](const ScheduledRecord &a, const ScheduledRecord &b) {
                  return a.id.toLongLong() > b.id.toLongLong();
              });
    records = records.mid(0, limit);
    QJsonArray list;
    for (const ScheduledRecord &record : std::as_const(records))
        list.append(scheduledJson(record));
    SandboxResponse response = SandboxResponse::json(list);
    if (records.size() == limit) {
        const QString next =
            m_state.origin() + QStringLiteral("/api/v1/scheduled_statuses?limit=%1&max_id=%2")
                                   .arg(limit)
                                   .arg(records.last().id);
        response.setHeader("Link", QByteArray("<" + next.toUtf8() + ">; rel=\"next\""));
    }
    return response;
}

SandboxResponse StatusRoutes::scheduledShow(const SandboxRequest &request, const QString &id)
{
    const TokenAuth::Result auth = m_auth.require(request, readScopes);
    if (auth.error)
        return *auth.error;
    const auto it = m_state.scheduled.constFind(id);
    if (it == m_state.scheduled.constEnd() || it->accountId != auth.token->accountId)
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    return SandboxResponse::json(scheduledJson(*it));
}

SandboxResponse StatusRoutes::scheduledUpdate(const SandboxRequest &request, const QString &id)
{
    const TokenAuth::Result auth = m_auth.require(request, writeScopes);
    if (auth.error)
        return *auth.error;
    const auto it = m_state.scheduled.find(id);
    if (it == m_state.scheduled.end() || it->accountId != auth.token->accountId)
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    if (request.has(QStringLiteral("scheduled_at"))) {
        const QDateTime at = parseTime(request.str(QStringLiteral("scheduled_at")));
        if (!at.isValid())
            return SandboxResponse::error(
                422,
                QStringLiteral(
                    "Validation failed: Scheduled at The scheduled date must be in the future"));
        if (auto error = checkScheduled(auth.token->accountId, at, id))
            return *error;
        it->scheduledAt = at;
    }
    return SandboxResponse::json(scheduledJson(*it));
}

SandboxResponse StatusRoutes::scheduledDelete(const SandboxRequest &request, const QString &id)
{
    const TokenAuth::Result auth = m_auth.require(request, writeScopes);
    if (auth.error)
        return *auth.error;
    const auto it = m_state.scheduled.constFind(id);
    if (it == m_state.scheduled.constEnd() || it->accountId != auth.token->accountId)
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    m_state.scheduled.remove(id);
    return SandboxResponse::json(QJsonObject{});
}
