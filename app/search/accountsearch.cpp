#include "accountsearch.h"

#include "accountsearchmodel.h"
#include "api/account.h"
#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/jsonreader.h"
#include "api/relationship.h"
#include "imageloader.h"
#include "searchlog.h"
#include "searchquery.h"

#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

#include <utility>

Q_LOGGING_CATEGORY(lcSearch, "posthorn.search")

namespace {

const QString searchV2Path = QStringLiteral("/api/v2/search");
const QString searchV1Path = QStringLiteral("/api/v1/accounts/search");
const QString relationshipsPath = QStringLiteral("/api/v1/accounts/relationships");

// Ids go into a path; one with a slash could only be a server's mistake or a trick.
bool isUsableId(const QString &id)
{
    return !id.isEmpty() && !id.contains(QLatin1Char('/'));
}

} // namespace

AccountSearch::AccountSearch(QObject *parent)
    : QObject(parent)
    , m_images(new ImageLoader(this))
    , m_model(new AccountSearchModel(m_images, this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(defaultDebounce);
    connect(&m_debounce, &QTimer::timeout, this, &AccountSearch::startSearch);
}

AccountSearch::~AccountSearch()
{
    cancelRequests();
}

void AccountSearch::setClient(ApiClient *client)
{
    if (client == m_client && client)
        return;
    cancelRequests();
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_useV1 = false;
    m_hasMore = false;
    m_loadingMore = false;
    m_images->setNetwork(client ? client->network() : nullptr);
    m_model->clear();
    emit pagingChanged();
    if (client) {
        // Replies belong to the client and die with it, without finishing.
        connect(client, &QObject::destroyed, this, [this] {
            m_pageReply = nullptr;
            m_relationshipReplies.clear();
            setClient(nullptr);
        });
    }
    if (!isSignedIn()) {
        m_debounce.stop();
        setState(State::SignedOut);
    } else if (!m_pendingQuery.isEmpty()) {
        // A new account sees its own results for the same query (relationships differ).
        startSearch();
    } else {
        setState(State::Idle);
    }
}

void AccountSearch::setOwnAccountId(const QString &accountId)
{
    m_model->setOwnAccountId(accountId);
}

ApiClient *AccountSearch::client() const
{
    return m_client;
}

void AccountSearch::setDebounceInterval(std::chrono::milliseconds interval)
{
    m_debounce.setInterval(interval);
}

std::chrono::milliseconds AccountSearch::debounceInterval() const
{
    return m_debounce.intervalAsDuration();
}

void AccountSearch::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 40);
}

void AccountSearch::setQuery(const QString &text)
{
    m_pendingQuery = text.trimmed();
    if (m_pendingQuery.isEmpty()) {
        clear();
        return;
    }
    // Typed back to what is shown or on its way: nothing new to ask.
    const bool current =
        m_pendingQuery == m_query &&
        (m_state == State::Searching || m_state == State::Results || m_state == State::NoResults);
    if (current) {
        m_debounce.stop();
        return;
    }
    m_debounce.start();
}

void AccountSearch::searchNow()
{
    m_debounce.stop();
    if (!m_pendingQuery.isEmpty())
        startSearch();
}

void AccountSearch::clear()
{
    m_debounce.stop();
    cancelRequests();
    m_pendingQuery.clear();
    m_query.clear();
    m_hasMore = false;
    m_loadingMore = false;
    m_model->clear();
    emit pagingChanged();
    setState(isSignedIn() ? State::Idle : State::SignedOut);
}

void AccountSearch::loadMore()
{
    if (!canLoadMore())
        return;
    setLoadingMore(true);
    requestPage(m_nextOffset);
}

bool AccountSearch::canLoadMore() const
{
    return isSignedIn() && m_hasMore && !m_pageReply && m_model->rowCount() > 0;
}

void AccountSearch::follow(const QString &accountId)
{
    sendFollow(accountId, true);
}

void AccountSearch::unfollow(const QString &accountId)
{
    sendFollow(accountId, false);
}

void AccountSearch::toggleFollow(const QString &accountId)
{
    const AccountSearchModel::FollowState state = m_model->followState(m_model->rowOf(accountId));
    const bool following = state == AccountSearchModel::FollowState::Following ||
                           state == AccountSearchModel::FollowState::Requested;
    sendFollow(accountId, !following);
}

void AccountSearch::startSearch()
{
    m_debounce.stop();
    cancelRequests();
    m_query = m_pendingQuery;
    m_nextOffset = 0;
    m_hasMore = false;
    m_loadingMore = false;
    if (m_query.isEmpty()) {
        clear();
        return;
    }
    if (!isSignedIn()) {
        m_model->clear();
        emit pagingChanged();
        setState(State::SignedOut);
        return;
    }
    // The previous results stay until the new ones arrive, so the list does not flicker.
    setState(State::Searching);
    requestPage(0);
    emit pagingChanged();
}

void AccountSearch::requestPage(int offset)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), m_query);
    if (!m_useV1)
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("accounts"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    // Kept on every page, so the server counts offsets over the same list.
    if (SearchQuery::wantsResolve(m_query))
        query.addQueryItem(QStringLiteral("resolve"), QStringLiteral("true"));

    const bool usedV1 = m_useV1;
    ApiReply *reply = m_client->get(usedV1 ? searchV1Path : searchV2Path, query);
    m_pageReply = reply;
    connect(reply, &ApiReply::finished, this,
            [this, reply, offset, usedV1](const ApiResult &result) {
                // Only the current query's reply counts; older ones are aborted and ignored.
                if (reply != m_pageReply)
                    return;
                m_pageReply = nullptr;
                onPageFinished(result, offset, usedV1);
            });
}

void AccountSearch::onPageFinished(const ApiResult &result, int offset, bool usedV1)
{
    if (!result.ok()) {
        if (result.error.kind == ApiError::Kind::NotFound && !usedV1) {
            qCInfo(lcSearch) << "no /api/v2/search on this server; using /api/v1/accounts/search";
            m_useV1 = true;
            requestPage(offset);
            return;
        }
        if (offset == 0) {
            // Results of an older query must not stand for this one.
            m_model->clear();
            m_hasMore = false;
        }
        m_loadingMore = false;
        emit pagingChanged();
        showError(result.error);
        return;
    }

    QString problem;
    const QJsonValue list =
        usedV1 ? result.jsonValue() : result.json.object().value(QLatin1String("accounts"));
    const std::optional<QList<Account>> accounts =
        JsonReader::parseList<Account>(list, QStringLiteral("Account"), &problem);
    if (!accounts) {
        if (offset == 0)
            m_model->clear();
        m_loadingMore = false;
        emit pagingChanged();
        showError(result.malformed(problem));
        return;
    }

    QList<Account> added;
    if (offset == 0) {
        m_model->setAccounts(*accounts);
        added = *accounts;
    } else {
        added = m_model->appendAccounts(*accounts);
    }
    m_nextOffset = offset + int(accounts->size());
    m_hasMore = accounts->size() >= m_pageSize;
    m_loadingMore = false;
    m_errorMessage.clear();
    m_retryAt = {};
    setState(m_model->rowCount() > 0 ? State::Results : State::NoResults);
    emit pagingChanged();
    requestRelationships(added);
}

void AccountSearch::requestRelationships(const QList<Account> &accounts)
{
    QUrlQuery query;
    for (const Account &account : accounts)
        query.addQueryItem(QStringLiteral("id[]"), account.id);
    if (query.isEmpty())
        return;
    ApiReply *reply = m_client->get(relationshipsPath, query);
    m_relationshipReplies.append(reply);
    connect(reply, &ApiReply::finished, this, [this, reply](const ApiResult &result) {
        if (!m_relationshipReplies.removeOne(reply))
            return;
        onRelationshipsFinished(result);
    });
}

void AccountSearch::onRelationshipsFinished(const ApiResult &result)
{
    ApiError error;
    const auto relationships =
        result.parseListAs<Relationship>(QStringLiteral("Relationship"), &error);
    if (!relationships) {
        // The results are still useful without follow state (a token without the
        // read:follows scope, a passing error): they show it as unknown.
        qCWarning(lcSearch).noquote()
            << "relationships failed:" << ApiError::kindName(error.kind) << error.message;
        return;
    }
    for (const Relationship &relationship : *relationships)
        m_model->setRelationship(relationship);
}

void AccountSearch::sendFollow(const QString &accountId, bool follow)
{
    const int row = m_model->rowOf(accountId);
    if (row < 0 || m_model->isFollowBusy(row))
        return;
    if (!isSignedIn()) {
        emit actionFailed(accountId, tr("Sign in to follow accounts."));
        return;
    }
    if (accountId == m_model->ownAccountId()) {
        emit actionFailed(accountId, tr("You cannot follow your own account."));
        return;
    }
    if (!isUsableId(accountId)) {
        emit actionFailed(accountId, tr("This account cannot be followed from here."));
        return;
    }
    m_model->setFollowBusy(accountId, true);
    const QString path = QStringLiteral("/api/v1/accounts/") + accountId +
                         (follow ? QStringLiteral("/follow") : QStringLiteral("/unfollow"));
    ApiReply *reply = m_client->postJson(path, {});
    ApiClient *client = m_client;
    connect(reply, &ApiReply::finished, this, [this, accountId, client](const ApiResult &result) {
        // The account was switched meanwhile: its results are gone.
        if (client != m_client)
            return;
        onFollowFinished(result, accountId);
    });
}

void AccountSearch::onFollowFinished(const ApiResult &result, const QString &accountId)
{
    m_model->setFollowBusy(accountId, false);
    ApiError error;
    const auto relationship = result.parseAs<Relationship>(&error);
    if (relationship) {
        m_model->setRelationship(*relationship);
        return;
    }
    QString message = error.message;
    if (error.kind == ApiError::Kind::RateLimited && error.retryAt.isValid())
        message =
            tr("Too many follows or unfollows. Try again after %1.")
                .arg(QLocale().toString(error.retryAt.toLocalTime().time(), QLocale::ShortFormat));
    qCInfo(lcSearch).noquote() << "follow change failed:" << ApiError::kindName(error.kind);
    emit actionFailed(accountId, message);
    if (error.kind == ApiError::Kind::Unauthorized) {
        m_model->clear();
        m_errorMessage = error.message;
        setState(State::SignedOut);
    }
}

void AccountSearch::showError(const ApiError &error)
{
    m_errorMessage = error.message;
    m_retryAt = {};
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        m_model->clear();
        m_hasMore = false;
        emit pagingChanged();
        setState(State::SignedOut);
        break;
    case ApiError::Kind::RateLimited:
        m_retryAt = error.retryAt;
        setState(State::RateLimited);
        break;
    default:
        setState(State::Error);
        break;
    }
    qCInfo(lcSearch).noquote() << "search failed:" << ApiError::kindName(error.kind)
                               << error.httpStatus;
}

void AccountSearch::setState(State state)
{
    // Emitted even when the state stays, because its message or time may have changed.
    m_state = state;
    emit stateChanged(state);
}

void AccountSearch::setLoadingMore(bool loading)
{
    if (m_loadingMore == loading)
        return;
    m_loadingMore = loading;
    emit pagingChanged();
}

void AccountSearch::cancelRequests()
{
    // Disconnected before the abort, so the Cancelled results reach nobody.
    if (ApiReply *reply = m_pageReply) {
        m_pageReply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
    const QList<QPointer<ApiReply>> relationships = std::exchange(m_relationshipReplies, {});
    for (const QPointer<ApiReply> &reply : relationships) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

bool AccountSearch::isSignedIn() const
{
    return m_client && m_client->hasAccessToken();
}
