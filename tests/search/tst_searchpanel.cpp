// The real SearchPanel with a real ApiClient against the sandbox, driven with QTest
// keys as a user would: focus the search, type, Down, Return, Escape.
//
// With POSTHORN_SCREENSHOTS=DIR set, screenshotWithResults also saves
// DIR/search-panel.png for the README.
#include "api/apiclient.h"
#include "namedchild.h"
#include "search/accountsearch.h"
#include "search/accountsearchmodel.h"
#include "search/imagediskcache.h"
#include "search/imageloader.h"
#include "search/searchpanel.h"

#include "sandboxprocess.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QUrlQuery>

#include <memory>

namespace {

constexpr int timeoutMs = 15000;

using Role = AccountSearchModel::Role;
using FollowState = AccountSearchModel::FollowState;

bool allRelationshipsKnown(const QAbstractItemModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (FollowState(model->index(row, 0).data(Role::FollowStateRole).toInt()) ==
            FollowState::Unknown)
            return false;
    }
    return true;
}

bool allAvatarsLoaded(const SearchPanel &panel)
{
    const AccountSearchModel *model = panel.search()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(Role::AvatarImageRole).toByteArray().isEmpty())
            return false;
    }
    return panel.search()->images()->pendingCount() == 0;
}

} // namespace

class TestSearchPanel : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;

    static bool showActive(QWidget &window)
    {
        window.resize(440, 620);
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    bool serverFollows(const QString &id)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("id[]"), id);
        QJsonArray answer;
        bool done = false;
        ApiReply *reply = m_client->get(QStringLiteral("/api/v1/accounts/relationships"), query);
        connect(reply, &ApiReply::finished, this, [&](const ApiResult &result) {
            answer = result.json.array();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
            qWarning("the relationships reply never finished");
        return !answer.isEmpty() && answer.first()[QLatin1String("following")].toBool();
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void init()
    {
        m_sandbox.reset();
        m_cacheDir = std::make_unique<QTemporaryDir>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setCache(ImageDiskCache::create(m_cacheDir->path()));
        m_client = std::make_unique<ApiClient>(m_nam.get(), m_sandbox.baseUrl());
        m_client->setAccessToken(m_sandbox.mintToken());
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
    }

    void everyControlIsNamedAndEveryActionShowsItsShortcut()
    {
        SearchPanel panel;
        for (const char *name : {"searchField", "searchResults", "searchLoadMore", "searchState"}) {
            auto *widget = namedChild<QWidget>(&panel, name);
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        // Every action says its shortcut in its tooltip.
        for (const char *name : {"searchMentionAction", "searchProfileAction", "searchFollowAction",
                                 "searchCopyAction"}) {
            auto *action = panel.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
            QVERIFY2(
                action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                qPrintable(action->toolTip()));
        }
    }

    void keyboardPicksAMention()
    {
        SearchPanel panel;
        QVERIFY(showActive(panel));
        panel.setClient(m_client.get());
        QSignalSpy chosen(&panel, &SearchPanel::mentionChosen);
        auto *field = namedChild<QLineEdit>(&panel, "searchField");
        auto *results = namedChild<QListView>(&panel, "searchResults");
        auto *state = namedChild<QLabel>(&panel, "searchState");

        panel.focusSearch();
        QCOMPARE(QApplication::focusWidget(), field);
        QTest::keyClicks(field, QStringLiteral("grac"));
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 0, timeoutMs);
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v2/search")).size(), 1);
        QVERIFY(state->isHidden());

        QTest::keyClick(field, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), results);
        QCOMPARE(results->currentIndex().row(), 0);
        QCOMPARE(results->currentIndex().data(Role::AcctRole).toString(), QStringLiteral("grace"));
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.constFirst().constFirst().toString(), QStringLiteral("grace"));

        // Ctrl+C copies the full handle.
        QTest::keyClick(results, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("@grace@") + m_sandbox.baseUrl().host());

        // Up on the first result goes back to the field; Escape clears everything.
        QTest::keyClick(results, Qt::Key_Up);
        QCOMPARE(QApplication::focusWidget(), field);
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(field->text(), QString());
        QCOMPARE(results->model()->rowCount(), 0);
        QVERIFY(state->isVisible());
        QCOMPARE(panel.search()->state(), AccountSearch::State::Idle);
    }

    void escapeInTheResultsClears()
    {
        SearchPanel panel;
        QVERIFY(showActive(panel));
        panel.setClient(m_client.get());
        auto *field = namedChild<QLineEdit>(&panel, "searchField");
        auto *results = namedChild<QListView>(&panel, "searchResults");
        panel.focusSearch();
        QTest::keyClicks(field, QStringLiteral("ali"));
        QTest::keyClick(field, Qt::Key_Return); // at once, without the pause
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 1, timeoutMs);
        QTest::keyClick(field, Qt::Key_Down);
        QTest::keyClick(results, Qt::Key_Down);
        QCOMPARE(results->currentIndex().row(), 1);
        QTest::keyClick(results, Qt::Key_Escape);
        QCOMPARE(field->text(), QString());
        QCOMPARE(results->model()->rowCount(), 0);
        QCOMPARE(QApplication::focusWidget(), field);
    }

    void followFromTheKeyboardAndTheMenu()
    {
        SearchPanel panel;
        QVERIFY(showActive(panel));
        panel.setClient(m_client.get());
        auto *field = namedChild<QLineEdit>(&panel, "searchField");
        auto *results = namedChild<QListView>(&panel, "searchResults");
        auto *follow = panel.findChild<QAction *>(QStringLiteral("searchFollowAction"));
        QVERIFY(follow);

        panel.focusSearch();
        QTest::keyClicks(field, QStringLiteral("@alice"));
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 0, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(allRelationshipsKnown(results->model()), timeoutMs);
        QTest::keyClick(field, Qt::Key_Down);
        const QModelIndex alice = results->currentIndex();
        QCOMPARE(alice.data(Role::AcctRole).toString(), QStringLiteral("alice"));
        const QString id = alice.data(Role::AccountIdRole).toString();
        QCOMPARE(QString(follow->text()).remove(QLatin1Char('&')), QStringLiteral("Follow"));

        QTest::keyClick(results, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(FollowState(alice.data(Role::FollowStateRole).toInt()),
                                  FollowState::Following, timeoutMs);
        QVERIFY(serverFollows(id));
        QCOMPARE(QString(follow->text()).remove(QLatin1Char('&')), QStringLiteral("Unfollow"));

        // The menu key opens the menu on the current result; its follow item unfollows.
        bool menuSeen = false;
        QTimer::singleShot(300, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            menuSeen = true;
            const QList<QAction *> actions = menu->actions();
            if (actions.contains(follow))
                menu->setActiveAction(follow);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        // The platform turns the menu key into a keyboard context-menu event; QTest's
        // key events skip the platform, so the event is sent as the platform would.
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(1, 1),
                                  results->mapToGlobal(QPoint(1, 1)));
        QApplication::sendEvent(results, &menuKey);
        QVERIFY(menuSeen);
        QTRY_COMPARE_WITH_TIMEOUT(FollowState(alice.data(Role::FollowStateRole).toInt()),
                                  FollowState::NotFollowing, timeoutMs);
        QVERIFY(!serverFollows(id));
        QCOMPARE(QString(follow->text()).remove(QLatin1Char('&')), QStringLiteral("Follow"));
    }

    void loadMoreAddsResults()
    {
        SearchPanel panel;
        QVERIFY(showActive(panel));
        panel.setClient(m_client.get());
        auto *field = namedChild<QLineEdit>(&panel, "searchField");
        auto *results = namedChild<QListView>(&panel, "searchResults");
        auto *loadMore = namedChild<QPushButton>(&panel, "searchLoadMore");
        panel.focusSearch();
        QTest::keyClicks(field, QStringLiteral("a"));
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), AccountSearch::defaultPageSize,
                                  timeoutMs);
        QTRY_VERIFY(loadMore->isVisible());
        QTest::mouseClick(loadMore, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > AccountSearch::defaultPageSize,
                                 timeoutMs);
    }

    void statesAreShownAsText()
    {
        SearchPanel panel;
        QVERIFY(showActive(panel));
        auto *field = namedChild<QLineEdit>(&panel, "searchField");
        auto *state = namedChild<QLabel>(&panel, "searchState");
        QVERIFY(state->isVisible());
        QVERIFY2(state->text().contains(QLatin1String("Sign in")), qPrintable(state->text()));

        panel.setClient(m_client.get());
        QVERIFY(!state->text().contains(QLatin1String("Sign in")));
        m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("/api/v2/search")},
                            {QStringLiteral("kind"), QStringLiteral("rate_limit")},
                            {QStringLiteral("resetInSeconds"), 300}});
        panel.focusSearch();
        QTest::keyClicks(field, QStringLiteral("grace"));
        QTRY_COMPARE_WITH_TIMEOUT(panel.search()->state(), AccountSearch::State::RateLimited,
                                  timeoutMs);
        const QString time = QLocale().toString(panel.search()->retryAt().toLocalTime().time(),
                                                QLocale::ShortFormat);
        QVERIFY2(state->text().contains(time),
                 qPrintable(state->text() + QLatin1String(" / ") + time));

        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(panel.search()->state(), AccountSearch::State::Results,
                                  timeoutMs);
        QVERIFY(state->isHidden());
        field->setText(QStringLiteral("nobody-is-called-this"));
        QTRY_COMPARE_WITH_TIMEOUT(panel.search()->state(), AccountSearch::State::NoResults,
                                  timeoutMs);
        QVERIFY2(state->text().contains(QLatin1String("nobody-is-called-this")),
                 qPrintable(state->text()));

        panel.setClient(nullptr);
        QVERIFY2(state->text().contains(QLatin1String("Sign in")), qPrintable(state->text()));
    }

    void screenshotWithResults()
    {
        const QString directory = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
        if (directory.isEmpty())
            QSKIP("POSTHORN_SCREENSHOTS is not set");
        SearchPanel panel;
        QVERIFY(showActive(panel));
        panel.setClient(m_client.get());
        auto *field = namedChild<QLineEdit>(&panel, "searchField");
        auto *results = namedChild<QListView>(&panel, "searchResults");
        panel.focusSearch();
        // A varied page: bots, a locked account, custom emoji, and all follow states.
        QTest::keyClicks(field, QStringLiteral("er"));
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 5, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(allRelationshipsKnown(results->model()), timeoutMs);
        AccountSearchModel *model = panel.search()->model();
        for (const QString &acct : {QStringLiteral("paula"), QStringLiteral("parker")}) {
            int row = -1;
            for (int i = 0; i < model->rowCount(); ++i) {
                if (model->index(i).data(Role::AcctRole).toString() == acct)
                    row = i;
            }
            QVERIFY2(row >= 0, qPrintable(acct));
            panel.search()->follow(model->index(row).data(Role::AccountIdRole).toString());
            QTRY_VERIFY_WITH_TIMEOUT(model->followState(row) != FollowState::NotFollowing,
                                     timeoutMs);
        }
        QTRY_VERIFY_WITH_TIMEOUT(allAvatarsLoaded(panel), timeoutMs);
        QTest::keyClick(field, Qt::Key_Down);
        QTRY_VERIFY(results->hasFocus() && results->currentIndex().isValid());
        QVERIFY(QDir().mkpath(directory));
        const QString path = directory + QStringLiteral("/search-panel.png");
        QVERIFY(panel.grab().save(path));
        qInfo("saved %s", qPrintable(path));
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
