#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ApiClient;
class ApiReply;
struct ApiResult;
struct Draft;

// The guard on posts for mentioned people only ("direct"): finds the accounts the text
// mentions, as the server parses them, so the post can go out with allowed_mentions[]
// set to them. Should the server take a mention for someone else (another account of
// that name, one Posthorn could not find), it refuses the post (422 with the
// unexpected accounts) instead of delivering it to them, and refusal() says so.
class MentionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionGuard)

public:
    // The handles mentioned in every part ("alice", "bob@remote.example"), once each.
    [[nodiscard]] static QStringList handles(const Draft &draft);
    // Whether `draft` goes out with allowed_mentions[].
    [[nodiscard]] static bool applies(const Draft &draft);
    // For a 422 with `unexpected_accounts`: what happened, in plain words naming them;
    // empty for any other answer.
    [[nodiscard]] static QString refusal(const ApiResult &result);

    MentionGuard(ApiClient *client, const QStringList &handles, QObject *parent = nullptr);

    // Looks each handle up on the server (resolving remote ones, as the server does for
    // a mention); then resolved() or failed().
    void start();

signals:
    // The ids of the accounts found; a handle the server does not know is left out.
    void resolved(const QStringList &accountIds);
    // The server could not be asked (network, 5xx, 429, 401): try again later.
    void failed(const ApiError &error);

private:
    void lookUpNext();
    void onAnswer(const ApiResult &result);

    QPointer<ApiClient> m_client;
    QStringList m_handles;
    qsizetype m_next = 0;
    QStringList m_ids;
    // Moves on with every lookup sent and every answer, so only the destruction of a
    // reply still awaited counts as a lost one.
    quint64 m_serial = 0;
    bool m_done = false;
};
