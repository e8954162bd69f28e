// Replying to and quoting a post by its link (issue 18), as a user meets it: the real
// main window against the sandbox, the link handed over as a later `posthorn --reply-to`
// or `--quote` hands it to the running one, and typed with QTest.
#include "appcontext.h"
#include "appshell.h"
#include "cli/commandline.h"
#include "compose/composerwidget.h"
#include "launch/launchrequest.h"
#include "mainwindow.h"
#include "namedchild.h"
#include "sandboxprocess.h"
#include "signedinaccount.h"
#include "text/plainlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

namespace {

// As the running Posthorn receives it from a second `posthorn ARGS...`.
LaunchRequest handedOver(const QStringList &arguments)
{
    const CommandLine commandLine(QStringList{QStringLiteral("posthorn")} + arguments);
    if (!commandLine.isValid())
        qWarning() << commandLine.errorText();
    return LaunchRequest::fromMessage(commandLine.launchRequest().toMessage()).value();
}

QJsonObject postAs(SandboxProcess &sandbox, const QJsonObject &post)
{
    return sandbox.control("POST", QStringLiteral("/_sandbox/posts"), post).object();
}

QList<QJsonObject> statusesBy(SandboxProcess &sandbox, const QString &username)
{
    QList<QJsonObject> found;
    const QJsonArray statuses = sandbox.statuses();
    for (const QJsonValue &value : statuses) {
        const QJsonObject status = value.toObject();
        if (status.value(QStringLiteral("account"))
                .toObject()
                .value(QStringLiteral("username"))
                .toString() == username)
            found.append(status);
    }
    return found;
}

void saveScreenshot(QWidget *window, const QString &name)
{
    const QString screenshots = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
    if (screenshots.isEmpty())
        return;
    QDir().mkpath(screenshots);
    QVERIFY(window->grab().save(screenshots + QLatin1Char('/') + name));
}

} // namespace

class TestReplyQuote : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QSettings().clear();
    }

    void replyToALinkStartsWithItsMentionsAndRepliesToThatPost()
    {
        const QJsonObject post =
            postAs(m_sandbox,
                   {{QStringLiteral("account"), QStringLiteral("alice")},
                    {QStringLiteral("status"),
                     QStringLiteral("Tea with @demo and @bob@remote.example? <b>Bring cake</b>")},
                    {QStringLiteral("visibility"), QStringLiteral("public")}});
        const QString url = post.value(QStringLiteral("url")).toString();
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        AppShell shell(&context);
        shell.start(LaunchRequest());
        QTRY_VERIFY(shell.mainWindow() && shell.mainWindow()->isVisible());

        shell.handle(handedOver({QStringLiteral("--reply-to"), url}));
        MainWindow *window = shell.mainWindow();
        auto *title = namedChild<PlainLabel>(window, "linkedPostTitle");
        QTRY_COMPARE_WITH_TIMEOUT(title->text(),
                                  QStringLiteral("Replying to Alice Liddell (@alice)"), 10000);
        // The server's HTML as text, never rendered.
        QVERIFY(namedChild<PlainLabel>(window, "linkedPostText")
                    ->text()
                    .contains(QStringLiteral("Bring cake")));
        auto *text = namedChild<QPlainTextEdit>(window, "composerText");
        // The author and whoever else the post mentions, not the account replying.
        QCOMPARE(text->toPlainText(), QStringLiteral("@alice @bob@remote.example "));
        QTRY_COMPARE(QApplication::focusWidget(), text);
        QTest::keyClicks(text, QStringLiteral("Yes please"));
        saveScreenshot(window, QStringLiteral("reply.png"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

        QTRY_COMPARE_WITH_TIMEOUT(statusesBy(m_sandbox, QStringLiteral("demo")).size(), 1, 10000);
        const QJsonObject reply = statusesBy(m_sandbox, QStringLiteral("demo")).constFirst();
        QCOMPARE(reply.value(QStringLiteral("in_reply_to_id")).toString(),
                 post.value(QStringLiteral("id")).toString());
        QCOMPARE(reply.value(QStringLiteral("text")).toString(),
                 QStringLiteral("@alice @bob@remote.example Yes please"));
        // The composer starts over, without the post above it.
        QTRY_VERIFY(!namedChild<QWidget>(window, "linkedPost")->isVisible());
    }

    void quoteOnAQuotingServerGoesOutWithTheChosenPolicy()
    {
        const QJsonObject post =
            postAs(m_sandbox, {{QStringLiteral("account"), QStringLiteral("alice")},
                               {QStringLiteral("status"), QStringLiteral("Quote me")},
                               {QStringLiteral("visibility"), QStringLiteral("public")}});
        // The account's default, which the choice starts at.
        m_sandbox.control("POST", QStringLiteral("/_sandbox/preferences"),
                          {{QStringLiteral("quote_policy"), QStringLiteral("followers")}});
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        AppShell shell(&context);
        shell.handle(
            handedOver({QStringLiteral("--quote"), post.value(QStringLiteral("url")).toString()}));
        QTRY_VERIFY(shell.mainWindow() && shell.mainWindow()->isVisible());
        MainWindow *window = shell.mainWindow();
        // Ctrl+Return is a shortcut: it needs the window to have the keyboard.
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTRY_COMPARE_WITH_TIMEOUT(namedChild<PlainLabel>(window, "linkedPostTitle")->text(),
                                  QStringLiteral("Quoting Alice Liddell (@alice)"), 10000);
        auto *policy = namedChild<QComboBox>(window, "quotePolicy");
        QTRY_COMPARE_WITH_TIMEOUT(policy->currentData().toString(), QStringLiteral("followers"),
                                  10000);
        QVERIFY(policy->isVisible());
        // The user lets nobody quote this one.
        policy->setFocus();
        QTest::keyClick(policy, Qt::Key_Down);
        QCOMPARE(policy->currentData().toString(), QStringLiteral("nobody"));

        auto *text = namedChild<QPlainTextEdit>(window, "composerText");
        QCOMPARE(text->toPlainText(), QString());
        QTest::keyClicks(text, QStringLiteral("Well said"));
        saveScreenshot(window, QStringLiteral("quote.png"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

        QTRY_COMPARE_WITH_TIMEOUT(statusesBy(m_sandbox, QStringLiteral("demo")).size(), 1, 10000);
        const QJsonObject quote = statusesBy(m_sandbox, QStringLiteral("demo")).constFirst();
        QCOMPARE(quote.value(QStringLiteral("quote"))
                     .toObject()
                     .value(QStringLiteral("quoted_status"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 post.value(QStringLiteral("id")).toString());
        QCOMPARE(quote.value(QStringLiteral("quote_approval"))
                     .toObject()
                     .value(QStringLiteral("automatic"))
                     .toArray(),
                 QJsonArray());
        QVERIFY(quote.value(QStringLiteral("in_reply_to_id")).isNull());
    }

    void quoteOnAnOlderServerPostsNothingUntilTheUserChooses()
    {
        SandboxProcess older;
        QVERIFY2(older.start({QStringLiteral("--api-version"), QStringLiteral("2")}),
                 qPrintable(older.output()));
        const QString url =
            postAs(older, {{QStringLiteral("account"), QStringLiteral("alice")},
                           {QStringLiteral("status"), QStringLiteral("Old news")},
                           {QStringLiteral("visibility"), QStringLiteral("public")}})
                .value(QStringLiteral("url"))
                .toString();
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, older));
        AppShell shell(&context);
        shell.handle(handedOver({QStringLiteral("--quote"), url}));
        QTRY_VERIFY(shell.mainWindow() && shell.mainWindow()->isVisible());
        MainWindow *window = shell.mainWindow();
        // Ctrl+Return is a shortcut: it needs the window to have the keyboard.
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *linkInstead = namedChild<QPushButton>(window, "linkInsteadButton");
        QTRY_VERIFY_WITH_TIMEOUT(linkInstead->isVisible(), 10000);
        QVERIFY(namedChild<PlainLabel>(window, "linkedPostTitle")
                    ->text()
                    .contains(QStringLiteral("cannot quote")));

        auto *text = namedChild<QPlainTextEdit>(window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Worth reading"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!namedChild<QPushButton>(window, "postButton")->isEnabled());
        // Checking that nothing happens: time for a request that must not be sent.
        QTest::qWait(500);
        QCOMPARE(older.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 0);

        QTest::mouseClick(linkInstead, Qt::LeftButton);
        QVERIFY(text->toPlainText().contains(url));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(statusesBy(older, QStringLiteral("demo")).size(), 1, 10000);
        const QJsonObject posted = statusesBy(older, QStringLiteral("demo")).constFirst();
        QVERIFY(posted.value(QStringLiteral("text")).toString().contains(url));
        const QJsonObject body =
            older.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").constFirst();
        QVERIFY2(!QJsonDocument(body).toJson().contains("quoted_status_id"),
                 QJsonDocument(body).toJson().constData());
    }

    void quoteOfAPrivatePostShowsTheServersWords()
    {
        // The demo account follows alex, so it finds the post; quoting it is refused.
        const QString url =
            postAs(m_sandbox, {{QStringLiteral("account"), QStringLiteral("alex")},
                               {QStringLiteral("status"), QStringLiteral("Between us")},
                               {QStringLiteral("visibility"), QStringLiteral("private")},
                               {QStringLiteral("followed_by"), QStringLiteral("demo")}})
                .value(QStringLiteral("url"))
                .toString();
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        AppShell shell(&context);
        shell.handle(handedOver({QStringLiteral("--quote"), url}));
        QTRY_VERIFY(shell.mainWindow() && shell.mainWindow()->isVisible());
        MainWindow *window = shell.mainWindow();
        // Ctrl+Return is a shortcut: it needs the window to have the keyboard.
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<PlainLabel>(window, "linkedPostTitle")
                                     ->text()
                                     .startsWith(QStringLiteral("Quoting")),
                                 10000);
        auto *text = namedChild<QPlainTextEdit>(window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Look at this"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        auto *problem = namedChild<PlainLabel>(window, "composerProblem");
        QTRY_VERIFY2_WITH_TIMEOUT(problem->text().contains(QStringLiteral(
                                      "The post you are trying to quote does not seem to exist.")),
                                  qPrintable(problem->text()), 10000);
        // Nothing went out; what was written is back, still quoting.
        QCOMPARE(statusesBy(m_sandbox, QStringLiteral("demo")).size(), 0);
        QTRY_COMPARE(text->toPlainText(), QStringLiteral("Look at this"));
        QVERIFY(namedChild<QWidget>(window, "linkedPost")->isVisible());
    }

    void pastedLinkIsOfferedAndTheReplyOutlivesARestart()
    {
        const QJsonObject post =
            postAs(m_sandbox, {{QStringLiteral("account"), QStringLiteral("alice")},
                               {QStringLiteral("status"), QStringLiteral("Any ideas?")},
                               {QStringLiteral("visibility"), QStringLiteral("public")}});
        const QString url = post.value(QStringLiteral("url")).toString();
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        {
            MainWindow window(&context);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
            QApplication::clipboard()->setText(url);
            text->setFocus();
            QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
            // Offered, not forced: the link stays text until the user chooses.
            auto *reply = namedChild<QPushButton>(&window, "replyToLinkButton");
            QTRY_VERIFY(reply->isVisible());
            QCOMPARE(text->toPlainText(), url);
            QVERIFY(namedChild<QPushButton>(&window, "postButton")->isEnabled());
            QTest::mouseClick(reply, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(namedChild<PlainLabel>(&window, "linkedPostTitle")->text(),
                                      QStringLiteral("Replying to Alice Liddell (@alice)"), 10000);
            QCOMPARE(text->toPlainText(), QStringLiteral("@alice "));
            QTest::keyClicks(text, QStringLiteral("maybe"));
            window.composer()->saveNow();
        }
        // Posthorn started again: the reply is still a reply to that post.
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(namedChild<PlainLabel>(&window, "linkedPostTitle")->text(),
                 QStringLiteral("Replying to Alice Liddell (@alice)"));
        QVERIFY(namedChild<QWidget>(&window, "linkedPost")->isVisible());
        QCOMPARE(window.composer()->draft().inReplyToId,
                 post.value(QStringLiteral("id")).toString());
        // Removed from the keyboard, in the text: the post goes out as a post of its own.
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QCOMPARE(text->toPlainText(), QStringLiteral("@alice maybe"));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!namedChild<QWidget>(&window, "linkedPost")->isVisible());
        QVERIFY(!window.composer()->draft().link);
        QVERIFY(window.composer()->draft().inReplyToId.isEmpty());
    }
};

QTEST_MAIN(TestReplyQuote)
#include "tst_replyquote.moc"
