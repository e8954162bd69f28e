// The guard on posts for mentioned people only (issue 20): a direct post goes out with
// allowed_mentions[] set to the accounts its text names, so the server refuses it
// (422, unexpected_accounts) rather than deliver it to someone else; the refusal names
// them in plain words and the post stays in the composer. Against the sandbox.
#include "api/apiclient.h"
#include "appcontext.h"
#include "mainwindow.h"
#include "namedchild.h"
#include "outbox/outbox.h"
#include "sandboxprocess.h"
#include "secrets/secretjob.h"
#include "secrets/secretresult.h"
#include "secrets/secretstore.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"
#include "settings/undosendpreference.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QtTest>

class TestDirectGuard : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    AccountRecord m_account;

    // The account as setup leaves it: listed in the settings, its token in the keychain.
    bool signIn(AppContext &context)
    {
        QNetworkAccessManager nam;
        ApiClient client(&nam, m_sandbox.baseUrl());
        const QString token = m_sandbox.mintToken();
        client.setAccessToken(token);
        QSignalSpy verified(client.get(QStringLiteral("/api/v1/accounts/verify_credentials")),
                            &ApiReply::finished);
        if (!verified.wait(10000))
            return false;
        const QJsonObject me = verified.first().at(0).value<ApiResult>().json.object();
        m_account.instanceUrl = m_sandbox.baseUrl();
        m_account.accountId = me.value(QLatin1String("id")).toString();
        m_account.acct = me.value(QLatin1String("acct")).toString();
        m_account.displayName = me.value(QLatin1String("display_name")).toString();
        QSignalSpy written(context.secrets()->write(m_account.tokenKey(), token),
                           &SecretJob::finished);
        if (!written.wait(10000) ||
            written.first().at(0).value<SecretResult>().status != SecretResult::Status::Ok)
            return false;
        context.accounts()->save(m_account);
        context.accounts()->setCurrentAccountKey(m_account.key());
        AccountSession *session = context.sessions()->session(m_account.key());
        if (!session)
            return false;
        session->start();
        QSignalSpy details(session, &AccountSession::detailsLoaded);
        return QTest::qWaitFor([&] { return session->state() == AccountSession::State::Ready; },
                               10000) &&
               QTest::qWaitFor([&] { return details.size() >= 3; }, 10000);
    }

    static bool showActive(QWidget &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    static void grabIfAsked(QWidget &window, const QString &name)
    {
        const QString directory = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QDir().mkpath(directory);
        QVERIFY(window.grab().save(directory + QLatin1Char('/') + name));
    }

    // Types `text`, chooses `visibility` and posts with Ctrl+Return.
    static void post(QWidget &window, const QString &text, const QString &visibility)
    {
        auto *edit = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(edit, text);
        auto *combo = namedChild<QComboBox>(&window, "visibilityCombo");
        combo->setCurrentIndex(combo->findData(visibility));
        emit combo->activated(combo->currentIndex());
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    }

    // allowed_mentions of the last POST /api/v1/statuses; undefined when it had none.
    QJsonValue allowedMentionsSent()
    {
        const QList<QJsonObject> posts =
            m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST");
        if (posts.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return QJsonDocument::fromJson(
                   posts.constLast().value(QLatin1String("body")).toString().toUtf8())
            .object()
            .value(QLatin1String("allowed_mentions"));
    }

    QString idOf(const QString &acct)
    {
        QNetworkAccessManager nam;
        ApiClient client(&nam, m_sandbox.baseUrl());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("acct"), acct);
        QSignalSpy found(client.get(QStringLiteral("/api/v1/accounts/lookup"), query),
                         &ApiReply::finished);
        if (!found.wait(10000))
            return {};
        return found.first()
            .at(0)
            .value<ApiResult>()
            .json.object()
            .value(QLatin1String("id"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        UndoSendPreference::setDelay(std::chrono::seconds(0));
    }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void directPostAllowsExactlyTheAccountsItMentions()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        post(window, QStringLiteral("Hi @alice and @bob@remote.example, tea at four?"),
             QStringLiteral("direct"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QStringList allowed;
        for (const QJsonValue &id : allowedMentionsSent().toArray())
            allowed.append(id.toString());
        allowed.sort();
        QStringList expected{idOf(QStringLiteral("alice")),
                             idOf(QStringLiteral("bob@remote.example"))};
        expected.sort();
        QCOMPARE(allowed, expected);
        QCOMPARE(m_sandbox.statuses()
                     .first()
                     .toObject()
                     .value(QLatin1String("mentions"))
                     .toArray()
                     .size(),
                 2);
    }

    void publicPostIsNotGuarded()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        post(window, QStringLiteral("Hello @alice"), QStringLiteral("public"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QVERIFY(allowedMentionsSent().isUndefined());
    }

    void refusedDirectPostNamesTheAccountsAndStaysInTheComposer()
    {
        // Posthorn cannot tell who "@alice" is (the search fails), so she is not among the
        // allowed accounts, and the server, which knows her, refuses the post.
        m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), 404},
                            {QStringLiteral("count"), 10},
                            {QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("path"), QStringLiteral("/api/v2/search")}});
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        window.resize(900, 640);
        QVERIFY(showActive(window));
        const QString text = QStringLiteral("Only for @alice: the surprise is on Friday");
        post(window, text, QStringLiteral("direct"));
        auto *problem = namedChild<QLabel>(&window, "composerProblem");
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QLatin1String("@alice")), 10000);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QLatin1String("Nothing was sent")));
        grabIfAsked(window, QStringLiteral("direct-guard-refusal.png"));
        auto *edit = namedChild<QPlainTextEdit>(&window, "composerText");
        QCOMPARE(edit->toPlainText(), text);
        QVERIFY(!edit->isReadOnly());
        QCOMPARE(namedChild<QComboBox>(&window, "visibilityCombo")->currentData().toString(),
                 QStringLiteral("direct"));
        QCOMPARE(m_sandbox.statuses().size(), 0);
        QCOMPARE(allowedMentionsSent().toArray().size(), 0);
        QVERIFY(context.outbox()->entries().isEmpty());
    }
};

QTEST_MAIN(TestDirectGuard)
#include "tst_directguard.moc"
