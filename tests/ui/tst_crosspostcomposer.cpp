// Cross-posting from the window: two sandbox servers, an account on each with its token
// in the session's real keychain, the real composer found by its widgets' names. Each
// case checks what the user sees (counter, buttons, one line per account) and what
// each server holds.
#include "api/apiclient.h"
#include "appcontext.h"
#include "compose/draftstore.h"
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

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <QUuid>

class TestCrossPostComposer : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    SandboxProcess m_other;
    AccountRecord m_account;
    AccountRecord m_second;

    // As setup leaves an account: listed, its token in the keychain, its session ready.
    static bool signIn(AppContext &context, SandboxProcess &sandbox, const QString &who,
                       AccountRecord &account)
    {
        const QString token = sandbox.mintToken(QStringLiteral("read write follow"), who);
        QNetworkAccessManager nam;
        ApiClient client(&nam, sandbox.baseUrl());
        client.setAccessToken(token);
        QSignalSpy verified(client.get(QStringLiteral("/api/v1/accounts/verify_credentials")),
                            &ApiReply::finished);
        if (!verified.wait(10000))
            return false;
        const QJsonObject me = verified.first().at(0).value<ApiResult>().json.object();
        account.instanceUrl = sandbox.baseUrl();
        account.accountId = me.value(QLatin1String("id")).toString();
        account.acct = me.value(QLatin1String("acct")).toString();
        account.displayName = me.value(QLatin1String("display_name")).toString();
        QSignalSpy written(context.secrets()->write(account.tokenKey(), token),
                           &SecretJob::finished);
        if (!written.wait(10000) ||
            written.first().at(0).value<SecretResult>().status != SecretResult::Status::Ok)
            return false;
        context.accounts()->save(account);
        context.accounts()->setCurrentAccountKey(account.key());
        AccountSession *session = context.sessions()->session(account.key());
        if (!session)
            return false;
        session->start();
        return QTest::qWaitFor([&] { return session->state() == AccountSession::State::Ready; },
                               10000);
    }

    // Both accounts, the first server's the main one.
    bool signInBoth(AppContext &context)
    {
        return signIn(context, m_other, QStringLiteral("alice"), m_second) &&
               signIn(context, m_sandbox, QStringLiteral("demo"), m_account);
    }

    static bool showActive(QWidget &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    // Ticks the other account under "Also post as…".
    static QAction *pickOther(QWidget &window)
    {
        auto *button = namedChild<QPushButton>(&window, "alsoPostAsButton");
        if (!button || !button->isEnabled() || !button->menu() ||
            button->menu()->actions().size() != 1)
            return nullptr;
        QAction *other = button->menu()->actions().constFirst();
        other->trigger();
        return other;
    }

    static QStringList resultLines(QWidget &window)
    {
        QStringList lines;
        const QList<QLabel *> labels =
            window.findChildren<QLabel *>(QStringLiteral("crossPostResult"));
        for (const QLabel *label : labels)
            lines.append(label->text());
        return lines;
    }

    static int statusesWithText(SandboxProcess &server, const QString &text)
    {
        int found = 0;
        for (const QJsonValue &status : server.statuses()) {
            if (status.toObject().value(QLatin1String("content")).toString().contains(text))
                ++found;
        }
        return found;
    }

    static QString unique(const QString &what)
    {
        return what + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void failStatusPosts(SandboxProcess &server, int status, int count)
    {
        server.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("count"), count},
                         {QStringLiteral("method"), QStringLiteral("POST")},
                         {QStringLiteral("path"), QStringLiteral("/api/v1/statuses")}});
    }

    static void grabIfAsked(QWidget &window, const QString &name)
    {
        const QString directory = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QDir().mkpath(directory);
        QVERIFY(window.grab().save(directory + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        QVERIFY2(m_other.start(), qPrintable(m_other.output()));
    }

    void init()
    {
        m_sandbox.reset();
        m_other.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    // A case that turned undo send on leaves it off, also when it failed.
    void cleanup() { UndoSendPreference::setDelay(std::chrono::seconds(0)); }

    void counterFollowsTheStricterServer()
    {
        m_other.control("POST", QStringLiteral("/_sandbox/instance"),
                        {{QStringLiteral("configuration"),
                          QJsonObject{{QStringLiteral("statuses"),
                                       QJsonObject{{QStringLiteral("max_characters"), 100}}}}}});
        AppContext context;
        QVERIFY(signInBoth(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Which server?"));
        auto *counter = namedChild<QLabel>(&window, "composerCounter1");
        QTRY_COMPARE(counter->text(), QStringLiteral("487"));
        QAction *other = pickOther(window);
        QVERIFY(other);
        QTRY_COMPARE(counter->text(), QStringLiteral("87"));
        QVERIFY(namedChild<QPushButton>(&window, "alsoPostAsButton")
                    ->text()
                    .contains(m_second.handle()));
        // Over the smaller limit only: Post waits while the other server is picked.
        QTest::keyClicks(text, QString(90, QLatin1Char('x')));
        auto *post = namedChild<QPushButton>(&window, "postButton");
        QTRY_VERIFY(!post->isEnabled());
        other->trigger();
        QTRY_VERIFY(post->isEnabled());
    }

    // A server that answers 500 does not hold the post back on the other, and gets it
    // once it is back: exactly one status on each.
    void failingServerGetsThePostAfterItRecoversOnceEach()
    {
        failStatusPosts(m_other, 500, 2);
        AppContext context;
        QVERIFY(signInBoth(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        const QString message = unique(QStringLiteral("To both servers"));
        QTest::keyClicks(text, message);
        QVERIFY(pickOther(window));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(statusesWithText(m_sandbox, message), 1, 10000);
        // Published here while the other server still fails.
        QCOMPARE(statusesWithText(m_other, message), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            resultLines(window).join(QLatin1Char('\n')).contains(QLatin1String("not sent yet")),
            10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusesWithText(m_other, message), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            resultLines(window).join(QLatin1Char('\n')).contains(QLatin1String("published")),
            10000);
        QCOMPARE(m_other.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 3);
        QCOMPARE(statusesWithText(m_sandbox, message), 1);
        QCOMPARE(statusesWithText(m_other, message), 1);
        // Each server's copy had its own key.
        const QString mainKey = m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST")
                                    .constFirst()
                                    .value(QLatin1String("headers"))
                                    .toObject()
                                    .value(QLatin1String("idempotency-key"))
                                    .toString();
        const QString otherKey = m_other.requestsTo(QStringLiteral("/api/v1/statuses"), "POST")
                                     .constFirst()
                                     .value(QLatin1String("headers"))
                                     .toObject()
                                     .value(QLatin1String("idempotency-key"))
                                     .toString();
        QVERIFY(!mainKey.isEmpty());
        QVERIFY(mainKey != otherKey);
    }

    void refusalOnOneServerIsShownWithItsWords()
    {
        failStatusPosts(m_other, 422, 1);
        AppContext context;
        QVERIFY(signInBoth(context));
        MainWindow window(&context);
        window.resize(900, 560);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        const QString message = QStringLiteral("Release 2.0 is out: notes on the website.");
        QTest::keyClicks(text, message);
        QVERIFY(pickOther(window));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(statusesWithText(m_sandbox, message), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            resultLines(window).join(QLatin1Char('\n')).contains(QLatin1String("refused")), 10000);
        QVERIFY(resultLines(window).constFirst().startsWith(m_second.handle()));
        QCOMPARE(statusesWithText(m_other, message), 0);
        // The copy stays in the outbox, where it can be sent again.
        QTRY_VERIFY(context.outbox()->entries().size() == 1);
        QCOMPARE(context.outbox()->entries().constFirst().draft.accountKey, m_second.key());
        grabIfAsked(window, QStringLiteral("cross-post.png"));
    }

    void aPictureIsUploadedToEachServer()
    {
        AppContext context;
        QVERIFY(signInBoth(context));
        QTemporaryDir files;
        const QString picture = files.filePath(QStringLiteral("chart.png"));
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(picture));
        // Left with a picture not uploaded yet: the composer uploads it to the main
        // account, the outbox to the other.
        Draft saved;
        saved.accountKey = m_account.key();
        const QString message = unique(QStringLiteral("A chart for both"));
        saved.parts = {message};
        DraftAttachment attachment;
        attachment.localPath = picture;
        attachment.description = QStringLiteral("A green chart");
        saved.attachments = {attachment};
        QVERIFY(DraftStore().save(QStringLiteral("main"), saved));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QVERIFY(pickOther(window));
        auto *post = namedChild<QPushButton>(&window, "postButton");
        QTRY_VERIFY_WITH_TIMEOUT(post->isEnabled(), 10000);
        QTest::mouseClick(post, Qt::LeftButton);
        for (SandboxProcess *server : {&m_sandbox, &m_other}) {
            QTRY_COMPARE_WITH_TIMEOUT(statusesWithText(*server, message), 1, 15000);
            QCOMPARE(server->requestsTo(QStringLiteral("/api/v2/media"), "POST").size(), 1);
            const QJsonArray media = server->statuses()
                                         .last()
                                         .toObject()
                                         .value(QLatin1String("media_attachments"))
                                         .toArray();
            QCOMPARE(media.size(), 1);
            QCOMPARE(media.first().toObject().value(QLatin1String("description")).toString(),
                     QStringLiteral("A green chart"));
        }
    }

    void undoSendTakesBackEveryAccountsCopy()
    {
        UndoSendPreference::setDelay(std::chrono::seconds(10));
        AppContext context;
        QVERIFY(signInBoth(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        const QString message = unique(QStringLiteral("Taken back from both"));
        QTest::keyClicks(text, message);
        QVERIFY(pickOther(window));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(context.outbox()->entries().size(), 2);
        QTest::mouseClick(namedChild<QPushButton>(&window, "undoSendButton"), Qt::LeftButton);
        QTRY_COMPARE(text->toPlainText(), message);
        QTRY_VERIFY(context.outbox()->entries().isEmpty());
        QVERIFY(resultLines(window).join(QLatin1Char('\n')).contains(QLatin1String("not sent")));
        // Fixed wait: checks that nothing goes out once the delay would have ended.
        QTest::qWait(11000);
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 0);
        QCOMPARE(m_other.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 0);
    }

    void aReplyGoesOutFromOneAccountAndSaysWhy()
    {
        AppContext context;
        QVERIFY(signInBoth(context));
        Draft reply;
        reply.accountKey = m_account.key();
        reply.parts = {QStringLiteral("Agreed!")};
        reply.inReplyToId = QStringLiteral("1");
        QVERIFY(DraftStore().save(QStringLiteral("main"), reply));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *button = namedChild<QPushButton>(&window, "alsoPostAsButton");
        QTRY_VERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(QLatin1String("reply")));
    }
};

QTEST_MAIN(TestCrossPostComposer)
#include "tst_crosspostcomposer.moc"
