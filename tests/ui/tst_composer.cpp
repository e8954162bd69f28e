// The composer as a user meets it: real widgets in the main window, typed into with
// QTest, posting to the sandbox over HTTP with the token in the session's keychain.
#include "api/apiclient.h"
#include "appcontext.h"
#include "compose/composerwidget.h"
#include "compose/draftstore.h"
#include "mainwindow.h"
#include "namedchild.h"
#include "outbox/outbox.h"
#include "outbox/outboxstore.h"
#include "sandboxprocess.h"
#include "secrets/secretjob.h"
#include "secrets/secretresult.h"
#include "secrets/secretstore.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

class TestComposer : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    AccountRecord m_account;

    // The account as setup leaves it: listed in the settings, its token in the keychain.
    bool signIn(AppContext &context) { return signIn(context, m_sandbox, m_account); }

    static bool signIn(AppContext &context, SandboxProcess &sandbox, AccountRecord &account,
                       const QString &token = {})
    {
        return signInWithToken(context, sandbox, account,
                               token.isEmpty() ? sandbox.mintToken() : token);
    }

    static bool signInWithToken(AppContext &context, SandboxProcess &sandbox,
                                AccountRecord &m_account, const QString &token)
    {
        SandboxProcess &m_sandbox = sandbox;
        QNetworkAccessManager nam;
        ApiClient client(&nam, m_sandbox.baseUrl());
        // An expired token cannot tell who it was: ask as the demo account it stood for.
        const bool expired = token.startsWith(QLatin1String("expired"));
        client.setAccessToken(expired ? sandbox.mintToken() : token);
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
        if (expired)
            return true;
        // Ready, and the instance's limits and languages are in.
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

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void init()
    {
        m_sandbox.reset();
        // Each test starts with no saved draft and an empty outbox.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void ctrlReturnPostsWithTheChosenOptions()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        window.focusComposer();
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QCOMPARE(QApplication::focusWidget(), text);
        auto *post = namedChild<QPushButton>(&window, "postButton");
        QVERIFY(!post->isEnabled());

        QTest::keyClicks(text, QStringLiteral("Hello from the composer"));
        QTest::mouseClick(namedChild<QCheckBox>(&window, "contentWarningToggle"), Qt::LeftButton);
        QTest::keyClicks(namedChild<QLineEdit>(&window, "contentWarningText"),
                         QStringLiteral("a test"));
        auto *visibility = namedChild<QComboBox>(&window, "visibilityCombo");
        visibility->setCurrentIndex(visibility->findData(QStringLiteral("private")));
        emit visibility->activated(visibility->currentIndex());
        QVERIFY(post->isEnabled());

        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        const QJsonObject status = m_sandbox.statuses().first().toObject();
        QVERIFY(status.value(QLatin1String("content"))
                    .toString()
                    .contains(QLatin1String("Hello from the composer")));
        QCOMPARE(status.value(QLatin1String("spoiler_text")).toString(), QStringLiteral("a test"));
        QCOMPARE(status.value(QLatin1String("visibility")).toString(), QStringLiteral("private"));
        // Cleared once confirmed, with a link to the new post.
        QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().isEmpty(), 5000);
        auto *statusLabel = namedChild<QLabel>(&window, "composerStatus");
        QVERIFY(statusLabel->text().contains(status.value(QLatin1String("url")).toString()));
        QVERIFY(!text->isReadOnly());
    }

    void counterFollowsTheInstanceLimit()
    {
        m_sandbox.control(
            "POST", QStringLiteral("/_sandbox/instance"),
            {{QStringLiteral("configuration"),
              QJsonObject{{QStringLiteral("statuses"),
                           QJsonObject{{QStringLiteral("max_characters"), 30},
                                       {QStringLiteral("characters_reserved_per_url"), 23}}}}}});
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        auto *counter = namedChild<QLabel>(&window, "composerCounter1");
        auto *post = namedChild<QPushButton>(&window, "postButton");
        QTest::keyClicks(text, QStringLiteral("see https://example.com/a/long/path"));
        // "see " + 23 for the link.
        QCOMPARE(counter->text(), QStringLiteral("3"));
        QVERIFY(post->isEnabled());
        QTest::keyClicks(text, QStringLiteral(" ok!"));
        QCOMPARE(counter->text(), QStringLiteral("-1"));
        QVERIFY(!post->isEnabled());
        QVERIFY(namedChild<QLabel>(&window, "composerProblem")->isVisible());
    }

    void refusedPostKeepsTheText()
    {
        AppContext context;
        QVERIFY(signIn(context));
        m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), 422},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/statuses")}});
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("This one is refused"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        auto *problem = namedChild<QLabel>(&window, "composerProblem");
        QTRY_VERIFY_WITH_TIMEOUT(!problem->text().isEmpty(), 10000);
        QCOMPARE(text->toPlainText(), QStringLiteral("This one is refused"));
        QVERIFY(!text->isReadOnly());
        QCOMPARE(m_sandbox.statuses().size(), 0);
    }

    void draftComesBackAfterRestart()
    {
        {
            AppContext context;
            QVERIFY(signIn(context));
            MainWindow window(&context);
            QVERIFY(showActive(window));
            auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
            QTest::keyClicks(text, QStringLiteral("Half a thought"));
            QTest::mouseClick(namedChild<QPushButton>(&window, "addPartButton"), Qt::LeftButton);
            QTest::keyClicks(namedChild<QPlainTextEdit>(&window, "composerText2"),
                             QStringLiteral("and the rest"));
            // Saved while typing, before any quit or close.
            QTRY_COMPARE_WITH_TIMEOUT(
                DraftStore().load(QStringLiteral("main")).parts,
                (QStringList{QStringLiteral("Half a thought"), QStringLiteral("and the rest")}),
                3000);
        }
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QCOMPARE(namedChild<QPlainTextEdit>(&window, "composerText")->toPlainText(),
                 QStringLiteral("Half a thought"));
        QCOMPARE(namedChild<QPlainTextEdit>(&window, "composerText2")->toPlainText(),
                 QStringLiteral("and the rest"));
    }

    void damagedDraftIsKeptAndTheComposerSaysWhere()
    {
        const QString path = DraftStore().directory() + QStringLiteral("/main.json");
        QVERIFY(QDir().mkpath(DraftStore().directory()));
        const QByteArray cutOff = "{\"version\":1,\"parts\":[\"Half a thou";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(cutOff), cutOff.size());
        }
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        const QStringList kept =
            QDir(DraftStore().directory()).entryList({QStringLiteral("main.json.damaged-*")});
        QCOMPARE(kept.size(), 1);
        const QString keptPath = DraftStore().directory() + QLatin1Char('/') + kept.first();
        auto *notice = namedChild<QLabel>(&window, "composerNotice");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(keptPath), qPrintable(notice->text()));

        // Typing does not hide it, and saves the new draft beside the kept one.
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Starting again"));
        QTRY_COMPARE_WITH_TIMEOUT(DraftStore().load(QStringLiteral("main")).parts,
                                  QStringList{QStringLiteral("Starting again")}, 3000);
        QVERIFY(notice->isVisible());
        QFile keptFile(keptPath);
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), cutOff);
        QTest::mouseClick(namedChild<QPushButton>(&window, "dismissNoticeButton"), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
    }

    void threadPostsAsReplies()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QTest::keyClicks(namedChild<QPlainTextEdit>(&window, "composerText"),
                         QStringLiteral("first"));
        QTest::mouseClick(namedChild<QPushButton>(&window, "addPartButton"), Qt::LeftButton);
        auto *second = namedChild<QPlainTextEdit>(&window, "composerText2");
        QTest::keyClicks(second, QStringLiteral("second"));
        QTest::keyClick(second, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 2, 10000);
        QCOMPARE(
            m_sandbox.statuses().at(1).toObject().value(QLatin1String("in_reply_to_id")).toString(),
            m_sandbox.statuses().at(0).toObject().value(QLatin1String("id")).toString());
    }

    void tooLongPostBecomesAThreadTheServerTakes()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        // About 1,400 characters of short sentences, pasted, on the sandbox's
        // 500-character limit: three posts.
        QString original;
        for (int i = 1; original.size() < 1370; ++i)
            original += QStringLiteral("Short sentence number %1 here. ").arg(i);
        original = original.trimmed();
        QVERIFY(original.size() > 1360 && original.size() <= 1400);
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        text->setPlainText(original);
        auto *post = namedChild<QPushButton>(&window, "postButton");
        auto *split = namedChild<QToolButton>(&window, "composerSplit1");
        QVERIFY(!post->isEnabled());
        QVERIFY(split->isVisible());

        // From the keyboard: the button is a Tab stop, Space presses it.
        split->setFocus();
        QTest::keyClick(split, Qt::Key_Space);
        QTRY_VERIFY(window.findChild<QPlainTextEdit *>(QStringLiteral("composerText3")));
        QVERIFY(!window.findChild<QPlainTextEdit *>(QStringLiteral("composerText4")));
        QVERIFY(!split->isVisible());
        QVERIFY(post->isEnabled());

        QTest::keyClick(namedChild<QPlainTextEdit>(&window, "composerText3"), Qt::Key_Return,
                        Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 3, 10000);
        const QJsonArray statuses = m_sandbox.statuses();
        QStringList posted;
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            const QJsonObject status = statuses.at(i).toObject();
            posted.append(status.value(QLatin1String("text")).toString());
            if (i > 0)
                QCOMPARE(status.value(QLatin1String("in_reply_to_id")).toString(),
                         statuses.at(i - 1).toObject().value(QLatin1String("id")).toString());
        }
        QCOMPARE(posted.join(QLatin1Char(' ')).simplified(), original.simplified());
    }

    void numberedThreadIsReachedFromTheKeyboard()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QString original;
        for (int i = 1; original.size() < 1200; ++i)
            original += QStringLiteral("Short sentence number %1 here. ").arg(i);
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        text->setPlainText(original.trimmed());
        auto *split = namedChild<QToolButton>(&window, "composerSplit1");
        QVERIFY(split->isVisible());
        // Alt+Down opens the button's menu, which runs its own loop: the second entry is
        // picked once the menu is up.
        QTimer picker;
        connect(&picker, &QTimer::timeout, this, [&picker] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                picker.stop();
                QTest::keyClick(menu, Qt::Key_Down);
                QTest::keyClick(menu, Qt::Key_Down);
                QTest::keyClick(menu, Qt::Key_Return);
            }
        });
        picker.start(20);
        split->setFocus();
        QTest::keyClick(split, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(window.findChild<QPlainTextEdit *>(QStringLiteral("composerText3")));
        QVERIFY(!window.findChild<QPlainTextEdit *>(QStringLiteral("composerText4")));
        for (int part = 1; part <= 3; ++part) {
            const QString name = part == 1 ? QStringLiteral("composerText")
                                           : QStringLiteral("composerText%1").arg(part);
            const QString posted = window.findChild<QPlainTextEdit *>(name)->toPlainText();
            QVERIFY2(posted.endsWith(QStringLiteral(" %1/3").arg(part)), qPrintable(posted));
        }
    }

    void refusedSecondPostIsNotPostedTwice()
    {
        AppContext context;
        QVERIFY(signIn(context));
        // The server's limit shrinks after the composer learnt it: the second post is
        // refused once the first is published.
        m_sandbox.control("POST", QStringLiteral("/_sandbox/instance"),
                          {{QStringLiteral("configuration"),
                            QJsonObject{{QStringLiteral("statuses"),
                                         QJsonObject{{QStringLiteral("max_characters"), 10}}}}}});
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("short"));
        QTest::mouseClick(namedChild<QPushButton>(&window, "addPartButton"), Qt::LeftButton);
        QTest::keyClicks(namedChild<QPlainTextEdit>(&window, "composerText2"),
                         QStringLiteral("this one is far too long"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        auto *problem = namedChild<QLabel>(&window, "composerProblem");
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QLatin1String("post 2")), 10000);
        QCOMPARE(m_sandbox.statuses().size(), 1);
        // The refused part is back to be fixed; the published one is not offered again.
        QCOMPARE(text->toPlainText(), QStringLiteral("this one is far too long"));
        QVERIFY(!window.findChild<QPlainTextEdit *>(QStringLiteral("composerText2")));
        QVERIFY(!text->isReadOnly());
        QVERIFY(context.outbox()->entries().isEmpty());

        // Fixed and sent: it continues the thread.
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("fixed"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 2, 10000);
        const QJsonArray all = m_sandbox.statuses();
        QCOMPARE(all.at(1).toObject().value(QLatin1String("in_reply_to_id")).toString(),
                 all.at(0).toObject().value(QLatin1String("id")).toString());
    }

    void refusedPostInTheOutboxCanBeEdited()
    {
        // Refused while no composer showed it (say, sent before a restart).
        m_sandbox.control("POST", QStringLiteral("/_sandbox/instance"),
                          {{QStringLiteral("configuration"),
                            QJsonObject{{QStringLiteral("statuses"),
                                         QJsonObject{{QStringLiteral("max_characters"), 10}}}}}});
        AppContext context;
        QVERIFY(signIn(context));
        Draft draft;
        draft.accountKey = m_account.key();
        draft.parts = {QStringLiteral("Too long for this server")};
        const QString id = context.outbox()->enqueue(draft);
        QTRY_VERIFY_WITH_TIMEOUT(context.outbox()->entry(id)->state == OutboxEntry::State::Failed,
                                 10000);

        MainWindow window(&context);
        QVERIFY(showActive(window));
        QVERIFY(namedChild<QWidget>(&window, "outboxView")->isVisible());
        auto *edit = namedChild<QPushButton>(&window, "outboxEdit");
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QCOMPARE(namedChild<QPlainTextEdit>(&window, "composerText")->toPlainText(),
                 QStringLiteral("Too long for this server"));
        QVERIFY(!context.outbox()->entry(id));
        QVERIFY(!namedChild<QWidget>(&window, "outboxView")->isVisible());
    }

    void editOnAPostThatMayBeOutFindsItInsteadOfPostingAgain()
    {
        // The case: the answer was cut off (the post is out), and the first look
        // on the profile failed, so the entry waits, unsure.
        AppContext context;
        QVERIFY(signIn(context));
        context.outbox()->setRetryDelay(std::chrono::minutes(10));
        m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("truncate")},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/statuses")}});
        m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), 503},
                            {QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/accounts/*")}});
        Draft draft;
        draft.accountKey = m_account.key();
        draft.parts = {QStringLiteral("Out already, answer lost")};
        const QString id = context.outbox()->enqueue(draft);
        QTRY_VERIFY_WITH_TIMEOUT(context.outbox()->entry(id)->state ==
                                         OutboxEntry::State::Waiting &&
                                     context.outbox()->entry(id)->attempts > 1,
                                 10000);
        QVERIFY(context.outbox()->entry(id)->uncertain);
        QCOMPARE(m_sandbox.statuses().size(), 1);

        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *edit = namedChild<QPushButton>(&window, "outboxEdit");
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        // Edit looks first: the post is found, and the user sees its link instead of the
        // text offered as a new post.
        auto *status = namedChild<QLabel>(&window, "composerStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Posted.")), 10000);
        const QString url =
            m_sandbox.statuses().first().toObject().value(QLatin1String("url")).toString();
        QVERIFY2(status->text().contains(url), qPrintable(status->text()));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QVERIFY(text->toPlainText().isEmpty());
        QVERIFY(!context.outbox()->entry(id));
        QVERIFY(!namedChild<QPushButton>(&window, "postButton")->isEnabled());
        QCOMPARE(m_sandbox.statuses().size(), 1);
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 1);
    }

    void postNotFoundAfterItsHourComesBackAsANewPostOnEdit()
    {
        {
            AppContext first;
            QVERIFY(signIn(first));
        }
        // Sent two hours ago, never confirmed, and not on the profile: its key is gone.
        Draft draft;
        draft.accountKey = m_account.key();
        draft.parts = {QStringLiteral("Lost two hours ago")};
        OutboxEntry old = OutboxEntry::create(draft);
        old.partSentAt = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        old.uncertain = true;
        QVERIFY(OutboxStore().save(old));

        AppContext context;
        QVERIFY(signIn(context));
        QTRY_VERIFY_WITH_TIMEOUT(
            context.outbox()->entry(old.id) && context.outbox()->entry(old.id)->notFound, 10000);
        QCOMPARE(m_sandbox.statuses().size(), 0);
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *retry = namedChild<QPushButton>(&window, "outboxRetry");
        QVERIFY2(retry->text().contains(QLatin1String("again")), qPrintable(retry->text()));
        QTest::mouseClick(namedChild<QPushButton>(&window, "outboxEdit"), Qt::LeftButton);
        // Safe to send as a new post now; pressing Post is the user's say.
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QCOMPARE(text->toPlainText(), QStringLiteral("Lost two hours ago"));
        QVERIFY(!context.outbox()->entry(old.id));
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 0);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
    }

    void pollArrivesWithItsOptions()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        window.resize(980, 720);
        QVERIFY(showActive(window));
        QTest::keyClicks(namedChild<QPlainTextEdit>(&window, "composerText"),
                         QStringLiteral("Tea or coffee?"));
        QTest::mouseClick(namedChild<QPushButton>(&window, "pollToggle"), Qt::LeftButton);
        QVERIFY(!namedChild<QPushButton>(&window, "addMediaButton")->isEnabled());
        QTest::keyClicks(namedChild<QLineEdit>(&window, "pollChoice1"), QStringLiteral("Tea"));
        QTest::keyClicks(namedChild<QLineEdit>(&window, "pollChoice2"), QStringLiteral("Tea"));
        QVERIFY(!namedChild<QPushButton>(&window, "postButton")->isEnabled());
        namedChild<QLineEdit>(&window, "pollChoice2")->clear();
        QTest::keyClicks(namedChild<QLineEdit>(&window, "pollChoice2"), QStringLiteral("Coffee"));
        QTest::mouseClick(namedChild<QCheckBox>(&window, "pollMultiple"), Qt::LeftButton);
        QVERIFY(namedChild<QPushButton>(&window, "postButton")->isEnabled());
        grabIfAsked(window, QStringLiteral("composer-poll.png"));
        QTest::mouseClick(namedChild<QPushButton>(&window, "postButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        const QJsonObject poll =
            m_sandbox.statuses().first().toObject().value(QLatin1String("poll")).toObject();
        QCOMPARE(poll.value(QLatin1String("options")).toArray().size(), 2);
        QCOMPARE(poll.value(QLatin1String("multiple")).toBool(), true);
    }

    void mediaWithAltTextArrives()
    {
        QTemporaryDir dir;
        const QString picture = dir.filePath(QStringLiteral("harbour.png"));
        QImage image(640, 400, QImage::Format_RGB32);
        image.fill(QColor(0x2e, 0x6f, 0x95));
        QVERIFY(image.save(picture));

        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        window.resize(980, 720);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("The harbour this morning"));
        // Pasting a copied file, as from a file manager.
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(picture)});
        QGuiApplication::clipboard()->setMimeData(mime);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        auto *attachment = namedChild<QWidget>(&window, "mediaAttachment");
        QVERIFY(attachment);
        QVERIFY(!namedChild<QPushButton>(&window, "pollToggle")->isEnabled());
        auto *reminder = namedChild<QWidget>(attachment, "mediaDescriptionReminder");
        auto *post = namedChild<QPushButton>(&window, "postButton");
        QTRY_VERIFY_WITH_TIMEOUT(post->isEnabled(), 10000);
        QVERIFY(reminder->isVisible());
        QTest::keyClicks(namedChild<QPlainTextEdit>(attachment, "mediaDescription"),
                         QStringLiteral("Blue water under a clear sky"));
        QVERIFY(!reminder->isVisible());
        grabIfAsked(window, QStringLiteral("composer-media.png"));

        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        const QJsonArray media = m_sandbox.statuses()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("media_attachments"))
                                     .toArray();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().toObject().value(QLatin1String("description")).toString(),
                 QStringLiteral("Blue water under a clear sky"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QWidget *>(QStringLiteral("mediaAttachment")),
                                 5000);
    }

    void pastedPictureBecomesAnAttachment()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(0xe0, 0x7a, 0x2f));
        QGuiApplication::clipboard()->setImage(image);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget *>(QStringLiteral("mediaAttachment")),
                                 5000);
        // Kept as a file of the draft's own, so it survives a restart.
        const QStringList saved = QDir(DraftStore().mediaDirectory()).entryList(QDir::Files);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(QImage(DraftStore().mediaDirectory() + QLatin1Char('/') + saved.first()).size(),
                 QSize(320, 200));
        // The user's picture is theirs alone, like the draft that holds it.
        // (The "User" flags say what this process may do, whoever owns the file.)
        const QFile::Permissions userFlags = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
        QCOMPARE(QFileInfo(DraftStore().mediaDirectory() + QLatin1Char('/') + saved.first())
                         .permissions() &
                     ~userFlags,
                 QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(text->toPlainText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QPushButton>(&window, "postButton")->isEnabled(),
                                 10000);
    }

    void searchInsertsAMentionThatIsPosted()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Hello"));
        QTest::keyClick(text, Qt::Key_K, Qt::ControlModifier);
        auto *field = namedChild<QLineEdit>(&window, "searchField");
        QCOMPARE(QApplication::focusWidget(), field);
        QTest::keyClicks(field, QStringLiteral("alic"));
        auto *results = namedChild<QAbstractItemView>(&window, "searchResults");
        QTRY_VERIFY_WITH_TIMEOUT(results->model() && results->model()->rowCount() > 0, 10000);
        QTest::keyClick(field, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), results);
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(text->toPlainText(), QStringLiteral("Hello @alice "));
        QCOMPARE(QApplication::focusWidget(), text);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QVERIFY(m_sandbox.statuses()
                    .first()
                    .toObject()
                    .value(QLatin1String("content"))
                    .toString()
                    .contains(QLatin1String("@alice")));
    }

    void postAsFollowsTheChosenServer()
    {
        // A second server with a smaller limit: the counter and the post follow the pick.
        SandboxProcess other;
        QVERIFY2(other.start(), qPrintable(other.output()));
        other.control("POST", QStringLiteral("/_sandbox/instance"),
                      {{QStringLiteral("configuration"),
                        QJsonObject{{QStringLiteral("statuses"),
                                     QJsonObject{{QStringLiteral("max_characters"), 100}}}}}});
        AppContext context;
        AccountRecord second;
        QVERIFY(signIn(context, other, second));
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *postAs = namedChild<QComboBox>(&window, "postAsCombo");
        QVERIFY(postAs->isVisible());
        QCOMPARE(postAs->count(), 2);
        QCOMPARE(postAs->currentData().toString(), m_account.key());
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Which server?"));
        auto *counter = namedChild<QLabel>(&window, "composerCounter1");
        QCOMPARE(counter->text(), QStringLiteral("487"));

        postAs->setFocus();
        QTest::keyClick(postAs, Qt::Key_Down);
        QTRY_COMPARE(postAs->currentData().toString(), second.key());
        QTRY_COMPARE(counter->text(), QStringLiteral("87"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(other.statuses().size(), 1, 10000);
        QCOMPARE(m_sandbox.statuses().size(), 0);
    }

    void draftOfTheOtherAccountIsKept()
    {
        SandboxProcess other;
        QVERIFY2(other.start(), qPrintable(other.output()));
        AppContext context;
        AccountRecord second;
        QVERIFY(signIn(context, other, second));
        QVERIFY(signIn(context));
        // Left unfinished while posting as the other account.
        Draft saved;
        saved.accountKey = second.key();
        saved.parts = {QStringLiteral("For the other server")};
        QVERIFY(DraftStore().save(QStringLiteral("main"), saved));

        MainWindow window(&context);
        QVERIFY(showActive(window));
        QCOMPARE(namedChild<QPlainTextEdit>(&window, "composerText")->toPlainText(),
                 QStringLiteral("For the other server"));
        QCOMPARE(namedChild<QComboBox>(&window, "postAsCombo")->currentData().toString(),
                 second.key());
        // Nothing saves the fields over the draft while the window settles. Fixed wait:
        // checks that no save comes, over twice the autosave's delay.
        QTest::qWait(600);
        QCOMPARE(DraftStore().load(QStringLiteral("main")).parts,
                 QStringList{QStringLiteral("For the other server")});
    }

    void expiredSignInKeepsThePost()
    {
        AppContext context;
        QVERIFY(signIn(context, m_sandbox, m_account, QStringLiteral("expired-token")));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        auto *signInAgain = namedChild<QPushButton>(&window, "signInAgainButton");
        QTRY_VERIFY_WITH_TIMEOUT(signInAgain->isVisible(), 10000);
        QTest::keyClicks(text, QStringLiteral("Typed while signed out"));
        QVERIFY(!namedChild<QPushButton>(&window, "postButton")->isEnabled());
        QVERIFY(
            namedChild<QLabel>(&window, "composerProblem")->text().contains(QLatin1String("sign")));
        QSignalSpy requested(&window, &MainWindow::signInAgainRequested);
        QTest::mouseClick(signInAgain, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), m_account.key());
        QCOMPARE(text->toPlainText(), QStringLiteral("Typed while signed out"));
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
