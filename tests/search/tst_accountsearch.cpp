// AccountSearch over real HTTP against the sandbox: what the server receives (one
// request per pause in typing, batched relationships, offsets, the v1 fallback), what
// it changes (follows), and what the results and states look like afterwards.
#include "api/apiclient.h"
#include "api/relationship.h"
#include "search/accountsearch.h"
#include "search/accountsearchmodel.h"
#include "search/imagediskcache.h"
#include "search/imageloader.h"

#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrlQuery>

#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr int timeoutMs = 15000;

using Role = AccountSearchModel::Role;
using FollowState = AccountSearchModel::FollowState;
using State = AccountSearch::State;

const QString searchV2 = QStringLiteral("/api/v2/search");
const QString searchV1 = QStringLiteral("/api/v1/accounts/search");
const QString relationships = QStringLiteral("/api/v1/accounts/relationships");

// A client for one account with its own access manager and disk cache, as the app has.
struct Session
{
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<ApiClient> client;
};

QString stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

QUrlQuery queryOf(const QJsonObject &entry)
{
    return QUrlQuery(entry.value(QLatin1String("query")).toString());
}

QString param(const QJsonObject &entry, const QString &key)
{
    return queryOf(entry).queryItemValue(key, QUrl::FullyDecoded);
}

QStringList accts(const AccountSearchModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row).data(Role::AcctRole).toString();
    return result;
}

QStringList ids(const AccountSearchModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row).data(Role::AccountIdRole).toString();
    return result;
}

bool allRelationshipsKnown(const AccountSearchModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (FollowState(model->index(row).data(Role::FollowStateRole).toInt()) ==
            FollowState::Unknown)
            return false;
    }
    return true;
}

bool allAvatarsLoaded(const AccountSearch &search)
{
    const AccountSearchModel *model = search.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(Role::AvatarImageRole).toByteArray().isEmpty())
            return false;
    }
    return search.images()->pendingCount() == 0;
}

// Waits for a reply the test made itself.
ApiResult awaitResult(ApiReply *reply)
{
    auto outcome = std::make_shared<std::optional<ApiResult>>();
    QObject::connect(reply, &ApiReply::finished, reply,
                     [outcome](const ApiResult &result) { *outcome = result; });
    if (!QTest::qWaitFor([&] { return outcome->has_value(); }, timeoutMs))
        qWarning("a reply of the test itself never finished");
    return outcome->value_or(ApiResult{});
}

} // namespace

class TestAccountSearch : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    QString m_token;

    Session session(const QString &token)
    {
        Session s;
        s.nam = std::make_unique<QNetworkAccessManager>();
        s.nam->setCache(ImageDiskCache::create(m_cacheDir->path()));
        s.client = std::make_unique<ApiClient>(s.nam.get(), m_sandbox.baseUrl());
        s.client->setAccessToken(token);
        return s;
    }

    static bool waitForState(const AccountSearch &search, State state)
    {
        return QTest::qWaitFor([&] { return search.state() == state; }, timeoutMs);
    }

    // The sandbox's own view of a relationship, asked directly.
    Relationship serverRelationship(ApiClient *client, const QString &id)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("id[]"), id);
        const auto list = awaitResult(client->get(relationships, query))
                              .parseListAs<Relationship>(QStringLiteral("Relationship"));
        return list && !list->isEmpty() ? list->constFirst() : Relationship{};
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void init()
    {
        m_sandbox.reset();
        m_cacheDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cacheDir->isValid());
        m_token = m_sandbox.mintToken();
        QVERIFY(!m_token.isEmpty());
    }

    void typingQuicklySendsOneRequest()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        QCOMPARE(search.debounceInterval(), AccountSearch::defaultDebounce);
        // A pause far longer than the gaps between keys: a slow moment of a busy test
        // machine between two keys cannot pass for a pause in typing.
        constexpr auto pause = 2000ms;
        search.setDebounceInterval(pause);

        // Eight characters, each well within the pause that starts a search.
        const QString typed = QStringLiteral("grace ho");
        QString text;
        for (const QChar c : typed) {
            text += c;
            search.setQuery(text);
            // Fixed wait: the pace of typing is what this test is about.
            QTest::qWait(25);
        }
        QVERIFY(m_sandbox.requestsTo(QStringList{searchV2, searchV1}).isEmpty());

        QVERIFY(waitForState(search, State::Results));
        // Fixed wait: checks that no second search follows, which could only come a
        // pause after one of the keys.
        QTest::qWait(int(pause.count()) + 200);
        const QList<QJsonObject> sent = m_sandbox.requestsTo(QStringList{searchV2, searchV1});
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first()[QLatin1String("path")].toString(), searchV2);
        QCOMPARE(param(sent.first(), QStringLiteral("q")), typed);
        QCOMPARE(param(sent.first(), QStringLiteral("type")), QStringLiteral("accounts"));
        QCOMPARE(param(sent.first(), QStringLiteral("limit")),
                 QString::number(AccountSearch::defaultPageSize));
        // A plain name is not looked up over federation.
        QVERIFY(!queryOf(sent.first()).hasQueryItem(QStringLiteral("resolve")));
        QCOMPARE(accts(search.model()), QStringList{QStringLiteral("grace")});
    }

    void staleSlowReplyNeverReplacesNewerResults()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        m_sandbox.addFault({{QStringLiteral("path"), searchV2},
                            {QStringLiteral("kind"), QStringLiteral("delay")},
                            {QStringLiteral("delayMs"), 1500}});

        search.setQuery(QStringLiteral("alice"));
        search.searchNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestsTo(searchV2).size(), 1, timeoutMs);
        QCOMPARE(search.state(), State::Searching);

        search.setQuery(QStringLiteral("grace"));
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
        QCOMPARE(accts(search.model()), QStringList{QStringLiteral("grace")});

        // The slow reply's time comes and goes; the newer results stay. Fixed wait:
        // checks that nothing changes until well after the slow reply was due (1.5 s
        // after its request, which came before the newer one).
        QTest::qWait(2000);
        QCOMPARE(search.state(), State::Results);
        QCOMPARE(search.query(), QStringLiteral("grace"));
        QCOMPARE(accts(search.model()), QStringList{QStringLiteral("grace")});
        const QList<QJsonObject> sent = m_sandbox.requestsTo(searchV2);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(param(sent.at(0), QStringLiteral("q")), QStringLiteral("alice"));
        QCOMPARE(param(sent.at(1), QStringLiteral("q")), QStringLiteral("grace"));
    }

    void secondSearchTakesAvatarsFromTheDiskCache()
    {
        const QString query = QStringLiteral("posthorn");
        QStringList firstAvatars;
        {
            Session s = session(m_token);
            AccountSearch search;
            search.setClient(s.client.get());
            search.setQuery(query);
            search.searchNow();
            QVERIFY(waitForState(search, State::Results));
            QVERIFY(search.model()->rowCount() >= 3);
            QVERIFY(QTest::qWaitFor([&] { return allAvatarsLoaded(search); }, timeoutMs));
            // Custom emoji in names arrive as pictures too.
            bool anyEmoji = false;
            for (int row = 0; row < search.model()->rowCount(); ++row) {
                const QModelIndex index = search.model()->index(row);
                anyEmoji |= !index.data(Role::CustomEmojiRole).toMap().isEmpty();
                firstAvatars << index.data(Role::AvatarUrlRole).toUrl().path();
            }
            QVERIFY(anyEmoji);
            QCOMPARE(m_sandbox.requestsUnder(QStringLiteral("/avatars/")).size(),
                     firstAvatars.size());
            QVERIFY(!m_sandbox.requestsUnder(QStringLiteral("/emoji/")).isEmpty());

            // API replies never reach the disk; pictures do.
            auto *cache = qobject_cast<QNetworkDiskCache *>(s.nam->cache());
            QVERIFY(cache);
            const QJsonObject searchRequest = m_sandbox.requestsTo(searchV2).constFirst();
            QUrl searchUrl = m_sandbox.baseUrl();
            searchUrl.setPath(searchV2);
            searchUrl.setQuery(searchRequest[QLatin1String("query")].toString(), QUrl::StrictMode);
            QVERIFY(!cache->metaData(searchUrl).isValid());
            QVERIFY(cache->metaData(m_sandbox.baseUrl().resolved(QUrl(firstAvatars.first())))
                        .isValid());
        }
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));

        // As after a restart: a new access manager and search on the same cache folder.
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        search.setQuery(query);
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
        QVERIFY(QTest::qWaitFor([&] { return allAvatarsLoaded(search); }, timeoutMs));
        QCOMPARE(search.model()->rowCount(), firstAvatars.size());
        QCOMPARE(m_sandbox.requestsUnder(QStringLiteral("/avatars/")).size(), 0);
        QCOMPARE(m_sandbox.requestsUnder(QStringLiteral("/emoji/")).size(), 0);
        QCOMPARE(m_sandbox.requestsTo(searchV2).size(), 1);
    }

    void animatedAvatarsShowTheStaticPicture()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        search.setQuery(QStringLiteral("animated"));
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
        const QModelIndex index = search.model()->index(0);
        QCOMPARE(index.data(Role::AcctRole).toString(), QStringLiteral("animated"));
        QVERIFY(index.data(Role::AvatarUrlRole).toUrl().path().endsWith(QLatin1String(".png")));
        QVERIFY(QTest::qWaitFor([&] { return allAvatarsLoaded(search); }, timeoutMs));
        QVERIFY(index.data(Role::AvatarImageRole).toByteArray().startsWith("\x89PNG"));
        for (const QJsonObject &request : m_sandbox.requestsUnder(QStringLiteral("/avatars/")))
            QVERIFY(!request[QLatin1String("path")].toString().endsWith(QLatin1String(".gif")));
    }

    void resultsCarryWhatThePanelShows()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        search.setQuery(QStringLiteral("oldalice"));
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
        const QModelIndex moved = search.model()->index(0);
        QCOMPARE(moved.data(Role::AcctRole).toString(), QStringLiteral("oldalice"));
        QVERIFY(moved.data(Role::MovedRole).toBool());
        QCOMPARE(moved.data(Role::MovedToAcctRole).toString(), QStringLiteral("alice"));
        // The bio is plain text: no tags, entities decoded.
        const QString bio = moved.data(Role::BioRole).toString();
        QVERIFY2(bio.startsWith(QLatin1String("Hello, I am Alice (old account). I post about #")),
                 qPrintable(bio));
        QVERIFY2(!bio.contains(QLatin1Char('<')) && !bio.contains(QLatin1String("&amp;")),
                 qPrintable(bio));
        QCOMPARE(moved.data(Role::HandleRole).toString(),
                 QStringLiteral("@oldalice@") + m_sandbox.baseUrl().host());

        search.setQuery(QStringLiteral("newsbot"));
        search.searchNow();
        QTRY_COMPARE_WITH_TIMEOUT(search.query(), QStringLiteral("newsbot"), timeoutMs);
        QVERIFY(waitForState(search, State::Results));
        const QModelIndex bot = search.model()->index(0);
        QVERIFY(bot.data(Role::BotRole).toBool());
        QVERIFY(bot.data(Role::FollowersCountRole).toLongLong() >= 12000);
        QVERIFY(bot.data(Role::StatusesCountRole).isValid());

        search.setQuery(QStringLiteral("bookclub"));
        search.searchNow();
        QTRY_COMPARE_WITH_TIMEOUT(accts(search.model()), QStringList{QStringLiteral("bookclub")},
                                  timeoutMs);
        QVERIFY(search.model()->index(0).data(Role::GroupRole).toBool());
    }

    void handlesAreResolved()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        search.setQuery(QStringLiteral("@bob@remote.example"));
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
        QCOMPARE(accts(search.model()), QStringList{QStringLiteral("bob@remote.example")});
        const QList<QJsonObject> sent = m_sandbox.requestsTo(searchV2);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(param(sent.first(), QStringLiteral("resolve")), QStringLiteral("true"));
        QCOMPARE(search.model()->index(0).data(Role::HandleRole).toString(),
                 QStringLiteral("@bob@remote.example"));
    }

    void followChangesTheServerAndTheResult()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        search.setQuery(QStringLiteral("alice"));
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
        QVERIFY(QTest::qWaitFor([&] { return allRelationshipsKnown(search.model()); }, timeoutMs));
        const int row = int(accts(search.model()).indexOf(QStringLiteral("alice")));
        QVERIFY(row >= 0);
        const QString id = search.model()->index(row).data(Role::AccountIdRole).toString();
        QCOMPARE(search.model()->followState(row), FollowState::NotFollowing);

        search.toggleFollow(id);
        QVERIFY(search.model()->isFollowBusy(row));
        QTRY_COMPARE_WITH_TIMEOUT(search.model()->followState(row), FollowState::Following,
                                  timeoutMs);
        QVERIFY(!search.model()->isFollowBusy(row));
        QVERIFY(serverRelationship(s.client.get(), id).following);

        search.toggleFollow(id);
        QTRY_COMPARE_WITH_TIMEOUT(search.model()->followState(row), FollowState::NotFollowing,
                                  timeoutMs);
        QVERIFY(!serverRelationship(s.client.get(), id).following);

        // A locked account must approve: the follow stays a request.
        search.setQuery(QStringLiteral("lockedlou"));
        search.searchNow();
        QTRY_COMPARE_WITH_TIMEOUT(accts(search.model()), QStringList{QStringLiteral("lockedlou")},
                                  timeoutMs);
        QVERIFY(QTest::qWaitFor([&] { return allRelationshipsKnown(search.model()); }, timeoutMs));
        QVERIFY(search.model()->index(0).data(Role::LockedRole).toBool());
        const QString lockedId = search.model()->index(0).data(Role::AccountIdRole).toString();
        search.follow(lockedId);
        QTRY_COMPARE_WITH_TIMEOUT(search.model()->followState(0), FollowState::Requested,
                                  timeoutMs);
        const Relationship pending = serverRelationship(s.client.get(), lockedId);
        QVERIFY(pending.requested);
        QVERIFY(!pending.following);

        // The state survives a new search: it comes from the server.
        search.setQuery(QStringLiteral("lou"));
        search.searchNow();
        QTRY_COMPARE_WITH_TIMEOUT(search.query(), QStringLiteral("lou"), timeoutMs);
        QVERIFY(waitForState(search, State::Results));
        QVERIFY(QTest::qWaitFor([&] { return allRelationshipsKnown(search.model()); }, timeoutMs));
        QCOMPARE(search.model()->followState(search.model()->rowOf(lockedId)),
                 FollowState::Requested);
    }

    void followFailureIsReported()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        search.setQuery(QStringLiteral("grace"));
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
        const QString id = search.model()->index(0).data(Role::AccountIdRole).toString();
        m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/api/v1/accounts/*")},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("kind"), QStringLiteral("rate_limit")},
                            {QStringLiteral("resetInSeconds"), 600}});
        QSignalSpy failed(&search, &AccountSearch::actionFailed);
        search.follow(id);
        QVERIFY(failed.wait(timeoutMs));
        QCOMPARE(failed.constFirst().at(0).toString(), id);
        QVERIFY2(failed.constFirst().at(1).toString().contains(QLatin1String("Try again")),
                 qPrintable(failed.constFirst().at(1).toString()));
        QVERIFY(!search.model()->isFollowBusy(0));
        QVERIFY(search.model()->followState(0) != FollowState::Following);
        QCOMPARE(search.state(), State::Results);
    }

    void ownAccountCannotBeFollowed()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        search.setQuery(QStringLiteral("demo"));
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
        const QModelIndex demo = search.model()->index(0);
        QCOMPARE(demo.data(Role::AcctRole).toString(), QStringLiteral("demo"));
        QVERIFY(!demo.data(Role::OwnAccountRole).toBool());
        const QString id = demo.data(Role::AccountIdRole).toString();
        search.setOwnAccountId(id);
        QVERIFY(demo.data(Role::OwnAccountRole).toBool());
        QSignalSpy failed(&search, &AccountSearch::actionFailed);
        search.follow(id);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!search.model()->isFollowBusy(0));
        QVERIFY(m_sandbox.requestsUnder(QStringLiteral("/api/v1/accounts/") + id).isEmpty());
    }

    void pagingAddsTheNextPageWithoutDuplicates()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        search.setPageSize(20);
        search.setQuery(QStringLiteral("a"));
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
        QCOMPARE(search.model()->rowCount(), 20);
        QVERIFY(search.canLoadMore());

        int pages = 1;
        while (search.canLoadMore()) {
            const int before = search.model()->rowCount();
            search.loadMore();
            QVERIFY(search.isLoadingMore());
            QVERIFY(!search.canLoadMore());
            QTRY_VERIFY_WITH_TIMEOUT(!search.isLoadingMore(), timeoutMs);
            QCOMPARE(search.state(), State::Results);
            QVERIFY(search.model()->rowCount() > before || !search.canLoadMore());
            ++pages;
            QVERIFY(pages < 10);
        }
        QVERIFY(pages >= 3);

        // Every account once, in the server's order: the same list one big request gives.
        const QStringList shown = ids(search.model());
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), shown.size());
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("q"), QStringLiteral("a"));
        all.addQueryItem(QStringLiteral("limit"), QStringLiteral("80"));
        QStringList expected;
        const QJsonArray everything = awaitResult(s.client->get(searchV1, all)).json.array();
        for (const QJsonValue &account : everything)
            expected << account[QLatin1String("id")].toString();
        QCOMPARE(shown, expected);

        // Offsets 0, 20, 40...; one relationships request per page, for that page's ids.
        QVERIFY(QTest::qWaitFor([&] { return allRelationshipsKnown(search.model()); }, timeoutMs));
        const QList<QJsonObject> searches = m_sandbox.requestsTo(searchV2);
        QCOMPARE(searches.size(), pages);
        const QList<QJsonObject> batches = m_sandbox.requestsTo(relationships);
        QCOMPARE(batches.size(), pages);
        for (int page = 0; page < pages; ++page) {
            QCOMPARE(param(searches.at(page), QStringLiteral("offset")),
                     QString::number(page * 20));
            QStringList batch;
            const auto items = queryOf(batches.at(page)).queryItems(QUrl::FullyDecoded);
            for (const auto &[key, value] : items) {
                if (key == QLatin1String("id[]"))
                    batch << value;
            }
            QCOMPARE(batch, shown.mid(page * 20, 20));
        }
    }

    void fallsBackToV1Search()
    {
        m_sandbox.control(
            "POST", QStringLiteral("/_sandbox/instance"),
            {{QStringLiteral("features"), QJsonObject{{QStringLiteral("v2_search"), false}}}});
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        search.setQuery(QStringLiteral("grace"));
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
        QCOMPARE(accts(search.model()), QStringList{QStringLiteral("grace")});
        QVERIFY(search.usesV1Search());
        QList<QJsonObject> sent = m_sandbox.requestsTo(QStringList{searchV2, searchV1});
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0)[QLatin1String("path")].toString(), searchV2);
        QCOMPARE(sent.at(1)[QLatin1String("path")].toString(), searchV1);
        QCOMPARE(param(sent.at(1), QStringLiteral("q")), QStringLiteral("grace"));

        // Remembered for this client: the next search goes to v1 straight away.
        search.setQuery(QStringLiteral("alice"));
        search.searchNow();
        QTRY_COMPARE_WITH_TIMEOUT(search.query(), QStringLiteral("alice"), timeoutMs);
        QVERIFY(waitForState(search, State::Results));
        QVERIFY(accts(search.model()).contains(QStringLiteral("alice")));
        sent = m_sandbox.requestsTo(QStringList{searchV2, searchV1});
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(2)[QLatin1String("path")].toString(), searchV1);
    }

    void rateLimitedStateHasTheResetTime()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        m_sandbox.addFault({{QStringLiteral("path"), searchV2},
                            {QStringLiteral("kind"), QStringLiteral("rate_limit")},
                            {QStringLiteral("resetInSeconds"), 120}});
        search.setQuery(QStringLiteral("grace"));
        search.searchNow();
        QVERIFY2(waitForState(search, State::RateLimited), qPrintable(stateName(search.state())));
        const QDateTime serverNow =
            QDateTime::fromString(m_sandbox.control("GET", QStringLiteral("/_sandbox/clock"))
                                      .object()[QLatin1String("now")]
                                      .toString(),
                                  Qt::ISODateWithMs);
        QVERIFY(serverNow.isValid());
        QVERIFY(search.retryAt().isValid());
        QVERIFY2(qAbs(search.retryAt().secsTo(serverNow.addSecs(120))) <= 5,
                 qPrintable(search.retryAt().toString(Qt::ISODate)));
        QCOMPARE(search.model()->rowCount(), 0);
        QVERIFY(!search.canLoadMore());

        // Once the limit is over, the same query works.
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
    }

    void serverErrorIsAState()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        m_sandbox.addFault({{QStringLiteral("path"), searchV2},
                            {QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), 503}});
        search.setQuery(QStringLiteral("grace"));
        search.searchNow();
        QVERIFY(waitForState(search, State::Error));
        QVERIFY(!search.errorMessage().isEmpty());
        QVERIFY(search.errorMessage().contains(QLatin1String("503")) ||
                search.errorMessage().contains(QLatin1String("temporary")));

        search.setQuery(QStringLiteral("zzzzzz"));
        search.searchNow();
        QVERIFY(waitForState(search, State::NoResults));
        QCOMPARE(search.model()->rowCount(), 0);
    }

    void signedOutStates()
    {
        // No client: nothing is sent.
        AccountSearch search;
        QCOMPARE(search.state(), State::SignedOut);
        search.setQuery(QStringLiteral("grace"));
        search.searchNow();
        QCOMPARE(search.state(), State::SignedOut);
        QCOMPARE(search.model()->rowCount(), 0);
        QVERIFY(m_sandbox.requestsTo(QStringList{searchV2, searchV1}).isEmpty());

        // A token the server no longer accepts.
        Session revoked = session(QStringLiteral("not-a-valid-token"));
        search.setClient(revoked.client.get());
        QVERIFY(waitForState(search, State::SignedOut));
        QCOMPARE(m_sandbox.requestsTo(searchV2).size(), 1);

        // Signing in shows results; signing out takes them away.
        Session s = session(m_token);
        search.setClient(s.client.get());
        QVERIFY(waitForState(search, State::Results));
        QVERIFY(search.model()->rowCount() > 0);
        search.setClient(nullptr);
        QCOMPARE(search.state(), State::SignedOut);
        QCOMPARE(search.model()->rowCount(), 0);

        // The client going away is signing out too.
        search.setClient(s.client.get());
        QVERIFY(waitForState(search, State::Results));
        s.client.reset();
        QCOMPARE(search.state(), State::SignedOut);
        QCOMPARE(search.model()->rowCount(), 0);
    }

    void emptyQueryClears()
    {
        Session s = session(m_token);
        AccountSearch search;
        search.setClient(s.client.get());
        QCOMPARE(search.state(), State::Idle);
        search.setQuery(QStringLiteral("grace"));
        search.searchNow();
        QVERIFY(waitForState(search, State::Results));
        search.setQuery(QStringLiteral("   "));
        QCOMPARE(search.state(), State::Idle);
        QCOMPARE(search.model()->rowCount(), 0);
        QVERIFY(!search.canLoadMore());
    }
};

QTEST_GUILESS_MAIN(TestAccountSearch)
#include "tst_accountsearch.moc"
