#pragma once

#include "api/apierror.h"
#include "api/scheduledstatus.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrlQuery>

class ApiClient;
class ApiReply;
struct ApiResult;

// One account's scheduled posts: the list (GET /api/v1/scheduled_statuses, every page),
// moving one to another time (PUT .../:id with scheduled_at) and cancelling one
// (DELETE .../:id). Keeps the last list in step with what it changed.
class ScheduledPosts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduledPosts)

public:
    // Mastodon keeps at most 300 scheduled posts; 40 per page covers them in 8 pages.
    static constexpr int pageSize = 40;
    static constexpr int maxPages = 10;

    // `client` is the account's; it must outlive this object.
    explicit ScheduledPosts(ApiClient *client, QObject *parent = nullptr);
    ~ScheduledPosts() override;

    // Loads the whole list; a refresh still running is replaced.
    void refresh();
    // `when` in any time zone; sent as UTC. The server refuses less than five minutes
    // ahead (failed() with its 422 message); check with ScheduleRule first.
    void reschedule(const QString &id, const QDateTime &when);
    void cancel(const QString &id);
    // Stops everything running; no signal follows.
    void abort();

    // The last loaded list, soonest first, with later changes applied.
    [[nodiscard]] QList<ScheduledStatus> posts() const { return m_posts; }
    [[nodiscard]] bool isRefreshing() const { return !m_listReply.isNull(); }
    // True while a reschedule or cancel of this post is running.
    [[nodiscard]] bool isBusy(const QString &id) const { return m_busyIds.contains(id); }

signals:
    // Soonest first.
    void loaded(const QList<ScheduledStatus> &posts);
    void rescheduled(const ScheduledStatus &post);
    void cancelled(const QString &id);
    void failed(const ApiError &error);

private:
    void requestPage(const QUrlQuery &query);
    void onPageFinished(const ApiResult &result);
    void track(ApiReply *reply, const QString &id);
    void sortPosts();

    ApiClient *m_client;
    QPointer<ApiReply> m_listReply;
    QList<QPointer<ApiReply>> m_changeReplies;
    QSet<QString> m_busyIds;
    QList<ScheduledStatus> m_posts;
    QList<ScheduledStatus> m_loading;
    int m_pagesLoaded = 0;
};
