#pragma once

#include "posted/linkedstatus.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class ApiClient;
class ApiReply;
struct ApiResult;

// Finds a post by its link on the user's own server (GET /api/v2/search?type=statuses
// &resolve=true&q=URL), which fetches it from its home server when needed: the status
// id a reply (in_reply_to_id) or a quote (quoted_status_id) must name is the one the
// user's server gives it. No widgets: the composer and `posthorn post` both use it.
class StatusLinkResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLinkResolver)

public:
    explicit StatusLinkResolver(QObject *parent = nullptr);
    ~StatusLinkResolver() override;

    // Looks `url` up with `client` (the posting account's); what ran before is dropped.
    // resolved() or failed() follows, unless abort() comes first.
    void resolve(ApiClient *client, const QUrl &url);
    void abort();
    [[nodiscard]] bool isRunning() const { return !m_reply.isNull(); }
    [[nodiscard]] QUrl url() const { return m_url; }

signals:
    void resolved(const LinkedStatus &status);
    // `message` says for the user what went wrong: not found (or not visible to this
    // account), the network, the server's own words.
    void failed(const QString &message);

private:
    void onFinished(const ApiResult &result);

    QPointer<ApiReply> m_reply;
    QUrl m_url;
};
