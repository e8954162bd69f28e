#include "postsettler.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"

#include <QUrlQuery>

PostSettler::PostSettler(ApiClient *client, const PostMatcher &matcher, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_matcher(matcher)
{}

PostSettler::~PostSettler()
{
    if (m_reply)
        m_reply->disconnect(this);
}

void PostSettler::start()
{
    if (!m_client) {
        Result result;
        result.error.kind = ApiError::Kind::Cancelled;
        finish(result);
        return;
    }
    // The token says whose profile to read; the id is not kept elsewhere in the outbox.
    watch(m_client->get(QStringLiteral("/api/v1/accounts/verify_credentials")),
          &PostSettler::onAccount);
}

void PostSettler::watch(ApiReply *reply, void (PostSettler::*handler)(const ApiResult &))
{
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, handler);
    // A reply that dies unanswered (its client went) leaves the question open.
    connect(reply, &QObject::destroyed, this, [this] {
        Result result;
        result.error.kind = ApiError::Kind::Cancelled;
        finish(result);
    });
}

void PostSettler::onAccount(const ApiResult &result)
{
    answered();
    const QString accountId =
        result.ok() ? result.jsonValue().toObject().value(QLatin1String("id")).toString()
                    : QString();
    if (accountId.isEmpty()) {
        Result unknown;
        unknown.error =
            result.ok() ? result.malformed(QStringLiteral("no account id")) : result.error;
        finish(unknown);
        return;
    }
    readStatuses(accountId);
}

void PostSettler::readStatuses(const QString &accountId)
{
    if (!m_client)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("exclude_reblogs"), QStringLiteral("true"));
    watch(m_client->get(QStringLiteral("/api/v1/accounts/%1/statuses").arg(accountId), query),
          &PostSettler::onStatuses);
}

void PostSettler::onStatuses(const ApiResult &result)
{
    answered();
    Result settled;
    const auto statuses = result.parseListAs<Status>(QStringLiteral("Status"), &settled.error);
    if (!statuses) {
        finish(settled);
        return;
    }
    if (const auto status = m_matcher.find(*statuses)) {
        settled.outcome = Outcome::Found;
        settled.id = status->id;
        settled.url = status->url;
        finish(settled);
        return;
    }
    if (m_matcher.scheduledAt.isValid()) {
        readScheduled();
        return;
    }
    settled.outcome = Outcome::NotFound;
    finish(settled);
}

void PostSettler::readScheduled()
{
    if (!m_client)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    watch(m_client->get(QStringLiteral("/api/v1/scheduled_statuses"), query),
          &PostSettler::onScheduled);
}

void PostSettler::onScheduled(const ApiResult &result)
{
    answered();
    Result settled;
    const auto list =
        result.parseListAs<ScheduledStatus>(QStringLiteral("ScheduledStatus"), &settled.error);
    if (!list) {
        finish(settled);
        return;
    }
    if (const auto scheduled = m_matcher.find(*list)) {
        settled.outcome = Outcome::Found;
        settled.id = scheduled->id;
        settled.scheduledAt = scheduled->scheduledAt;
    } else {
        settled.outcome = Outcome::NotFound;
    }
    finish(settled);
}

void PostSettler::answered()
{
    // The reply deletes itself later; its destruction then means nothing.
    if (m_reply)
        m_reply->disconnect(this);
    m_reply = nullptr;
}

void PostSettler::finish(const Result &result)
{
    if (m_done)
        return;
    m_done = true;
    answered();
    emit settled(result);
}
