#pragma once

#include "api/apierror.h"
#include "api/status.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class ApiClient;
class ApiReply;
struct ApiResult;

// One account's own recent posts, newest first (GET /api/v1/accounts/:id/statuses
// without boosts, a page at a time as the user asks for more), and deleting one of
// them (DELETE /api/v1/statuses/:id), plainly or to redraft it.
//
// A redraft reads the post's source first (GET .../source): if the DELETE's answer is
// lost (a dropped connection), the post may be gone with nothing in hand to bring back.
// With the source kept, asking again finds the post gone (404) and redrafts from it.
class PostedStatuses final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostedStatuses)

public:
    // Mastodon's default page; its maximum is 40.
    static constexpr int pageSize = 20;

    // `client` is the account's and must outlive this object; `accountId` is the
    // account's id on that server.
    PostedStatuses(ApiClient *client, const QString &accountId, QObject *parent = nullptr);
    ~PostedStatuses() override;

    [[nodiscard]] QString accountId() const { return m_accountId; }

    // Loads the newest page again; what was loaded is replaced once it arrives.
    void refresh();
    // The next older page, after the last one loaded.
    void loadMore();
    // Deletes the post; deleted() or failed() follows.
    void remove(const QString &id);
    // Deletes the post and hands back what is needed to write it again: redrafted() or
    // failed() follows.
    void redraft(const QString &id);
    // Stops everything running; no signal follows.
    void abort();

    [[nodiscard]] QList<Status> statuses() const { return m_statuses; }
    [[nodiscard]] bool hasMore() const { return m_hasMore; }
    [[nodiscard]] bool isLoading() const { return !m_listReply.isNull(); }
    // True while a delete of this post is running.
    [[nodiscard]] bool isBusy(const QString &id) const { return m_busyIds.contains(id); }

signals:
    // The list changed: a page arrived (the first replaces the list).
    void loaded();
    void loadFailed(const ApiError &error);
    void deleted(const QString &id);
    // The post is deleted; `status` has its source text, content warning, visibility,
    // language, sensitive flag, media (kept by the server for a redraft) and poll.
    void redrafted(const Status &status);
    // Deleting `id` failed; the post stays listed.
    void failed(const QString &id, const ApiError &error);

private:
    void requestPage(const QString &maxId);
    void onPageFinished(const ApiResult &result, bool first);
    void sendDelete(const QString &id, bool forRedraft);
    void onDeleteFinished(const QString &id, bool forRedraft, const ApiResult &result);
    void fail(const QString &id, const ApiError &error);
    void forget(const QString &id);
    [[nodiscard]] std::optional<Status> listed(const QString &id) const;
    void track(ApiReply *reply);

    ApiClient *m_client;
    QString m_accountId;
    QPointer<ApiReply> m_listReply;
    QList<QPointer<ApiReply>> m_changeReplies;
    QSet<QString> m_busyIds;
    QList<Status> m_statuses;
    // The max_id of the next older page, from the last page's Link header.
    QString m_nextMaxId;
    bool m_hasMore = false;
    // Sources read before a redraft's DELETE, by status id, until the post is redrafted.
    QHash<QString, Status> m_sources;
};
