#pragma once

#include "api/apierror.h"
#include "api/status.h"
#include "compose/draft.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;
struct ApiResult;

// Loads a published post to be edited: the post itself (GET /api/v1/statuses/:id, or
// the account's newest with openLatest) for its options, media and poll, then its
// source (GET .../source) for the text as typed, never the rendered HTML. One load at
// a time; a new one replaces what was running.
class StatusEdit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusEdit)

public:
    // `client` is the account's and must outlive this object.
    StatusEdit(ApiClient *client, const QString &accountKey, QObject *parent = nullptr);
    ~StatusEdit() override;

    void open(const QString &statusId);
    // The account's newest post of its own (no boosts).
    void openLatest(const QString &accountId);
    [[nodiscard]] bool isLoading() const { return !m_reply.isNull(); }

    // The edit as the composer takes it: `status` with its source `text` and
    // `spoilerText`.
    [[nodiscard]] static Draft draftFrom(const Status &status, const QString &text,
                                         const QString &spoilerText, const QString &accountKey);

signals:
    void ready(const Draft &draft);
    // The account has no post of its own to edit (openLatest).
    void nothingToEdit();
    void failed(const ApiError &error);

private:
    void watch(ApiReply *reply, void (StatusEdit::*handler)(const ApiResult &));
    void onLatest(const ApiResult &result);
    void onStatus(const ApiResult &result);
    void onSource(const ApiResult &result);
    void readSource();

    ApiClient *m_client;
    QString m_accountKey;
    QPointer<ApiReply> m_reply;
    Status m_status;
};
