#pragma once

#include "api/apierror.h"
#include "outbox/postmatcher.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class ApiReply;
struct ApiResult;

// Finds out whether a part whose answer never arrived is on the server after all: it
// reads the account's latest statuses (and, for a scheduled post, the scheduled ones)
// and looks for the part there. Says so once, through settled().
class PostSettler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostSettler)

public:
    enum class Outcome {
        Found,    // the part is on the server: id (and url) say where
        NotFound, // the server answered and the part is not among its latest posts
        Unknown,  // the server could not be asked; `error` says why
    };
    struct Result
    {
        Outcome outcome = Outcome::Unknown;
        QString id;
        QUrl url;
        QDateTime scheduledAt;
        ApiError error;
    };
    // How many of the latest statuses are read; Mastodon's most per page.
    static constexpr int pageSize = 40;

    PostSettler(ApiClient *client, const PostMatcher &matcher, QObject *parent = nullptr);
    ~PostSettler() override;

    void start();

signals:
    void settled(const PostSettler::Result &result);

private:
    void readStatuses(const QString &accountId);
    void readScheduled();
    void watch(ApiReply *reply, void (PostSettler::*handler)(const ApiResult &));
    void onAccount(const ApiResult &result);
    void onStatuses(const ApiResult &result);
    void onScheduled(const ApiResult &result);
    void answered();
    void finish(const Result &result);

    QPointer<ApiClient> m_client;
    PostMatcher m_matcher;
    QPointer<ApiReply> m_reply;
    bool m_done = false;
};
