#include "mentionguard.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "compose/draft.h"
#include "compose/textentities.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

// "alice@Example.org" → "alice@example.org": domains compare without case, and so do
// usernames on Mastodon.
QString normalised(const QString &handle)
{
    return handle.toLower();
}

} // namespace

QStringList MentionGuard::handles(const Draft &draft)
{
    QStringList found;
    for (const QString &part : draft.parts) {
        const QList<TextEntities::Entity> entities = TextEntities::find(part);
        for (const TextEntities::Entity &entity : entities) {
            if (entity.kind != TextEntities::Kind::Mention &&
                entity.kind != TextEntities::Kind::RemoteMention)
                continue;
            const QString handle = part.mid(entity.start + 1, entity.end - entity.start - 1);
            if (!found.contains(handle, Qt::CaseInsensitive))
                found.append(handle);
        }
    }
    return found;
}

bool MentionGuard::applies(const Draft &draft)
{
    return draft.visibility == QLatin1String("direct");
}

QString MentionGuard::refusal(const ApiResult &result)
{
    if (result.httpStatus != 422 || !result.json.isObject())
        return {};
    const QJsonArray accounts =
        result.json.object().value(QLatin1String("unexpected_accounts")).toArray();
    QStringList names;
    for (const QJsonValue &account : accounts) {
        const QString acct = account.toObject().value(QLatin1String("acct")).toString();
        if (!acct.isEmpty())
            names.append(QLatin1Char('@') + acct);
    }
    if (names.isEmpty())
        return {};
    return tr("it would also have been delivered to %1, who is not among the people Posthorn "
              "found for the names you typed. Nothing was sent. Check the names after @ (a "
              "name without its server can mean someone else), then post again.",
              nullptr, static_cast<int>(names.size()))
        .arg(names.join(QStringLiteral(", ")));
}

MentionGuard::MentionGuard(ApiClient *client, const QStringList &handles, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_handles(handles)
{}

void MentionGuard::start()
{
    lookUpNext();
}

void MentionGuard::lookUpNext()
{
    if (m_next >= m_handles.size()) {
        m_done = true;
        emit resolved(m_ids);
        return;
    }
    if (!m_client) {
        m_done = true;
        emit failed(ApiError::make(ApiError::Kind::Cancelled, tr("The account was signed out.")));
        return;
    }
    // Search with resolve, not lookup: a remote account the server has not met yet is
    // fetched, as it is when the server processes a mention.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QLatin1Char('@') + m_handles.at(m_next));
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("accounts"));
    query.addQueryItem(QStringLiteral("resolve"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
    ApiReply *reply = m_client->get(QStringLiteral("/api/v2/search"), query);
    const quint64 serial = ++m_serial;
    connect(reply, &ApiReply::finished, this, &MentionGuard::onAnswer);
    // A reply destroyed unanswered (its client went): the post waits, as for a network
    // error. An answered one deletes itself later, which means nothing.
    connect(reply, &QObject::destroyed, this, [this, serial] {
        if (serial != m_serial || m_done)
            return;
        m_done = true;
        emit failed(ApiError::make(ApiError::Kind::Cancelled, tr("The account was signed out.")));
    });
}

void MentionGuard::onAnswer(const ApiResult &result)
{
    ++m_serial;
    if (m_done)
        return;
    if (!result.ok()) {
        switch (result.error.kind) {
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
        case ApiError::Kind::ServerError:
        case ApiError::Kind::RateLimited:
        case ApiError::Kind::Cancelled:
        case ApiError::Kind::Unauthorized:
        case ApiError::Kind::Tls:
        case ApiError::Kind::Insecure:
            m_done = true;
            emit failed(result.error);
            return;
        default:
            // Not found, or not searchable: left out, so the server refuses the post
            // rather than deliver it to whoever it finds under that name.
            break;
        }
    } else {
        const QString handle = normalised(m_handles.at(m_next));
        const QString host = m_client ? normalised(m_client->baseUrl().host()) : QString();
        const QJsonArray accounts = result.json.object().value(QLatin1String("accounts")).toArray();
        for (const QJsonValue &value : accounts) {
            const QJsonObject account = value.toObject();
            const QString acct = normalised(account.value(QLatin1String("acct")).toString());
            // A local account's acct has no domain; typed with this server's, it is the same.
            if (acct == handle || acct + QLatin1Char('@') + host == handle) {
                m_ids.append(account.value(QLatin1String("id")).toString());
                break;
            }
        }
    }
    ++m_next;
    lookUpNext();
}
