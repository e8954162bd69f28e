#include "postedstatuses.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcPosted, "posthorn.posted")

namespace {

QString statusPath(const QString &id)
{
    return QStringLiteral("/api/v1/statuses/") + id;
}

// The max_id of the `rel="next"` target of an RFC 8288 Link header; empty when there is
// no next page. Only max_id is taken: the rest of the link (its host, its path) is the
// server's to say, but the request stays one this class builds.
QString nextMaxId(const QByteArray &linkHeader)
{
    static const QRegularExpression link(
        QStringLiteral("<([^>]*)>\\s*;[^,]*\\brel=\"?([^\",;]*)\"?"));
    auto matches = link.globalMatch(QString::fromLatin1(linkHeader));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.captured(2).split(QLatin1Char(' ')).contains(QLatin1String("next")))
            return QUrlQuery(QUrl(match.captured(1))).queryItemValue(QStringLiteral("max_id"));
    }
    return {};
}

} // namespace

PostedStatuses::PostedStatuses(ApiClient *client, const QString &accountId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_accountId(accountId)
{
    Q_ASSERT(m_client);
}

PostedStatuses::~PostedStatuses()
{
    abort();
}

void PostedStatuses::refresh()
{
    if (m_listReply) {
        m_listReply->disconnect(this);
        m_listReply->abort();
    }
    requestPage(QString());
}

void PostedStatuses::loadMore()
{
    if (m_listReply || !m_hasMore)
        return;
    requestPage(m_nextMaxId);
}

void PostedStatuses::requestPage(const QString &maxId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("exclude_reblogs"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    if (!maxId.isEmpty())
        query.addQueryItem(QStringLiteral("max_id"), maxId);
    m_listReply = m_client->get(QStringLiteral("/api/v1/accounts/%1/statuses")
                                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_accountId))),
                                query);
    const bool first = maxId.isEmpty();
    connect(m_listReply, &ApiReply::finished, this,
            [this, first](const ApiResult &result) { onPageFinished(result, first); });
}

void PostedStatuses::onPageFinished(const ApiResult &result, bool first)
{
    m_listReply = nullptr;
    ApiError error;
    const auto page = result.parseListAs<Status>(QStringLiteral("Status"), &error);
    if (!page) {
        emit loadFailed(error);
        return;
    }
    if (first)
        m_statuses.clear();
    // A post published while the user read older pages may shift the pages by one.
    for (const Status &status : *page) {
        if (!listed(status.id))
            m_statuses.append(status);
    }
    m_nextMaxId = page->isEmpty() ? QString() : nextMaxId(result.header("Link"));
    m_hasMore = !m_nextMaxId.isEmpty();
    qCDebug(lcPosted) << "loaded" << page->size() << "posts; more:" << m_hasMore;
    emit loaded();
}

void PostedStatuses::remove(const QString &id)
{
    if (m_busyIds.contains(id))
        return;
    sendDelete(id, false);
}

void PostedStatuses::redraft(const QString &id)
{
    if (m_busyIds.contains(id))
        return;
    if (m_sources.contains(id)) {
        sendDelete(id, true);
        return;
    }
    m_busyIds.insert(id);
    ApiReply *reply = m_client->get(statusPath(id) + QStringLiteral("/source"));
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, id](const ApiResult &result) {
        m_busyIds.remove(id);
        const std::optional<Status> row = listed(id);
        if (!result.ok()) {
            fail(id, result.error);
            return;
        }
        // A refresh meanwhile no longer lists it: deleted elsewhere, nothing to redraft.
        if (!row) {
            fail(id, ApiError::make(ApiError::Kind::NotFound,
                                    tr("The post is no longer on your profile.")));
            return;
        }
        Status source = *row;
        const QJsonObject json = result.json.object();
        source.text = json.value(QLatin1String("text")).toString();
        source.spoilerText = json.value(QLatin1String("spoiler_text")).toString();
        m_sources.insert(id, source);
        sendDelete(id, true);
    });
}

void PostedStatuses::sendDelete(const QString &id, bool forRedraft)
{
    m_busyIds.insert(id);
    ApiReply *reply = m_client->deleteResource(statusPath(id));
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, id, forRedraft](const ApiResult &result) {
        onDeleteFinished(id, forRedraft, result);
    });
}

void PostedStatuses::onDeleteFinished(const QString &id, bool forRedraft, const ApiResult &result)
{
    m_busyIds.remove(id);
    // Gone already, after an earlier try whose answer was lost: the source read before
    // it is what the DELETE would have answered.
    if (forRedraft && result.error.kind == ApiError::Kind::NotFound && m_sources.contains(id)) {
        const Status source = m_sources.take(id);
        forget(id);
        emit redrafted(source);
        return;
    }
    if (!result.ok()) {
        fail(id, result.error);
        return;
    }
    if (!forRedraft) {
        forget(id);
        emit deleted(id);
        return;
    }
    ApiError error;
    std::optional<Status> status = result.parseAs<Status>(&error);
    const Status source = m_sources.take(id);
    forget(id);
    if (!status) {
        // Deleted, but the answer cannot be read: the source read before stands in.
        emit redrafted(source);
        return;
    }
    if (status->text.isEmpty())
        status->text = source.text;
    emit redrafted(*status);
}

void PostedStatuses::fail(const QString &id, const ApiError &error)
{
    qCDebug(lcPosted) << "deleting" << id << "failed:" << ApiError::kindName(error.kind);
    emit failed(id, error);
}

void PostedStatuses::forget(const QString &id)
{
    m_statuses.removeIf([&id](const Status &status) { return status.id == id; });
}

std::optional<Status> PostedStatuses::listed(const QString &id) const
{
    for (const Status &status : m_statuses) {
        if (status.id == id)
            return status;
    }
    return std::nullopt;
}

void PostedStatuses::track(ApiReply *reply)
{
    m_changeReplies.removeAll(nullptr);
    m_changeReplies.append(reply);
}

void PostedStatuses::abort()
{
    QList<QPointer<ApiReply>> replies = m_changeReplies;
    replies.append(m_listReply);
    for (const QPointer<ApiReply> &reply : std::as_const(replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    m_changeReplies.clear();
    m_listReply = nullptr;
    m_busyIds.clear();
}
