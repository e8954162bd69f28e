// `posthorn post` as a script runs it: the real executable, with no display, the real
// keychain of the headless session, and the sandbox server. Each case reads what a
// script sees (exit code, standard output and error) and what the server holds.
#include "appcontext.h"
#include "sandboxprocess.h"
#include "settings/accountstore.h"
#include "signedinaccount.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <QUuid>

#include <csignal>

class TestPostCommand : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    SandboxProcess m_sandbox;
    // A second server, for cross-posts: its account is added by the cases that use it.
    SandboxProcess m_other;
    QTemporaryDir m_home;
    AccountRecord m_account;
    QProcess *m_window = nullptr;

    QString outboxDir() const
    {
        return m_home.filePath(QStringLiteral("data/Posthorn/posthorn/outbox"));
    }
    QStringList outboxFiles() const
    {
        return QDir(outboxDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    }
    QString outboxText() const
    {
        QString all;
        for (const QString &name : outboxFiles()) {
            QFile file(QDir(outboxDir()).filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(file.readAll());
        }
        return all;
    }

    // No display of any kind: a command that made a QGuiApplication would abort here,
    // as xcb has no display to open.
    static QProcessEnvironment commandEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        return env;
    }

    static void startCommand(QProcess &process, const QStringList &arguments)
    {
        process.setProcessEnvironment(commandEnvironment());
        process.start(QStringLiteral(POSTHORN_APP_PATH),
                      QStringList{QStringLiteral("post")} + arguments);
    }

    static Run post(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        startCommand(process, arguments);
        if (!process.waitForStarted(10000))
            return {};
        // Standard input is a pipe here, never a terminal: closed at once when no
        // input is given, as a script's `</dev/null` would.
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(90000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QString unique(const QString &what)
    {
        return what + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    int statusesWithText(const QString &text)
    {
        int found = 0;
        for (const QJsonValue &status : m_sandbox.statuses()) {
            if (status.toObject().value(QLatin1String("content")).toString().contains(text))
                ++found;
        }
        return found;
    }

    qsizetype statusPosts()
    {
        return m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size();
    }

    void failStatusPosts(const QString &kind, int count = 100)
    {
        m_sandbox.addFault({{QStringLiteral("kind"), kind},
                            {QStringLiteral("count"), count},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/statuses")}});
    }

    bool startWindow()
    {
        const QString verify = QStringLiteral("/api/v1/accounts/verify_credentials");
        const qsizetype verifiedBefore = m_sandbox.requestsTo(verify).size();
        m_window = new QProcess(this);
        m_window->setProcessChannelMode(QProcess::MergedChannels);
        m_window->setStandardOutputFile(m_home.filePath(QStringLiteral("window.log")),
                                        QIODevice::Append);
        m_window->start(QStringLiteral(POSTHORN_APP_PATH), {QStringLiteral("--minimized")});
        return m_window->waitForStarted(10000) &&
               QTest::qWaitFor([&] { return m_sandbox.requestsTo(verify).size() > verifiedBefore; },
                               20000);
    }

    void stopWindow()
    {
        if (!m_window)
            return;
        m_window->terminate();
        if (!m_window->waitForFinished(10000)) {
            m_window->kill();
            m_window->waitForFinished();
        }
        delete m_window;
        m_window = nullptr;
    }

    // The process that holds the outbox's writer lock (QLockFile writes its pid first).
    qint64 outboxWriter() const
    {
        QFile lock(QDir(outboxDir()).filePath(QStringLiteral("writer.lock")));
        if (!lock.open(QIODevice::ReadOnly))
            return 0;
        return lock.readLine().trimmed().toLongLong();
    }

    // Both sandboxes' demo accounts share the handle @demo@127.0.0.1: --account names
    // them with their ports.
    static QString accountArgument(const AccountRecord &account)
    {
        return account.acct + QLatin1Char('@') + account.instanceUrl.authority();
    }

    // The other server's demo account beside the first, which stays the current one.
    bool addOtherAccount(AccountRecord *other)
    {
        AppContext context;
        if (!SignedInAccount::add(context, m_other, other))
            return false;
        context.accounts()->setCurrentAccountKey(m_account.key());
        return true;
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

    static QString lastStatusUrl(SandboxProcess &server)
    {
        return server.statuses().last().toObject().value(QLatin1String("url")).toString();
    }

    QString draftMediaDir() const
    {
        return m_home.filePath(QStringLiteral("data/Posthorn/posthorn/drafts/media"));
    }

    // A one-pixel PNG, or other bytes, in a folder of the script's.
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(bytes);
        return path;
    }
    QString writePicture(const QString &name = QStringLiteral("dot.png")) const
    {
        return writeFile(name, QByteArray::fromBase64(
                                   "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42m"
                                   "P8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
    }

    qsizetype mediaPosts()
    {
        return m_sandbox.requestsTo(QStringLiteral("/api/v2/media"), "POST").size();
    }

    QJsonObject lastStatusBody()
    {
        return QJsonDocument::fromJson(
                   m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST")
                       .last()
                       .value(QLatin1String("body"))
                       .toString()
                       .toUtf8())
            .object();
    }

    // A post of someone else's on the sandbox, and its link.
    QJsonObject postAs(const QString &account, const QString &text, const QString &visibility)
    {
        return m_sandbox
            .control("POST", QStringLiteral("/_sandbox/posts"),
                     {{QStringLiteral("account"), account},
                      {QStringLiteral("status"), text},
                      {QStringLiteral("visibility"), visibility}})
            .object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The executable's names, so this process writes the account list it reads.
        QCoreApplication::setOrganizationName(QStringLiteral("Posthorn"));
        QCoreApplication::setApplicationName(QStringLiteral("posthorn"));
        for (const char *dir : {"config", "data", "cache"}) {
            const QByteArray name = "XDG_" + QByteArray(dir).toUpper() + "_HOME";
            qputenv(name.constData(), m_home.filePath(QString::fromLatin1(dir)).toLocal8Bit());
        }
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        QVERIFY2(m_other.start(), qPrintable(m_other.output()));
    }

    // Each case starts from a fresh server (whose reset forgets tokens) and an empty
    // outbox, signed in as the wizard leaves it.
    void init()
    {
        m_sandbox.reset();
        m_other.reset();
        QDir(outboxDir()).removeRecursively();
        // Gone again at the end of this scope: the test is no outbox writer.
        AppContext context;
        QVERIFY(SignedInAccount::add(context, m_sandbox, &m_account));
        // An account listed but without a token in the keychain.
        AccountRecord ghost = m_account;
        ghost.accountId = QStringLiteral("999");
        ghost.acct = QStringLiteral("ghost");
        context.accounts()->save(ghost);
        context.accounts()->setCurrentAccountKey(m_account.key());
        // The other server's account is there only for the cases that add it.
        const QList<AccountRecord> accounts = context.accounts()->accounts();
        for (const AccountRecord &account : accounts) {
            if (account.instanceUrl == m_other.baseUrl())
                context.accounts()->remove(account.key());
        }
    }

    void cleanup() { stopWindow(); }

    void publishedPrintsTheLinkAndExitsZero()
    {
        const QString text = unique(QStringLiteral("Release 1.0 is out"));
        const Run r = post({text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(statusesWithText(text), 1);
        const QJsonObject status = m_sandbox.statuses().last().toObject();
        QCOMPARE(r.out.trimmed(), status.value(QLatin1String("url")).toString());
        QVERIFY(outboxFiles().isEmpty());
    }

    void optionsReachTheServer()
    {
        const QString text = unique(QStringLiteral("Behind a warning"));
        const Run r = post({QStringLiteral("--cw"), QStringLiteral("spoilers"),
                            QStringLiteral("--visibility"), QStringLiteral("unlisted"),
                            QStringLiteral("--language"), QStringLiteral("nl"), text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject status = m_sandbox.statuses().last().toObject();
        QCOMPARE(status.value(QLatin1String("spoiler_text")).toString(),
                 QStringLiteral("spoilers"));
        QCOMPARE(status.value(QLatin1String("visibility")).toString(), QStringLiteral("unlisted"));
        QCOMPARE(status.value(QLatin1String("language")).toString(), QStringLiteral("nl"));
    }

    void jsonPrintsTheStatusAsTheServerHasIt()
    {
        const QString text = unique(QStringLiteral("As JSON"));
        const Run r = post({QStringLiteral("--json"), text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject printed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject status = m_sandbox.statuses().last().toObject();
        QCOMPARE(printed.value(QLatin1String("id")).toString(),
                 status.value(QLatin1String("id")).toString());
        QVERIFY(printed.value(QLatin1String("content")).toString().contains(text));
    }

    void scheduledExitsZeroWithTheScheduledStatus()
    {
        const QString text = unique(QStringLiteral("Later"));
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(3600);
        const Run r = post({QStringLiteral("--schedule"), when.toString(Qt::ISODate),
                            QStringLiteral("--json"), text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_sandbox.scheduledStatuses().size(), 1);
        QCOMPARE(statusesWithText(text), 0);
        const QJsonObject printed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(printed.value(QLatin1String("params"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 text);
    }

    void refusedByTheServerExitsTwoWithItsWords()
    {
        // The server's limit is lower than what its instance details say (they do not
        // answer, so Posthorn counts with Mastodon's 500): the server refuses with 422.
        m_sandbox.control("POST", QStringLiteral("/_sandbox/instance"),
                          {{QStringLiteral("configuration"),
                            QJsonObject{{QStringLiteral("statuses"),
                                         QJsonObject{{QStringLiteral("max_characters"), 20}}}}}});
        m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), 503},
                            {QStringLiteral("count"), 10},
                            {QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("path"), QStringLiteral("/api/v*")}});
        const Run r = post({unique(QStringLiteral("Too long for this server"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("character limit of 20 exceeded")),
                 qPrintable(r.err));
        QCOMPARE(statusPosts(), 1);
        QCOMPARE(m_sandbox.statuses().size(), 0);
    }

    void overTheLimitIsRefusedWithoutARequest()
    {
        const Run r = post({QString(501, QLatin1Char('x'))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("over the character limit")), qPrintable(r.err));
        QCOMPARE(statusPosts(), 0);
        QVERIFY(outboxFiles().isEmpty());
    }

    void scheduleTooSoonIsRefusedWithoutARequest()
    {
        const Run r = post({QStringLiteral("--schedule"),
                            QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate),
                            QStringLiteral("soon")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(statusPosts(), 0);
    }

    void crossPostPublishesOnceOnEachServer()
    {
        AccountRecord other;
        QVERIFY(addOtherAccount(&other));
        const QString text = unique(QStringLiteral("On both servers"));
        const Run r = post({QStringLiteral("--account"), accountArgument(m_account),
                            QStringLiteral("--account"), accountArgument(other), text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(statusesWithText(m_sandbox, text), 1);
        QCOMPARE(statusesWithText(m_other, text), 1);
        // One line per account, each with that server's link.
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.contains(QLatin1Char('@') + accountArgument(m_account) + QLatin1Char(' ') +
                                lastStatusUrl(m_sandbox)),
                 qPrintable(r.out));
        QVERIFY2(lines.contains(QLatin1Char('@') + accountArgument(other) + QLatin1Char(' ') +
                                lastStatusUrl(m_other)),
                 qPrintable(r.out));
        QVERIFY(outboxFiles().isEmpty());
    }

    void crossPostRefusedOnOneServerPublishesOnTheOtherAndExitsTwo()
    {
        AccountRecord other;
        QVERIFY(addOtherAccount(&other));
        m_other.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                          {QStringLiteral("status"), 422},
                          {QStringLiteral("method"), QStringLiteral("POST")},
                          {QStringLiteral("path"), QStringLiteral("/api/v1/statuses")}});
        const QString text = unique(QStringLiteral("Refused over there"));
        const Run r = post({QStringLiteral("--account"), accountArgument(m_account),
                            QStringLiteral("--account"), accountArgument(other), text});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(statusesWithText(m_sandbox, text), 1);
        QCOMPARE(statusesWithText(m_other, text), 0);
        QCOMPARE(r.out.trimmed(), QLatin1Char('@') + accountArgument(m_account) + QLatin1Char(' ') +
                                      lastStatusUrl(m_sandbox));
        QVERIFY2(
            r.err.contains(QLatin1Char('@') + accountArgument(other) + QStringLiteral(" refused")),
            qPrintable(r.err));
    }

    // The composer's promise from the command line: a server that fails does not hold
    // back the other, and gets the post once it is back, once.
    void crossPostToAFailingServerPublishesThereAfterItRecovers()
    {
        AccountRecord other;
        QVERIFY(addOtherAccount(&other));
        m_other.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                          {QStringLiteral("count"), 100},
                          {QStringLiteral("method"), QStringLiteral("POST")},
                          {QStringLiteral("path"), QStringLiteral("/api/v1/statuses")}});
        const QString text = unique(QStringLiteral("One server is down"));
        const Run r = post({QStringLiteral("--account"), accountArgument(m_account),
                            QStringLiteral("--account"), accountArgument(other), text});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(statusesWithText(m_sandbox, text), 1);
        QCOMPARE(statusesWithText(m_other, text), 0);
        QVERIFY(!m_other.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").isEmpty());
        QCOMPARE(outboxFiles().size(), 1);

        m_other.control("DELETE", QStringLiteral("/_sandbox/faults"));
        QVERIFY(startWindow());
        QTRY_COMPARE_WITH_TIMEOUT(statusesWithText(m_other, text), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(outboxFiles().isEmpty(), 10000);
        QCOMPARE(statusesWithText(m_sandbox, text), 1);
        QCOMPARE(statusesWithText(m_other, text), 1);
    }

    void crossPostWhileTheWindowRunsIsPostedByTheWindow()
    {
        AccountRecord other;
        QVERIFY(addOtherAccount(&other));
        QVERIFY(startWindow());
        QTRY_COMPARE_WITH_TIMEOUT(outboxWriter(), m_window->processId(), 10000);
        m_other.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                          {QStringLiteral("status"), 422},
                          {QStringLiteral("method"), QStringLiteral("POST")},
                          {QStringLiteral("path"), QStringLiteral("/api/v1/statuses")}});
        const QString text = unique(QStringLiteral("Through the window to both"));
        const Run r = post({QStringLiteral("--account"), accountArgument(m_account),
                            QStringLiteral("--account"), accountArgument(other), text});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(statusesWithText(m_sandbox, text), 1);
        QCOMPARE(statusesWithText(m_other, text), 0);
        QCOMPARE(r.out.trimmed(), QLatin1Char('@') + accountArgument(m_account) + QLatin1Char(' ') +
                                      lastStatusUrl(m_sandbox));
        QVERIFY2(
            r.err.contains(QLatin1Char('@') + accountArgument(other) + QStringLiteral(" refused")),
            qPrintable(r.err));
        // The window stayed the one writer all along.
        QCOMPARE(outboxWriter(), m_window->processId());
    }

    void crossPostWithMediaUploadsThemToEachServer()
    {
        AccountRecord other;
        QVERIFY(addOtherAccount(&other));
        const QString text = unique(QStringLiteral("A picture on both servers"));
        const Run r = post({QStringLiteral("--account"), accountArgument(m_account),
                            QStringLiteral("--account"), accountArgument(other),
                            QStringLiteral("--media"), writePicture(), QStringLiteral("--alt"),
                            QStringLiteral("A dot for everyone"), text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Each server got the file once, as its own upload, and a post that carries it.
        for (SandboxProcess *server : {&m_sandbox, &m_other}) {
            QCOMPARE(server->requestsTo(QStringLiteral("/api/v2/media"), "POST").size(), 1);
            QCOMPARE(statusesWithText(*server, text), 1);
            const QJsonArray media = server->statuses()
                                         .last()
                                         .toObject()
                                         .value(QLatin1String("media_attachments"))
                                         .toArray();
            QCOMPARE(media.size(), 1);
            QCOMPARE(media.first().toObject().value(QLatin1String("description")).toString(),
                     QStringLiteral("A dot for everyone"));
        }
        // The copy kept for the outbox has served both.
        QVERIFY(QDir(draftMediaDir()).entryList(QDir::Files).isEmpty());
    }

    void crossPostRefusesAReplyBeforeSending()
    {
        AccountRecord other;
        QVERIFY(addOtherAccount(&other));
        const Run r =
            post({QStringLiteral("--account"), accountArgument(m_account),
                  QStringLiteral("--account"), accountArgument(other), QStringLiteral("--reply-to"),
                  m_sandbox.baseUrl().toString() + QStringLiteral("/@alice/1"),
                  QStringLiteral("Agreed")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(QLatin1String("--reply-to")), qPrintable(r.err));
        QCOMPARE(statusPosts(), 0);
        QCOMPARE(m_other.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 0);
    }

    void crossPostCountsWithTheStricterServer()
    {
        AccountRecord other;
        QVERIFY(addOtherAccount(&other));
        m_other.control("POST", QStringLiteral("/_sandbox/instance"),
                        {{QStringLiteral("configuration"),
                          QJsonObject{{QStringLiteral("statuses"),
                                       QJsonObject{{QStringLiteral("max_characters"), 40}}}}}});
        const QString text = unique(QStringLiteral("Longer than forty"));
        const Run r = post({QStringLiteral("--account"), accountArgument(m_account),
                            QStringLiteral("--account"), accountArgument(other), text});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.isEmpty(), "the limit is said");
        // Nothing went out anywhere, not even where the text fits.
        QCOMPARE(statusPosts(), 0);
        QCOMPARE(m_other.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 0);
        // The first server alone takes it.
        QCOMPARE(post({text}).exitCode, 0);
    }

    void crossPostRefusesJsonAndUnknownAccountsBeforeSending()
    {
        AccountRecord other;
        QVERIFY(addOtherAccount(&other));
        const QString text = unique(QStringLiteral("Not sent"));
        QCOMPARE(
            post({QStringLiteral("--json"), QStringLiteral("--account"), accountArgument(m_account),
                  QStringLiteral("--account"), accountArgument(other), text})
                .exitCode,
            64);
        // Both accounts are @demo@127.0.0.1: the handle alone names neither.
        const Run ambiguous = post({QStringLiteral("--account"), QStringLiteral("@demo@127.0.0.1"),
                                    QStringLiteral("--account"), accountArgument(other), text});
        QCOMPARE(ambiguous.exitCode, 64);
        QVERIFY2(ambiguous.err.contains(accountArgument(other)), qPrintable(ambiguous.err));
        QCOMPARE(statusPosts(), 0);
        QCOMPARE(m_other.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 0);
    }

    void serverDownExitsThreeAndTheEntryWaits()
    {
        failStatusPosts(QStringLiteral("status"));
        const QString text = unique(QStringLiteral("Server is down"));
        const Run r = post({text});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("outbox")), qPrintable(r.err));
        QCOMPARE(outboxFiles().size(), 1);
        QVERIFY(outboxText().contains(text));
        QCOMPARE(m_sandbox.statuses().size(), 0);
    }

    void noTokenExitsFour()
    {
        const Run r = post({QStringLiteral("--account"), QStringLiteral("@ghost@127.0.0.1"),
                            QStringLiteral("hello")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("sign")), qPrintable(r.err));
        QCOMPARE(statusPosts(), 0);
    }

    void badUsageExitsSixtyFour_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("x")};
        QTest::newRow("bad visibility") << QStringList{
            QStringLiteral("--visibility"), QStringLiteral("friends"), QStringLiteral("x")};
        QTest::newRow("two texts") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("bad time") << QStringList{QStringLiteral("--schedule"),
                                                 QStringLiteral("tomorrow"), QStringLiteral("x")};
        QTest::newRow("unknown account")
            << QStringList{QStringLiteral("--account"), QStringLiteral("@nobody@example.org"),
                           QStringLiteral("x")};
        QTest::newRow("option without value") << QStringList{QStringLiteral("--cw")};
        QTest::newRow("alt without media")
            << QStringList{QStringLiteral("--alt"), QStringLiteral("a dot"), QStringLiteral("x")};
        QTest::newRow("alt before its media") << QStringList{
            QStringLiteral("--alt"), QStringLiteral("a dot"), QStringLiteral("--media"),
            QStringLiteral("dot.png"), QStringLiteral("x")};
        QTest::newRow("reply to no link") << QStringList{
            QStringLiteral("--reply-to"), QStringLiteral("yesterday's post"), QStringLiteral("x")};
    }

    void badUsageExitsSixtyFour()
    {
        QFETCH(QStringList, arguments);
        const Run r = post(arguments);
        QCOMPARE(r.exitCode, 64);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(statusPosts(), 0);
    }

    void messagesAreInTheUsersLanguage()
    {
        // Qt's own words (the parser's) come from the system's Qt translations: proof that
        // the command installs its translators, Posthorn's among them, without a window.
        QProcess process;
        QProcessEnvironment env = commandEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(POSTHORN_APP_PATH),
            {QStringLiteral("post"), QStringLiteral("--frobnicate"), QStringLiteral("x")});
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 64);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Unbekannte Option")), qPrintable(err));
    }

    void textComesFromStandardInput()
    {
        const QString text = unique(QStringLiteral("Piped in, with ünïcode"));
        const Run r = post({QStringLiteral("-")}, text.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject status = m_sandbox.statuses().last().toObject();
        QVERIFY2(status.value(QLatin1String("content")).toString().contains(text),
                 qPrintable(status.value(QLatin1String("content")).toString()));
        // Sent as read, only without the line break that ends what `echo` writes.
        const QJsonObject body =
            QJsonDocument::fromJson(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST")
                                        .last()
                                        .value(QLatin1String("body"))
                                        .toString()
                                        .toUtf8())
                .object();
        QCOMPARE(body.value(QLatin1String("status")).toString(), text);
    }

    void postWorksWithoutAnyDisplay()
    {
        // commandEnvironment() has no DISPLAY nor WAYLAND_DISPLAY and asks for xcb:
        // any window-system code in the command would end it with an error.
        QVERIFY(!commandEnvironment().contains(QStringLiteral("DISPLAY")));
        QVERIFY(!commandEnvironment().contains(QStringLiteral("WAYLAND_DISPLAY")));
        const QString text = unique(QStringLiteral("Headless"));
        const Run r = post({text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("xcb")), qPrintable(r.err));
        QCOMPARE(statusesWithText(text), 1);
    }

    void droppedConnectionAfterTheStatusWasMadeGivesOneStatus()
    {
        failStatusPosts(QStringLiteral("drop_after"), 1);
        const QString text = unique(QStringLiteral("Dropped"));
        const Run r = post({text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(statusesWithText(text), 1);
        const QJsonObject status = m_sandbox.statuses().last().toObject();
        QCOMPARE(r.out.trimmed(), status.value(QLatin1String("url")).toString());
        QVERIFY(outboxFiles().isEmpty());
    }

    void delayIsWaitedOnlyWhenAsked()
    {
        {
            QSettings settings;
            settings.setValue(QStringLiteral("compose/undoSendSeconds"), 5);
        }
        // A script that does not ask sends at once, whatever the window's preference.
        QElapsedTimer clock;
        clock.start();
        const Run now = post({unique(QStringLiteral("At once"))});
        QVERIFY2(now.exitCode == 0, qPrintable(now.err));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));

        // --delay holds it in the outbox for the chosen 5 s first.
        clock.restart();
        const QString text = unique(QStringLiteral("After the delay"));
        const Run held = post({QStringLiteral("--delay"), text});
        {
            QSettings settings;
            settings.remove(QStringLiteral("compose/undoSendSeconds"));
        }
        QVERIFY2(held.exitCode == 0, qPrintable(held.err));
        QVERIFY2(clock.elapsed() >= 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(statusesWithText(text), 1);
    }

    void commandWhileTheWindowRunsIsPostedByTheWindow()
    {
        QVERIFY(startWindow());
        QTRY_COMPARE_WITH_TIMEOUT(outboxWriter(), m_window->processId(), 10000);
        const QString text = unique(QStringLiteral("Through the window"));
        const Run r = post({text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(statusesWithText(text), 1);
        const QJsonObject status = m_sandbox.statuses().last().toObject();
        QCOMPARE(r.out.trimmed(), status.value(QLatin1String("url")).toString());
        // The window stayed the one writer all along.
        QCOMPARE(outboxWriter(), m_window->processId());

        // A post the window cannot send yet: the command leaves, and the window (the
        // only process left) sends it once the server is back.
        failStatusPosts(QStringLiteral("status"), 3);
        const QString later = unique(QStringLiteral("Window sends it later"));
        const Run waiting = post({later});
        QCOMPARE(waiting.exitCode, 3);
        QTRY_COMPARE_WITH_TIMEOUT(statusesWithText(later), 1, 60000);
        QCOMPARE(outboxWriter(), m_window->processId());
    }

    void mediaHandedToTheRunningWindowIsUploadedByIt()
    {
        QVERIFY(startWindow());
        QTRY_COMPARE_WITH_TIMEOUT(outboxWriter(), m_window->processId(), 10000);
        const QString text = unique(QStringLiteral("Picture through the window"));
        const Run r = post({QStringLiteral("--media"), writePicture(), QStringLiteral("--alt"),
                            QStringLiteral("A dot for the window"), text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(statusesWithText(text), 1);
        const QJsonArray media = m_sandbox.statuses()
                                     .last()
                                     .toObject()
                                     .value(QLatin1String("media_attachments"))
                                     .toArray();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().toObject().value(QLatin1String("description")).toString(),
                 QStringLiteral("A dot for the window"));
        QCOMPARE(outboxWriter(), m_window->processId());
    }

    void commandKilledHalfWayIsFinishedByTheNextStart()
    {
        // The server takes its time to answer: the command is killed while it waits.
        m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("delay")},
                            {QStringLiteral("delayMs"), 20000},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/statuses")}});
        const QString text = unique(QStringLiteral("Killed half-way"));
        QProcess command;
        startCommand(command, {text});
        command.closeWriteChannel();
        QTRY_COMPARE_WITH_TIMEOUT(statusPosts(), 1, 20000);
        ::kill(pid_t(command.processId()), SIGKILL);
        QVERIFY(command.waitForFinished(5000));
        QCOMPARE(outboxFiles().size(), 1);

        QVERIFY(startWindow());
        QTRY_COMPARE_WITH_TIMEOUT(statusesWithText(text), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(outboxFiles().isEmpty(), 10000);
        // The delayed request made its status too; the window found it rather than
        // posting again. Fixed wait: checks that no second status comes.
        QTest::qWait(3000);
        QCOMPARE(statusesWithText(text), 1);
    }

    void mediaWithAltPublishesThePictureWithItsDescription()
    {
        const QString text = unique(QStringLiteral("With a picture"));
        const Run r = post({QStringLiteral("--media"), writePicture(), QStringLiteral("--alt"),
                            QStringLiteral("A red dot on white"), text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(statusesWithText(text), 1);
        const QJsonArray media = m_sandbox.statuses()
                                     .last()
                                     .toObject()
                                     .value(QLatin1String("media_attachments"))
                                     .toArray();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().toObject().value(QLatin1String("description")).toString(),
                 QStringLiteral("A red dot on white"));
        QCOMPARE(mediaPosts(), 1);
        // The copy kept for the outbox has served.
        QVERIFY(QDir(draftMediaDir()).entryList(QDir::Files).isEmpty());
    }

    void mediaKeptForTheOutboxSurvivesTheScriptDeletingIt()
    {
        // The server is down for uploads: the post waits in the outbox, and the script
        // deletes its file at once.
        m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), 503},
                            {QStringLiteral("count"), 100},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v2/media")}});
        const QString file = writePicture(QStringLiteral("temporary.png"));
        const QString text = unique(QStringLiteral("Picture sent later"));
        const Run waiting = post({QStringLiteral("--media"), file, QStringLiteral("--alt"),
                                  QStringLiteral("A dot"), text});
        QCOMPARE(waiting.exitCode, 3);
        QVERIFY(QFile::remove(file));
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"), {});
        // The next command sends the waiting post first, with its picture.
        const Run next = post({unique(QStringLiteral("After it"))});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QCOMPARE(statusesWithText(text), 1);
        const QJsonArray statuses = m_sandbox.statuses();
        for (const QJsonValue &status : statuses) {
            if (status.toObject().value(QLatin1String("content")).toString().contains(text))
                QCOMPARE(
                    status.toObject().value(QLatin1String("media_attachments")).toArray().size(),
                    1);
        }
    }

    void unfitFileExitsTwoWithoutARequest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("said");
        QTest::newRow("wrong type")
            << QStringLiteral("notes.png") << QByteArray("just some words, not a picture\n")
            << QStringLiteral("not supported");
        // The server takes pictures up to 40 bytes (set below); this one has 68.
        QTest::newRow("too large")
            << QStringLiteral("big.png")
            << QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR"
                                      "42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
            << QStringLiteral("accepts up to");
    }

    void unfitFileExitsTwoWithoutARequest()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, said);
        m_sandbox.control("POST", QStringLiteral("/_sandbox/instance"),
                          {{QStringLiteral("configuration"),
                            QJsonObject{{QStringLiteral("media_attachments"),
                                         QJsonObject{{QStringLiteral("image_size_limit"), 40}}}}}});
        const Run r =
            post({QStringLiteral("--media"), writeFile(name, bytes), QStringLiteral("--alt"),
                  QStringLiteral("described"), QStringLiteral("text")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(said), qPrintable(r.err));
        QVERIFY2(r.err.contains(name), qPrintable(r.err));
        QCOMPARE(mediaPosts(), 0);
        QCOMPARE(statusPosts(), 0);
        QVERIFY(outboxFiles().isEmpty());
    }

    void mediaWithoutAltIsRefusedWhileDescriptionsAreRequired()
    {
        const QString picture = writePicture();
        const Run r = post({QStringLiteral("--media"), picture, QStringLiteral("undescribed")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--alt")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Preferences")), qPrintable(r.err));
        QCOMPARE(mediaPosts(), 0);
        QCOMPARE(statusPosts(), 0);

        // With the preference off, the same command posts.
        {
            QSettings settings;
            settings.setValue(QStringLiteral("media/requireDescriptions"), false);
        }
        const Run allowed =
            post({QStringLiteral("--media"), picture, unique(QStringLiteral("undescribed"))});
        {
            QSettings settings;
            settings.remove(QStringLiteral("media/requireDescriptions"));
        }
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
        QCOMPARE(mediaPosts(), 1);
    }

    void droppedUploadIsRetriedAndPostedOnce()
    {
        m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("drop")},
                            {QStringLiteral("count"), 1},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v2/media")}});
        const QString text = unique(QStringLiteral("Upload dropped once"));
        const Run r = post({QStringLiteral("--media"), writePicture(), QStringLiteral("--alt"),
                            QStringLiteral("A dot"), text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(mediaPosts(), 2);
        QCOMPARE(statusesWithText(text), 1);
        QCOMPARE(statusPosts(), 1);
        QCOMPARE(m_sandbox.statuses()
                     .last()
                     .toObject()
                     .value(QLatin1String("media_attachments"))
                     .toArray()
                     .size(),
                 1);
    }

    void replyToMakesAReplyWithTheMentions()
    {
        const QJsonObject original =
            postAs(QStringLiteral("alice"), QStringLiteral("Hello @demo and @bob@remote.example"),
                   QStringLiteral("public"));
        const QString text = unique(QStringLiteral("Thanks"));
        const Run r = post(
            {QStringLiteral("--reply-to"), original.value(QLatin1String("url")).toString(), text});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject reply = m_sandbox.statuses().last().toObject();
        QCOMPARE(reply.value(QLatin1String("in_reply_to_id")).toString(),
                 original.value(QLatin1String("id")).toString());
        // The author and who else the post mentions first, not the one replying.
        QCOMPARE(lastStatusBody().value(QLatin1String("status")).toString(),
                 QStringLiteral("@alice @bob@remote.example ") + text);
    }

    void replyToAPostOutOfSightExitsTwoAndPostsNothing_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::newRow("private post of someone not followed") << true;
        QTest::newRow("no such post") << false;
    }

    void replyToAPostOutOfSightExitsTwoAndPostsNothing()
    {
        QFETCH(bool, exists);
        const QString link =
            exists ? postAs(QStringLiteral("alex"), QStringLiteral("Only for my followers"),
                            QStringLiteral("private"))
                         .value(QLatin1String("url"))
                         .toString()
                   : m_sandbox.baseUrl().toString() + QStringLiteral("/@alice/99999999");
        QVERIFY(!link.isEmpty());
        const Run r = post({QStringLiteral("--reply-to"), link, QStringLiteral("Hi")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was posted")), qPrintable(r.err));
        QCOMPARE(statusPosts(), 0);
        QVERIFY(outboxFiles().isEmpty());
    }

    void accountsListsHandlesWithTheCurrentMarked()
    {
        QProcess process;
        process.setProcessEnvironment(commandEnvironment());
        process.start(QStringLiteral(POSTHORN_APP_PATH), {QStringLiteral("accounts")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines, (QStringList{QStringLiteral("* @demo@127.0.0.1"),
                                     QStringLiteral("  @ghost@127.0.0.1")}));
    }

    // The installed completion, loaded by Debian's bash-completion as it would be, with
    // the built posthorn first on PATH: options, visibilities and this profile's accounts.
    void completionOffersOptionsAndAccountNames_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("offered");
        QTest::newRow("accounts") << QStringLiteral("posthorn post --account ")
                                  << QStringList{QStringLiteral("@demo@127.0.0.1"),
                                                 QStringLiteral("@ghost@127.0.0.1")};
        QTest::newRow("account prefix") << QStringLiteral("posthorn post --account @g")
                                        << QStringList{QStringLiteral("@ghost@127.0.0.1")};
        QTest::newRow("option") << QStringLiteral("posthorn post --vis")
                                << QStringList{QStringLiteral("--visibility")};
        QTest::newRow("visibility")
            << QStringLiteral("posthorn post --visibility p")
            << QStringList{QStringLiteral("private"), QStringLiteral("public")};
        QTest::newRow("media file")
            << QStringLiteral("posthorn post --media " POSTHORN_SOURCE_DIR
                              "/installer/debian/posthorn.bash-c")
            << QStringList{QStringLiteral(POSTHORN_SOURCE_DIR
                                          "/installer/debian/posthorn.bash-completion")};
        QTest::newRow("command") << QStringLiteral("posthorn acc")
                                 << QStringList{QStringLiteral("accounts")};
    }

    void completionOffersOptionsAndAccountNames()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, offered);
        const QString script =
            QStringLiteral("source /usr/share/bash-completion/bash_completion || exit 90\n"
                           "source \"$1\" || exit 91\n"
                           "COMP_LINE=\"$2\"; COMP_POINT=${#COMP_LINE}\n"
                           "read -ra COMP_WORDS <<<\"$2\"\n"
                           "[[ $2 == *' ' ]] && COMP_WORDS+=('')\n"
                           "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                           "_posthorn\n"
                           "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
        QProcess bash;
        QProcessEnvironment env = commandEnvironment();
        env.insert(QStringLiteral("PATH"),
                   QFileInfo(QStringLiteral(POSTHORN_APP_PATH)).absolutePath() + QLatin1Char(':') +
                       env.value(QStringLiteral("PATH")));
        bash.setProcessEnvironment(env);
        bash.start(
            QStringLiteral("bash"),
            {QStringLiteral("-c"), script, QStringLiteral("bash"),
             QStringLiteral(POSTHORN_SOURCE_DIR "/installer/debian/posthorn.bash-completion"),
             line});
        QVERIFY(bash.waitForFinished(20000));
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
        QStringList got = QString::fromUtf8(bash.readAllStandardOutput())
                              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        got.sort();
        QCOMPARE(got, offered);
    }
};

QTEST_GUILESS_MAIN(TestPostCommand)
#include "tst_postcommand.moc"
