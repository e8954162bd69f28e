#include "scheduledposts.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

Q_LOGGING_CATEGORY(lcScheduled, "posthorn.schedule")

namespace {

const QString listPath = QStringLiteral("/api/v1/scheduled_statuses");

// The query of the `rel="next"` target of an RFC 8288 Link header, when it points at
// the same list; nullopt when there is no next page.
std::optional<QUrlQuery> nextPageQuery(const QByteArray &linkHeader, const QUrl &current)
{
    static const QRegularExpression link(
        QStringLiteral("<([^>]*)>\\s*;[^,]*\\brel=\"?([^\",;]*)\"?"));
    auto matches = link.globalMatch(QString::fromLatin1(linkHeader));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (!match.captured(2).split(QLatin1Char(' ')).contains(QLatin1String("next")))
            continue;
        const QUrl next = current.resolved(QUrl(match.captured(1)));
        // Only the same list on the same server: a page link must never take the token
        // elsewhere (ApiClient would refuse anyway) or somewhere unexpected.
        if (next.host() != current.host() || next.port() != current.port() ||
            next.scheme() != current.scheme() || !next.path().endsWith(listPath))
            return std::nullopt;
        return QUrlQuery(next);
    }
    return std::nullopt;
}

} // namespace

ScheduledPosts::ScheduledPosts(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(m_client);
}

ScheduledPosts::~ScheduledPosts()
{
    abort();
}

void ScheduledPosts::refresh()
{
    if (m_listReply) {
        m_listReply->disconnect(this);
        m_listReply->abort();
    }
    m_loading.clear();
    m_pagesLoaded = 0;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    requestPage(query);
}

void ScheduledPosts::requestPage(const QUrlQuery &query)
{
    m_listReply = m_client->get(listPath, query);
    connect(m_listReply, &ApiReply::finished, this, &ScheduledPosts::onPageFinished);
}

void ScheduledPosts::onPageFinished(const ApiResult &result)
{
    m_listReply = nullptr;
    ApiError error;
    const auto page =
        result.parseListAs<ScheduledStatus>(QStringLiteral("ScheduledStatus"), &error);
    if (!page) {
        m_loading.clear();
        emit failed(error);
        return;
    }
    m_loading.append(*page);
    ++m_pagesLoaded;
    const std::optional<QUrlQuery> next =
        page->isEmpty() ? std::nullopt : nextPageQuery(result.header("Link"), result.url);
    if (next && m_pagesLoaded < maxPages) {
        requestPage(*next);
        return;
    }
    m_posts = m_loading;
    m_loading.clear();
    sortPosts();
    qCDebug(lcScheduled) << "loaded" << m_posts.size() << "scheduled posts in" << m_pagesLoaded
                         << "page(s)";
    emit loaded(m_posts);
}

void ScheduledPosts::reschedule(const QString &id, const QDateTime &when)
{
    ApiReply *reply = m_client->putJson(
        listPath + QLatin1Char('/') + id,
        QJsonObject{{QStringLiteral("scheduled_at"), when.toUTC().toString(Qt::ISODateWithMs)}});
    track(reply, id);
    connect(reply, &ApiReply::finished, this, [this, id](const ApiResult &result) {
        m_busyIds.remove(id);
        ApiError error;
        const std::optional<ScheduledStatus> post = result.parseAs<ScheduledStatus>(&error);
        if (!post) {
            emit failed(error);
            return;
        }
        bool known = false;
        for (ScheduledStatus &existing : m_posts) {
            if (existing.id == post->id) {
                existing = *post;
                known = true;
            }
        }
        if (!known)
            m_posts.append(*post);
        sortPosts();
        emit rescheduled(*post);
    });
}

void ScheduledPosts::cancel(const QString &id)
{
    ApiReply *reply = m_client->deleteResource(listPath + QLatin1Char('/') + id);
    track(reply, id);
    connect(reply, &ApiReply::finished, this, [this, id](const ApiResult &result) {
        m_busyIds.remove(id);
        // Already gone (published or cancelled elsewhere) is what the user wanted too.
        if (!result.ok() && result.error.kind != ApiError::Kind::NotFound) {
            emit failed(result.error);
            return;
        }
        m_posts.erase(std::remove_if(m_posts.begin(), m_posts.end(),
                                     [&id](const ScheduledStatus &post) { return post.id == id; }),
                      m_posts.end());
        emit cancelled(id);
    });
}

void ScheduledPosts::track(ApiReply *reply, const QString &id)
{
    m_busyIds.insert(id);
    m_changeReplies.removeAll(nullptr);
    m_changeReplies.append(reply);
}

void ScheduledPosts::abort()
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
    m_loading.clear();
}

void ScheduledPosts::sortPosts()
{
    std::stable_sort(m_posts.begin(), m_posts.end(),
                     [](const ScheduledStatus &a, const ScheduledStatus &b) {
                         return a.scheduledAt < b.scheduledAt;
                     });
}
