#pragma once

#include "api/status.h"
#include "compose/draft.h"
#include "outbox/postsettler.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;
struct ApiResult;

// Finds out whether an edit whose answer never arrived was applied after all. Mastodon
// keeps no Idempotency-Key for PUT and records every edit in the post's history, so an
// edit is sent again only once the post is seen without it: its source text, content
// warning, media and their descriptions are compared with the edit. Says so once,
// through settled(), with PostSettler's outcomes.
class EditSettler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditSettler)

public:
    EditSettler(ApiClient *client, const Draft &edit, QObject *parent = nullptr);
    ~EditSettler() override;

    void start();
    // True when the post as the server has it (`status`, with its source `text` and
    // `spoilerText`) shows the edit.
    [[nodiscard]] static bool applied(const Draft &edit, const Status &status, const QString &text,
                                      const QString &spoilerText);

signals:
    void settled(const PostSettler::Result &result);

private:
    void watch(ApiReply *reply, void (EditSettler::*handler)(const ApiResult &));
    void onStatus(const ApiResult &result);
    void onSource(const ApiResult &result);
    void answered();
    void finish(const PostSettler::Result &result);

    QPointer<ApiClient> m_client;
    Draft m_edit;
    Status m_status;
    QPointer<ApiReply> m_reply;
    bool m_done = false;
};
