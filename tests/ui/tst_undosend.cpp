// Undo send (issue 20): with a delay chosen in Preferences, a post waits in the outbox
// with a countdown, and Undo (the button or Ctrl+Z) brings all of it back to the
// composer before anything reaches the sandbox. Real widgets, real outbox files, the
// sandbox over HTTP.
#include "api/apiclient.h"
#include "appcontext.h"
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
#include "settings/preferencesdialog.h"
#include "settings/undosendpreference.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

class TestUndoSend : public QObject
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

    static void choose(QComboBox *combo, const QVariant &data)
    {
        combo->setCurrentIndex(combo->findData(data));
        emit combo->activated(combo->currentIndex());
    }

    static void typeText(QWidget &window, const QString &text)
    {
        QTest::keyClicks(namedChild<QPlainTextEdit>(&window, "composerText"), text);
    }

    static void writeContentWarning(QWidget &window, const QString &warning)
    {
        QTest::mouseClick(namedChild<QCheckBox>(&window, "contentWarningToggle"), Qt::LeftButton);
        QTest::keyClicks(namedChild<QLineEdit>(&window, "contentWarningText"), warning);
    }

    static void postWithCtrlReturn(QWidget &window)
    {
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    }

    // The countdown is on screen and says a number of seconds.
    static bool countsDown(QWidget &window) { return secondsShown(window) > 0; }

    // The seconds the visible countdown shows; 0 when none is shown.
    static int secondsShown(QWidget &window)
    {
        if (!namedChild<QWidget>(&window, "sendCountdown")->isVisible())
            return 0;
        static const QRegularExpression seconds(QStringLiteral("(\\d+) s"));
        return seconds.match(namedChild<QLabel>(&window, "sendCountdownText")->text())
            .captured(1)
            .toInt();
    }

    // Lets the countdown of a 10 s delay run for two seconds, the event loop turning,
    // so that a post not held back would be out by then.
    static bool countsDownTwoSeconds(QWidget &window)
    {
        return QTest::qWaitFor([&] { return secondsShown(window) == 10; }, 2000) &&
               QTest::qWaitFor([&] { return secondsShown(window) == 8; }, 4000);
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        UndoSendPreference::setDelay(10s);
    }

    void cleanupTestCase() { UndoSendPreference::setDelay(0s); }

    void undoBringsBackTextWarningThreadAndDescribedMediaAndNothingIsPosted()
    {
        QTemporaryDir dir;
        const QString picture = dir.filePath(QStringLiteral("harbour.png"));
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(0x2e, 0x6f, 0x95));
        QVERIFY(image.save(picture));

        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        window.resize(980, 760);
        QVERIFY(showActive(window));
        typeText(window, QStringLiteral("The harbour this morning"));
        writeContentWarning(window, QStringLiteral("boats"));
        choose(namedChild<QComboBox>(&window, "visibilityCombo"), QStringLiteral("unlisted"));
        QTest::mouseClick(namedChild<QPushButton>(&window, "addPartButton"), Qt::LeftButton);
        QTest::keyClicks(namedChild<QPlainTextEdit>(&window, "composerText2"),
                         QStringLiteral("and the ferry"));
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(picture)});
        QGuiApplication::clipboard()->setMimeData(mime);
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        auto *post = namedChild<QPushButton>(&window, "postButton");
        QTRY_VERIFY_WITH_TIMEOUT(post->isEnabled(), 10000);
        QTest::keyClicks(namedChild<QPlainTextEdit>(&window, "mediaDescription"),
                         QStringLiteral("Blue water under a clear sky"));

        postWithCtrlReturn(window);
        QVERIFY(countsDownTwoSeconds(window));
        grabIfAsked(window, QStringLiteral("undo-send-countdown.png"));
        QCOMPARE(context.outbox()->entries().size(), 1);
        QTest::mouseClick(namedChild<QPushButton>(&window, "undoSendButton"), Qt::LeftButton);

        // All of it is back, to be edited, and the outbox holds nothing to send.
        QVERIFY(!namedChild<QWidget>(&window, "sendCountdown")->isVisible());
        QCOMPARE(text->toPlainText(), QStringLiteral("The harbour this morning"));
        QVERIFY(!text->isReadOnly());
        QCOMPARE(namedChild<QPlainTextEdit>(&window, "composerText2")->toPlainText(),
                 QStringLiteral("and the ferry"));
        QCOMPARE(namedChild<QLineEdit>(&window, "contentWarningText")->text(),
                 QStringLiteral("boats"));
        QVERIFY(namedChild<QCheckBox>(&window, "contentWarningToggle")->isChecked());
        QCOMPARE(namedChild<QComboBox>(&window, "visibilityCombo")->currentData().toString(),
                 QStringLiteral("unlisted"));
        QCOMPARE(namedChild<QPlainTextEdit>(&window, "mediaDescription")->toPlainText(),
                 QStringLiteral("Blue water under a clear sky"));
        QVERIFY(context.outbox()->entries().isEmpty());
        QVERIFY(OutboxStore().loadAll().isEmpty());
        QVERIFY(
            namedChild<QLabel>(&window, "composerStatus")->text().contains(QLatin1String("back")));
        // Checking that nothing happens: past the delay the post was given, no status and no
        // description update ever reached the server.
        QTest::qWait(11000);
        QCOMPARE(m_sandbox.statuses().size(), 0);
        QVERIFY(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").isEmpty());
        QVERIFY(m_sandbox.requestsUnder(QStringLiteral("/api/v1/media/"), "PUT").isEmpty());

        // Posted again, it goes out with everything it had.
        UndoSendPreference::setDelay(0s);
        postWithCtrlReturn(window);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 2, 10000);
        const QJsonObject first = m_sandbox.statuses().first().toObject();
        QCOMPARE(first.value(QLatin1String("spoiler_text")).toString(), QStringLiteral("boats"));
        QCOMPARE(first.value(QLatin1String("media_attachments"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("description"))
                     .toString(),
                 QStringLiteral("Blue water under a clear sky"));
    }

    void ctrlZUndoesTypingFirstThenTakesBackThePollDuringTheCountdown()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        window.resize(980, 760);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        typeText(window, QStringLiteral("Tea or coffee?"));
        QTest::mouseClick(namedChild<QPushButton>(&window, "pollToggle"), Qt::LeftButton);
        QTest::keyClicks(namedChild<QLineEdit>(&window, "pollChoice1"), QStringLiteral("Tea"));
        QTest::keyClicks(namedChild<QLineEdit>(&window, "pollChoice2"), QStringLiteral("Coffee"));
        QTest::mouseClick(namedChild<QCheckBox>(&window, "pollMultiple"), Qt::LeftButton);
        writeContentWarning(window, QStringLiteral("drinks"));

        // While the text can be edited, Ctrl+Z is the editor's own undo.
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral(" Or"));
        const QString typed = QStringLiteral("Tea or coffee? Or");
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(text->toPlainText() != typed);
        QVERIFY(context.outbox()->entries().isEmpty());
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(text->toPlainText(), typed);

        postWithCtrlReturn(window);
        QVERIFY(countsDownTwoSeconds(window));
        QVERIFY(text->isReadOnly());
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);

        QVERIFY(context.outbox()->entries().isEmpty());
        QCOMPARE(text->toPlainText(), typed);
        QVERIFY(!text->isReadOnly());
        QCOMPARE(namedChild<QLineEdit>(&window, "pollChoice1")->text(), QStringLiteral("Tea"));
        QCOMPARE(namedChild<QLineEdit>(&window, "pollChoice2")->text(), QStringLiteral("Coffee"));
        QVERIFY(namedChild<QCheckBox>(&window, "pollMultiple")->isChecked());
        QCOMPARE(namedChild<QLineEdit>(&window, "contentWarningText")->text(),
                 QStringLiteral("drinks"));
        QCOMPARE(m_sandbox.statuses().size(), 0);
    }

    void withoutUndoThePostGoesOutOnceAfterTheDelay()
    {
        UndoSendPreference::setDelay(5s);
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        typeText(window, QStringLiteral("Sent after a moment"));
        const QDateTime pressed = QDateTime::currentDateTimeUtc();
        postWithCtrlReturn(window);
        QTRY_VERIFY_WITH_TIMEOUT(countsDown(window), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 15000);
        // Not before the delay was over.
        QVERIFY(pressed.msecsTo(QDateTime::currentDateTimeUtc()) >= 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!namedChild<QWidget>(&window, "sendCountdown")->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            namedChild<QPlainTextEdit>(&window, "composerText")->toPlainText().isEmpty(), 5000);
        QVERIFY(context.outbox()->entries().isEmpty());
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 1);
        // Too late for Undo: the button is gone, and Ctrl+Z takes nothing back.
        QTest::keyClick(namedChild<QPlainTextEdit>(&window, "composerText"), Qt::Key_Z,
                        Qt::ControlModifier);
        QCOMPARE(m_sandbox.statuses().size(), 1);
    }

    void quitDuringTheCountdownPostsOnceAfterRestart()
    {
        {
            AppContext context;
            QVERIFY(signIn(context));
            MainWindow window(&context);
            QVERIFY(showActive(window));
            typeText(window, QStringLiteral("Interrupted by a quit"));
            postWithCtrlReturn(window);
            QVERIFY(countsDownTwoSeconds(window));
            // The delay is the entry's own, on disk.
            const QList<OutboxEntry> stored = OutboxStore().loadAll();
            QCOMPARE(stored.size(), 1);
            QVERIFY(stored.first().notBefore > QDateTime::currentDateTimeUtc());
        }
        QCOMPARE(m_sandbox.statuses().size(), 0);
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 20000);
        QVERIFY(m_sandbox.statuses()
                    .first()
                    .toObject()
                    .value(QLatin1String("content"))
                    .toString()
                    .contains(QLatin1String("Interrupted by a quit")));
        QTRY_VERIFY_WITH_TIMEOUT(context.outbox()->entries().isEmpty(), 5000);
        QVERIFY(OutboxStore().loadAll().isEmpty());
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 1);
    }

    void delayIsChosenInPreferencesAndKeptForTheNextStart()
    {
        UndoSendPreference::setDelay(0s);
        {
            PreferencesDialog dialog(true);
            auto *combo = namedChild<QComboBox>(&dialog, "undoSendDelay");
            QCOMPARE(combo->currentData().toInt(), 0);
            QCOMPARE(combo->count(), 4);
            combo->setCurrentIndex(combo->findData(30));
        }
        QCOMPARE(UndoSendPreference::delay(), 30s);
        PreferencesDialog dialog(true);
        QCOMPARE(namedChild<QComboBox>(&dialog, "undoSendDelay")->currentData().toInt(), 30);
    }
};

QTEST_MAIN(TestUndoSend)
#include "tst_undosend.moc"
