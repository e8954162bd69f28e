#include "editsettler.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"

EditSettler::EditSettler(ApiClient *client, const Draft &edit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_edit(edit)
{}

EditSettler::~EditSettler()
{
    if (m_reply)
        m_reply->disconnect(this);
}

void EditSettler::start()
{
    if (!m_client || !m_edit.edit) {
        PostSettler::Result result;
        result.error.kind = ApiError::Kind::Cancelled;
        finish(result);
        return;
    }
    watch(m_client->get(QStringLiteral("/api/v1/statuses/") + m_edit.edit->statusId),
          &EditSettler::onStatus);
}

bool EditSettler::applied(const Draft &edit, const Status &status, const QString &text,
                          const QString &spoilerText)
{
    if (text != edit.parts.value(0) || spoilerText != edit.effectiveSpoilerText())
        return false;
    if (status.mediaAttachments.size() != edit.attachments.size())
        return false;
    for (qsizetype i = 0; i < edit.attachments.size(); ++i) {
        const MediaAttachment &media = status.mediaAttachments.at(i);
        if (media.id != edit.attachments.at(i).mediaId ||
            media.description != edit.attachments.at(i).description)
            return false;
    }
    return true;
}

void EditSettler::watch(ApiReply *reply, void (EditSettler::*handler)(const ApiResult &))
{
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, handler);
    // A reply that dies unanswered (its client went) leaves the question open.
    connect(reply, &QObject::destroyed, this, [this] {
        PostSettler::Result result;
        result.error.kind = ApiError::Kind::Cancelled;
        finish(result);
    });
}

void EditSettler::onStatus(const ApiResult &result)
{
    answered();
    PostSettler::Result settled;
    if (!result.ok()) {
        settled.error = result.error;
        // The post is gone: the edit is sent, and the server's 404 tells the user.
        if (result.error.kind == ApiError::Kind::NotFound)
            settled.outcome = PostSettler::Outcome::NotFound;
        finish(settled);
        return;
    }
    const auto status = result.parseAs<Status>(&settled.error);
    if (!status || !m_client) {
        finish(settled);
        return;
    }
    m_status = *status;
    watch(m_client->get(QStringLiteral("/api/v1/statuses/%1/source").arg(m_status.id)),
          &EditSettler::onSource);
}

void EditSettler::onSource(const ApiResult &result)
{
    answered();
    PostSettler::Result settled;
    if (!result.ok()) {
        settled.error = result.error;
        finish(settled);
        return;
    }
    const QJsonObject source = result.jsonValue().toObject();
    const QJsonValue text = source.value(QLatin1String("text"));
    if (!text.isString()) {
        settled.error = result.malformed(QStringLiteral("no source text"));
        finish(settled);
        return;
    }
    if (applied(m_edit, m_status, text.toString(),
                source.value(QLatin1String("spoiler_text")).toString())) {
        settled.outcome = PostSettler::Outcome::Found;
        settled.id = m_status.id;
        settled.url = m_status.url;
    } else {
        settled.outcome = PostSettler::Outcome::NotFound;
    }
    finish(settled);
}

void EditSettler::answered()
{
    // The reply deletes itself later; its destruction then means nothing.
    if (m_reply)
        m_reply->disconnect(this);
    m_reply = nullptr;
}

void EditSettler::finish(const PostSettler::Result &result)
{
    if (m_done)
        return;
    m_done = true;
    answered();
    emit settled(result);
}
