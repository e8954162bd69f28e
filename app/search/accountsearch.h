#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class AccountSearchModel;
class ApiClient;
class ApiReply;
class ImageLoader;
struct Account;
struct ApiResult;

// Account search for one signed-in account, as the search panel needs it: waits until
// the user pauses typing, drops the reply of a query that is no longer current, pages
// with `offset`, and loads follow state with one relationships request per page.
// Uses /api/v2/search, and /api/v1/accounts/search on servers without it.
class AccountSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSearch)

public:
    enum class State {
        Idle,        // nothing to search for
        Searching,   // the first page of a query is on its way
        Results,     // results are shown (more may be loading: isLoadingMore())
        NoResults,   // the server found nothing
        Error,       // errorMessage() says what went wrong
        RateLimited, // retryAt() says when searching works again (invalid if unknown)
        SignedOut,   // no client, or the server no longer accepts the token
    };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds defaultDebounce{300};
    // Mastodon's v2 search returns at most 40 per request.
    static constexpr int defaultPageSize = 20;

    explicit AccountSearch(QObject *parent = nullptr);
    ~AccountSearch() override;

    // nullptr means signed out. Call again with the new client when the account changes
    // (the same client again changes nothing): what is under way for the previous
    // account is dropped and the current query runs again.
    void setClient(ApiClient *client);
    // The signed-in account's id, if known: it is shown without a follow button.
    void setOwnAccountId(const QString &accountId);
    [[nodiscard]] ApiClient *client() const;

    void setDebounceInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds debounceInterval() const;
    void setPageSize(int size);
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    // The search field's text; searched once the user pauses typing. Empty clears.
    void setQuery(const QString &text);
    // Searches for the last setQuery() text at once instead of after the pause.
    void searchNow();
    // Forgets the query and the results.
    void clear();
    // Asks for the next page of the current results.
    void loadMore();

    // Follow or unfollow one of the results; unfollowing a pending request withdraws it.
    void follow(const QString &accountId);
    void unfollow(const QString &accountId);
    // Follows when not following (or unknown), otherwise unfollows.
    void toggleFollow(const QString &accountId);

    [[nodiscard]] AccountSearchModel *model() const { return m_model; }
    [[nodiscard]] ImageLoader *images() const { return m_images; }
    [[nodiscard]] State state() const { return m_state; }
    // The query whose results (or error) are shown.
    [[nodiscard]] QString query() const { return m_query; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QDateTime retryAt() const { return m_retryAt; }
    [[nodiscard]] bool canLoadMore() const;
    [[nodiscard]] bool isLoadingMore() const { return m_loadingMore; }
    // True once the server answered 404 to /api/v2/search for this client.
    [[nodiscard]] bool usesV1Search() const { return m_useV1; }

signals:
    void stateChanged(AccountSearch::State state);
    // canLoadMore() or isLoadingMore() changed.
    void pagingChanged();
    // A follow or unfollow failed; the result keeps its previous state.
    void actionFailed(const QString &accountId, const QString &message);

private:
    void startSearch();
    void requestPage(int offset);
    void onPageFinished(const ApiResult &result, int offset, bool usedV1);
    void requestRelationships(const QList<Account> &accounts);
    void onRelationshipsFinished(const ApiResult &result);
    void onFollowFinished(const ApiResult &result, const QString &accountId);
    void sendFollow(const QString &accountId, bool follow);
    void showError(const ApiError &error);
    void setState(State state);
    void setLoadingMore(bool loading);
    void cancelRequests();
    [[nodiscard]] bool isSignedIn() const;

    QPointer<ApiClient> m_client;
    ImageLoader *m_images;
    AccountSearchModel *m_model;
    QTimer m_debounce;
    int m_pageSize = defaultPageSize;

    QString m_pendingQuery;
    QString m_query;
    State m_state = State::SignedOut;
    QString m_errorMessage;
    QDateTime m_retryAt;
    bool m_useV1 = false;
    bool m_hasMore = false;
    bool m_loadingMore = false;
    // How many accounts the server has given for this query: the next page's offset.
    int m_nextOffset = 0;

    QPointer<ApiReply> m_pageReply;
    QList<QPointer<ApiReply>> m_relationshipReplies;
};
