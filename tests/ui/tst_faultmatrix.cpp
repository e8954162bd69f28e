// Every way of posting (plain, media, poll, thread, scheduled) against every way the
// server can fail it (a dropped connection after the post was made, no answer within
// the timeout, 500/502/503, 429, an answer that is not JSON or is cut off, a redirect to
// another site). Each case is typed into the real main window and sent over HTTP to the
// sandbox with the token from the session's keychain. For each it checks what the user
// and the server would notice: a clear message naming the problem, the post kept on
// disk until the server has it, no status made twice, and no request (so no
// Authorization header) sent to the other site.
#include "api/apiclient.h"
#include "appcontext.h"
#include "mainwindow.h"
#include "namedchild.h"
#include "outbox/outbox.h"
#include "sandboxprocess.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"
#include "signedinaccount.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>

using namespace std::chrono_literals;

namespace {

// What the user has to do after the fault.
enum class Outcome {
    Retried, // nothing: Posthorn says it will try again, and does
    // As Retried, or Qt sends the request again itself before Posthorn hears of the
    // fault: it does so, once, when a kept-alive connection closes before any answer.
    Resent,
    // Nothing: the answer was unusable, so the post may be out; Posthorn says so, looks
    // on the profile and either finds it or sends it again under the same key.
    Settled,
    Held, // check and press "Send now": the post may be out, so Posthorn asks
};

const QString statusesPath = QStringLiteral("/api/v1/statuses");

// Short enough to keep 45 cases quick, long enough for the user (and QTRY) to see
// the waiting message between attempts.
constexpr auto transferTimeout = 800ms;
constexpr auto retryDelay = 700ms;

} // namespace

Q_DECLARE_METATYPE(Outcome)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_files;
    QString m_picture;

    static QString outboxFolder()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/outbox");
    }

    // Whether every text is in the outbox's files: the post survives a crash now.
    static bool outboxOnDiskHas(const QStringList &texts)
    {
        QByteArray all;
        QDirIterator files(outboxFolder(), {QStringLiteral("*.json")}, QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return std::all_of(texts.cbegin(), texts.cend(),
                           [&](const QString &text) { return all.contains(text.toUtf8()); });
    }

    // Statuses (or scheduled statuses) the server holds, oldest first.
    QJsonArray created(bool scheduled)
    {
        return scheduled ? m_sandbox.scheduledStatuses() : m_sandbox.statuses();
    }

    static QString contentOf(const QJsonObject &status, bool scheduled)
    {
        return scheduled ? status.value(QLatin1String("params"))
                               .toObject()
                               .value(QLatin1String("text"))
                               .toString()
                         : status.value(QLatin1String("content")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        QVERIFY(m_sandbox.elsewhereUrl().isValid());
        m_picture = m_files.filePath(QStringLiteral("harbour.png"));
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(0x2e, 0x6f, 0x95));
        QVERIFY(image.save(m_picture));
    }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void postSurvivesFault_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<Outcome>("outcome");
        // Words the user reads in the composer's message.
        QTest::addColumn<QString>("shown");

        struct Fault
        {
            const char *name;
            QJsonObject fault;
            Outcome outcome;
            QString shown;
        };
        const auto kind = [](const char *name, QJsonObject more = {}) {
            more.insert(QStringLiteral("kind"), QString::fromLatin1(name));
            return more;
        };
        const QList<Fault> faults{
            {"drop after create", kind("drop_after"), Outcome::Resent,
             QStringLiteral("connection closed")},
            {"delay past timeout",
             kind("delay", {{QStringLiteral("delayMs"), int(transferTimeout.count()) + 1200}}),
             Outcome::Retried, QStringLiteral("did not answer in time")},
            // The server's own words when it sends some (Mastodon's JSON error)…
            {"500", kind("status", {{QStringLiteral("status"), 500}}), Outcome::Retried,
             QStringLiteral("something went wrong")},
            // … Posthorn's when it does not (nginx's HTML page).
            {"502", kind("status", {{QStringLiteral("status"), 502}}), Outcome::Retried,
             QStringLiteral("HTTP 502")},
            {"503", kind("status", {{QStringLiteral("status"), 503}}), Outcome::Retried,
             QStringLiteral("temporary server failure")},
            {"429", kind("rate_limit", {{QStringLiteral("resetInSeconds"), 1}}), Outcome::Retried,
             QStringLiteral("Too many requests")},
            // The sandbox answers garbage before making the status: not found, resent.
            {"malformed JSON", kind("malformed"), Outcome::Settled,
             QStringLiteral("could not be read")},
            // It makes the status and cuts the answer: found on the profile.
            {"truncated body", kind("truncate"), Outcome::Settled,
             QStringLiteral("could not be read")},
            {"redirect to another origin", kind("redirect"), Outcome::Held,
             QStringLiteral("another site")},
        };
        const QStringList paths{QStringLiteral("plain"), QStringLiteral("media"),
                                QStringLiteral("poll"), QStringLiteral("thread"),
                                QStringLiteral("scheduled")};
        for (const QString &path : paths) {
            for (const Fault &fault : faults) {
                QTest::addRow("%s, %s", qPrintable(path), fault.name)
                    << path << fault.fault << fault.outcome << fault.shown;
            }
        }
    }

    void postSurvivesFault()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, fault);
        QFETCH(Outcome, outcome);
        QFETCH(QString, shown);
        const bool thread = path == QLatin1String("thread");
        const bool scheduled = path == QLatin1String("scheduled");

        AppContext context;
        AccountRecord account;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox, &account));
        AccountSession *session = context.sessions()->session(account.key());
        QVERIFY(session && session->client());
        context.outbox()->setRetryDelay(retryDelay);
        MainWindow window(&context);
        window.resize(980, 760);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Typed as a user would, one text per part, unique to this case.
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1Char(','), QLatin1Char(' '))
                                .simplified();
        const QStringList typed{QStringLiteral("Fault matrix %1").arg(tag),
                                QStringLiteral("Second part of %1").arg(tag)};
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, typed.at(0));
        const QString description = QStringLiteral("Blue water under a clear sky");
        if (path == QLatin1String("media")) {
            auto *mime = new QMimeData;
            mime->setUrls({QUrl::fromLocalFile(m_picture)});
            QGuiApplication::clipboard()->setMimeData(mime);
            text->setFocus();
            QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
            QTRY_VERIFY_WITH_TIMEOUT(namedChild<QPushButton>(&window, "postButton")->isEnabled(),
                                     10000);
            QTest::keyClicks(namedChild<QPlainTextEdit>(&window, "mediaDescription"), description);
        } else if (path == QLatin1String("poll")) {
            QTest::mouseClick(namedChild<QPushButton>(&window, "pollToggle"), Qt::LeftButton);
            QTest::keyClicks(namedChild<QLineEdit>(&window, "pollChoice1"), QStringLiteral("Tea"));
            QTest::keyClicks(namedChild<QLineEdit>(&window, "pollChoice2"),
                             QStringLiteral("Coffee"));
        } else if (thread) {
            QTest::mouseClick(namedChild<QPushButton>(&window, "addPartButton"), Qt::LeftButton);
            QTest::keyClicks(namedChild<QPlainTextEdit>(&window, "composerText2"), typed.at(1));
        } else if (scheduled) {
            QTest::mouseClick(namedChild<QCheckBox>(&window, "scheduleEnabled"), Qt::LeftButton);
            namedChild<QDateTimeEdit>(&window, "scheduleDateTime")
                ->setDateTime(QDateTime::currentDateTime().addSecs(2 * 3600));
        }
        const QStringList parts = thread ? typed : typed.mid(0, 1);
        auto *post = namedChild<QPushButton>(&window, "postButton");
        QVERIFY(post->isEnabled());

        // The fault meets the request that makes the post; in a thread, the second
        // one, so the first is already out when it strikes.
        fault.insert(QStringLiteral("method"), QStringLiteral("POST"));
        fault.insert(QStringLiteral("path"), statusesPath);
        fault.insert(QStringLiteral("skip"), thread ? 1 : 0);
        m_sandbox.addFault(fault);
        session->client()->setTransferTimeout(transferTimeout);

        auto *status = namedChild<QLabel>(&window, "composerStatus");
        auto *problem = namedChild<QLabel>(&window, "composerProblem");
        auto *outboxView = namedChild<QWidget>(&window, "outboxView");
        // What the composer said at each turn of the post, read right after the
        // composer's own handler (connected earlier, so called first) updated it.
        QStringList waiting;
        bool keptOnDisk = true;
        connect(context.outbox(), &Outbox::entryChanged, &window, [&] {
            if (!status->text().contains(QLatin1String("Not posted yet")) &&
                !status->text().contains(QLatin1String("Not confirmed yet")))
                return;
            waiting.append(status->text());
            keptOnDisk = keptOnDisk && outboxOnDiskHas(parts);
        });

        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

        if (outcome != Outcome::Held) {
            const QString done =
                scheduled ? QStringLiteral("Scheduled for") : QStringLiteral("Posted.");
            QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(done), qPrintable(status->text()),
                                      15000);
            // While it waited: the reason, that Posthorn tries again, and the post on
            // disk. When Qt resent it, the user never saw the drop; the one
            // Idempotency-Key still makes it one status (checked below).
            if (outcome == Outcome::Retried || outcome == Outcome::Settled)
                QVERIFY2(!waiting.isEmpty(), "no waiting message was shown");
            for (const QString &said : std::as_const(waiting))
                QVERIFY2(said.contains(shown), qPrintable(said));
            QVERIFY(keptOnDisk);
            QVERIFY(!problem->isVisible());
            QVERIFY(!outboxView->isVisible());
        } else {
            // Posthorn cannot tell whether the post is out: it says so and keeps it.
            QTRY_VERIFY2_WITH_TIMEOUT(problem->isVisible() && problem->text().contains(shown),
                                      qPrintable(problem->text()), 15000);
            QVERIFY(status->text().contains(QLatin1String("waits in the outbox")));
            QVERIFY(outboxView->isVisible());
            auto *list = namedChild<QListWidget>(&window, "outboxList");
            QCOMPARE(list->count(), 1);
            QVERIFY2(list->item(0)->text().contains(typed.at(0)) &&
                         list->item(0)->text().contains(shown),
                     qPrintable(list->item(0)->text()));
            QVERIFY(outboxOnDiskHas(parts));
            // The composer is free for the next post meanwhile.
            QVERIFY(text->toPlainText().isEmpty());
            QVERIFY(!text->isReadOnly());
            // The user checks their profile, then sends it again.
            QTest::mouseClick(namedChild<QPushButton>(&window, "outboxRetry"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!outboxView->isVisible(), 15000);
            // The composer no longer says the post waits.
            QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
            QVERIFY2(!status->text().contains(QLatin1String("outbox")), qPrintable(status->text()));
            const QString message = window.statusBar()->currentMessage();
            QVERIFY2(message.contains(scheduled ? QLatin1String("Scheduled from the outbox")
                                                : QLatin1String("Posted from the outbox")) &&
                         message.contains(typed.at(0)),
                     qPrintable(message));
        }
        QVERIFY(!outboxOnDiskHas({typed.at(0)}));

        // Exactly what was typed reached the server, once. Fixed wait: a little beyond
        // the answer, for a late duplicate.
        QTest::qWait(300);
        const QJsonArray made = created(scheduled);
        QCOMPARE(made.size(), parts.size());
        if (scheduled)
            QCOMPARE(m_sandbox.statuses().size(), 0);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QJsonObject one = made.at(i).toObject();
            QVERIFY2(contentOf(one, scheduled).contains(parts.at(i)),
                     qPrintable(contentOf(one, scheduled)));
        }
        if (thread) {
            QCOMPARE(made.at(1).toObject().value(QLatin1String("in_reply_to_id")).toString(),
                     made.at(0).toObject().value(QLatin1String("id")).toString());
        }
        if (path == QLatin1String("media")) {
            const QJsonArray media =
                made.at(0).toObject().value(QLatin1String("media_attachments")).toArray();
            QCOMPARE(media.size(), 1);
            QCOMPARE(media.at(0).toObject().value(QLatin1String("description")).toString(),
                     description);
        }
        if (path == QLatin1String("poll")) {
            const QJsonArray options = made.at(0)
                                           .toObject()
                                           .value(QLatin1String("poll"))
                                           .toObject()
                                           .value(QLatin1String("options"))
                                           .toArray();
            QCOMPARE(options.size(), 2);
        }

        // Every attempt at one part carried that part's one Idempotency-Key, and
        // nothing at all reached the other site.
        QSet<QString> keys;
        int attempts = 0;
        bool faultMet = false;
        bool profileRead = false;
        const QJsonArray requests = m_sandbox.requests();
        const QString elsewhere = m_sandbox.elsewhereUrl().toString();
        for (const QJsonValue &value : requests) {
            const QJsonObject request = value.toObject();
            const QJsonObject headers = request.value(QLatin1String("headers")).toObject();
            QVERIFY2(request.value(QLatin1String("origin")).toString() != elsewhere,
                     qPrintable(QStringLiteral("%1 %2 reached the other site%3")
                                    .arg(request.value(QLatin1String("method")).toString(),
                                         request.value(QLatin1String("path")).toString(),
                                         headers.contains(QLatin1String("authorization"))
                                             ? QStringLiteral(", with Authorization")
                                             : QString())));
            const QString path = request.value(QLatin1String("path")).toString();
            faultMet = faultMet || request.contains(QLatin1String("fault"));
            profileRead = profileRead || (path.startsWith(QLatin1String("/api/v1/accounts/")) &&
                                          path.endsWith(QLatin1String("/statuses")));
            if (request.value(QLatin1String("method")).toString() == QLatin1String("POST") &&
                path == statusesPath) {
                ++attempts;
                keys.insert(headers.value(QLatin1String("idempotency-key")).toString());
            }
        }
        QVERIFY2(faultMet, "the fault never met a request");
        // A cut-off answer is settled by looking, not by sending again.
        if (outcome == Outcome::Settled)
            QVERIFY2(profileRead, "the profile was not read");
        else
            QVERIFY2(attempts > parts.size(), "the post was not sent again");
        QCOMPARE(keys.size(), parts.size());
        QVERIFY(!keys.contains(QString()));
    }
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
