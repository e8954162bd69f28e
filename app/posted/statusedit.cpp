#include "statusedit.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "posted/redraft.h"

#include <QUrlQuery>

StatusEdit::StatusEdit(ApiClient *client, const QString &accountKey, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_accountKey(accountKey)
{}

StatusEdit::~StatusEdit()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void StatusEdit::open(const QString &statusId)
{
    watch(m_client->get(QStringLiteral("/api/v1/statuses/") + statusId), &StatusEdit::onStatus);
}

void StatusEdit::openLatest(const QString &accountId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("exclude_reblogs"), QStringLiteral("true"));
    watch(m_client->get(QStringLiteral("/api/v1/accounts/%1/statuses").arg(accountId), query),
          &StatusEdit::onLatest);
}

Draft StatusEdit::draftFrom(const Status &status, const QString &text, const QString &spoilerText,
                            const QString &accountKey)
{
    // What a redraft brings back, media ids and poll included, with the source text.
    Draft draft = Redraft::fromDeleted(status, accountKey);
    draft.parts = {text};
    draft.contentWarning = !spoilerText.isEmpty();
    draft.spoilerText = spoilerText;
    // An edit keeps the post's place in its thread; nothing is sent for it.
    draft.inReplyToId.clear();
    DraftEdit edit;
    edit.statusId = status.id;
    edit.createdAt = status.createdAt;
    edit.originalPoll = draft.poll;
    draft.edit = edit;
    return draft;
}

void StatusEdit::watch(ApiReply *reply, void (StatusEdit::*handler)(const ApiResult &))
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, handler);
}

void StatusEdit::onLatest(const ApiResult &result)
{
    m_reply = nullptr;
    ApiError error = result.error;
    const auto statuses = result.parseListAs<Status>(QStringLiteral("Status"), &error);
    if (!statuses) {
        emit failed(error);
        return;
    }
    if (statuses->isEmpty()) {
        emit nothingToEdit();
        return;
    }
    m_status = statuses->constFirst();
    readSource();
}

void StatusEdit::onStatus(const ApiResult &result)
{
    m_reply = nullptr;
    ApiError error = result.error;
    const auto status = result.parseAs<Status>(&error);
    if (!status) {
        emit failed(error);
        return;
    }
    m_status = *status;
    readSource();
}

void StatusEdit::readSource()
{
    watch(m_client->get(QStringLiteral("/api/v1/statuses/%1/source").arg(m_status.id)),
          &StatusEdit::onSource);
}

void StatusEdit::onSource(const ApiResult &result)
{
    m_reply = nullptr;
    if (!result.ok()) {
        emit failed(result.error);
        return;
    }
    const QJsonObject source = result.jsonValue().toObject();
    const QJsonValue text = source.value(QLatin1String("text"));
    if (!text.isString()) {
        emit failed(result.malformed(QStringLiteral("the source has no text")));
        return;
    }
    emit ready(draftFrom(m_status, text.toString(),
                         source.value(QLatin1String("spoiler_text")).toString(), m_accountKey));
}
