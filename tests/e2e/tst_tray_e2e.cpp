// The tray, the quick-post window and the one-instance rule as a user meets them: the
// real posthorn executable, started again and again as a launcher or a browser would,
// typed into with synthetic keys, posting to the sandbox with the token in the
// session's keychain. One part runs on a second X display that has no tray at all.
// Under tests/wayland-session.sh (sway, which has no tray without its bar) the parts that
// need a tray check what Posthorn does without one, the part without a tray runs on the
// session's own display, and one more checks that a second posthorn passes its
// xdg-activation token on to the first.
#include "appcontext.h"
#include "launch/singleinstance.h"
#include "sandboxprocess.h"
#include "signedinaccount.h"
#include "waylandactivation.h"
#include "xdotool.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Xdotool;

class TestTrayEndToEnd : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QList<QProcess *> m_apps;
    // The display without a tray, and what runs on it.
    QProcess m_bareDisplay;
    QProcess m_bareWindowManager;
    QString m_bareDisplayName;

    QProcessEnvironment environment(const QString &profile, const QString &display = {},
                                    const QString &activationToken = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // As a launcher gives it, on Wayland, to the program it starts.
        env.remove(QStringLiteral("XDG_ACTIVATION_TOKEN"));
        if (!activationToken.isEmpty())
            env.insert(QStringLiteral("XDG_ACTIVATION_TOKEN"), activationToken);
        for (const char *dir : {"config", "data", "cache"})
            env.insert(QStringLiteral("XDG_%1_HOME").arg(QString::fromLatin1(dir).toUpper()),
                       QDir(profile).filePath(QString::fromLatin1(dir)));
        if (!display.isEmpty()) {
            env.insert(QStringLiteral("DISPLAY"), display);
            env.remove(QStringLiteral("XAUTHORITY"));
        }
        return env;
    }

    QProcess *launch(const QStringList &args, const QString &profile, const QString &display = {},
                     const QString &activationToken = {})
    {
        auto *app = new QProcess(this);
        app->setProcessEnvironment(environment(profile, display, activationToken));
        app->setProcessChannelMode(QProcess::ForwardedChannels);
        app->start(QStringLiteral(POSTHORN_APP_PATH), args);
        m_apps.append(app);
        return app;
    }

    // Starts a second posthorn with `args`; it must hand them over and exit at once.
    void handOver(const QStringList &args, const QString &profile, const QString &display = {},
                  const QString &activationToken = {})
    {
        QElapsedTimer timer;
        timer.start();
        QProcess *second = launch(args, profile, display, activationToken);
        QVERIFY(second->waitForFinished(5000));
        const qint64 elapsed = timer.elapsed();
        qInfo("second posthorn %s exited after %lld ms", qPrintable(args.join(QLatin1Char(' '))),
              elapsed);
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    }

    // How many statuses the server holds with exactly this text.
    int postedCount(const QString &text)
    {
        int count = 0;
        const QJsonArray statuses = m_sandbox.statuses();
        for (const QJsonValue &status : statuses)
            count += status[QStringLiteral("text")].toString() == text ? 1 : 0;
        return count;
    }

    bool posted(const QString &text) { return postedCount(text) > 0; }

    // Types `text` into the visible quick-post window and posts it with Ctrl+Return.
    void postFromQuickPost(const QString &text, const QString &display = {})
    {
        QString quick;
        QTRY_VERIFY_WITH_TIMEOUT(!(quick = window(quickPostTitle, display)).isEmpty(), 10000);
        if (!text.isEmpty())
            type(quick, text, display);
        keys(quick, QStringLiteral("ctrl+Return"), display);
    }

    const QString mainTitle = QStringLiteral("^Posthorn$");
    const QString quickPostTitle = QStringLiteral("^Quick post");

    QString profile(const QString &name) const { return m_home.filePath(name); }

    // tests/headless-session.sh runs a tray; tests/wayland-session.sh has none.
    static bool sessionHasTray() { return !onWayland(); }

    // For failure messages: how the display without a tray is doing.
    QString displayState()
    {
        return onWayland() ? QStringLiteral("the Wayland session's own display")
                           : bareDisplayState();
    }

    // A profile as setup leaves it: the account listed in its settings, the token in the
    // session's keychain (which every profile of this user shares).
    bool seedProfile(const QString &name)
    {
        const QProcessEnvironment env = environment(profile(name));
        qputenv("XDG_CONFIG_HOME", env.value(QStringLiteral("XDG_CONFIG_HOME")).toUtf8());
        qputenv("XDG_DATA_HOME", env.value(QStringLiteral("XDG_DATA_HOME")).toUtf8());
        qputenv("XDG_CACHE_HOME", env.value(QStringLiteral("XDG_CACHE_HOME")).toUtf8());
        AppContext context;
        return SignedInAccount::add(context, m_sandbox);
    }

    // Whether each window named Posthorn on `display` is mapped: an unmapped one was never
    // shown, an unviewable one waits for the window manager.
    QString mapStates(const QString &display)
    {
        QString states;
        const QStringList ids =
            run(QStringLiteral("xdotool"),
                {QStringLiteral("search"), QStringLiteral("--name"), mainTitle}, display)
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            states +=
                QStringLiteral("\nwindow %1: %2")
                    .arg(id, run(QStringLiteral("xwininfo"), {QStringLiteral("-id"), id}, display)
                                 .section(QLatin1String("Map State:"), 1)
                                 .section(QLatin1Char('\n'), 0, 0)
                                 .trimmed());
        }
        return states;
    }

    // Whether the bare display's X server and window manager still run, how they ended
    // if not, and what they said: for failure messages.
    QString bareDisplayState()
    {
        const auto describe = [](QProcess &process, const QString &name) {
            // A running process that does nothing: is it asleep, stopped, and on what?
            const auto proc = [&process](const char *file) {
                QFile f(QStringLiteral("/proc/%1/%2")
                            .arg(process.processId())
                            .arg(QLatin1String(file)));
                return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed()
                                                   : QString();
            };
            QString state = process.state() == QProcess::Running
                                ? QStringLiteral("%1 running (%2, waiting in %3)")
                                      .arg(name,
                                           proc("status")
                                               .section(QLatin1String("State:"), 1)
                                               .section(QLatin1Char('\n'), 0, 0)
                                               .trimmed(),
                                           proc("wchan"))
                                : QStringLiteral("%1 gone (%2, exit code %3)")
                                      .arg(name, process.exitStatus() == QProcess::CrashExit
                                                     ? QStringLiteral("crashed")
                                                     : QStringLiteral("exited"))
                                      .arg(process.exitCode());
            // Kept on the process: a failure message built while a check still passes
            // reads the output too, and what was said must still be there later.
            QByteArray said = process.property("said").toByteArray();
            said.append(process.readAll());
            said = said.right(2000);
            process.setProperty("said", said);
            if (!said.isEmpty())
                state += QStringLiteral(", said: ") + QString::fromLocal8Bit(said);
            return state;
        };
        return describe(m_bareDisplay, QStringLiteral("Xvfb ") + m_bareDisplayName) +
               QStringLiteral("; ") + describe(m_bareWindowManager, QStringLiteral("openbox"));
    }

    bool startBareDisplay()
    {
        // A display number nobody uses: no lock file and no socket left from before.
        int number = 300 + int(QCoreApplication::applicationPid() % 200);
        while (QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(number)) ||
               QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)))
            ++number;
        m_bareDisplayName = QStringLiteral(":%1").arg(number);
        // Without -noreset the server starts afresh whenever its last client leaves, as
        // each xprop below does before openbox is connected, and a reset closes the
        // connections it has just accepted: openbox then ended at once, without a word.
        m_bareDisplay.setProcessChannelMode(QProcess::MergedChannels);
        m_bareDisplay.start(QStringLiteral("Xvfb"),
                            {m_bareDisplayName, QStringLiteral("-screen"), QStringLiteral("0"),
                             QStringLiteral("1024x768x24"), QStringLiteral("-nolisten"),
                             QStringLiteral("tcp"), QStringLiteral("-noreset")});
        if (!QTest::qWaitFor(
                [&] { return QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)); },
                10000))
            return false;
        qInfo("a display without a tray: %s", qPrintable(m_bareDisplayName));
        // A window manager, so windows get focus as on a desktop; but no tray.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_bareDisplayName);
        env.remove(QStringLiteral("XAUTHORITY"));
        m_bareWindowManager.setProcessEnvironment(env);
        m_bareWindowManager.setProcessChannelMode(QProcess::MergedChannels);
        m_bareWindowManager.start(QStringLiteral("openbox"), {});
        // Said at once, in the order of events: it has been seen to end half-way through.
        connect(&m_bareWindowManager, &QProcess::finished, this, [this] {
            qWarning("openbox on the display without a tray ended: %s",
                     qPrintable(bareDisplayState()));
        });
        if (!QTest::qWaitFor(
                [this] {
                    return run(QStringLiteral("xprop"),
                               {QStringLiteral("-root"),
                                QStringLiteral("_NET_SUPPORTING_WM_CHECK")},
                               m_bareDisplayName)
                        .contains(QLatin1String("window"));
                },
                10000))
            return false;
        // openbox names itself the window manager before its start-up is over, and a
        // window mapped in that moment was seen to stay unmapped for good (Posthorn's,
        // in about one full run in three, openbox idle). Only once openbox has framed
        // and shown a window of its own does Posthorn start.
        // A probe mapped too early may be lost the same way: another one goes up then.
        for (int attempt = 0; attempt < 5; ++attempt) {
            QProcess probe;
            probe.setProcessEnvironment(env);
            probe.start(QStringLiteral("xmessage"),
                        {QStringLiteral("-title"), QStringLiteral("window manager probe"),
                         QStringLiteral("probe")});
            const bool managed = QTest::qWaitFor(
                [this] {
                    return !window(QStringLiteral("^window manager probe$"), m_bareDisplayName)
                                .isEmpty();
                },
                3000);
            probe.kill();
            probe.waitForFinished(5000);
            if (managed)
                return true;
            qInfo("openbox did not show probe window %d; another goes up", attempt + 1);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        // The headless session runs trayer, and starts it again when it exits (it has
        // been seen to, after other tests killed Posthorns whose icons it held).
        if (sessionHasTray()) {
            QTRY_VERIFY2_WITH_TIMEOUT(run(QStringLiteral("xwininfo"),
                                          {QStringLiteral("-root"), QStringLiteral("-children")})
                                          .contains(QLatin1String("\"trayer\"")),
                                      "the headless session runs trayer", 20000);
        }
        QCoreApplication::setOrganizationName(QStringLiteral("Posthorn"));
        QCoreApplication::setApplicationName(QStringLiteral("posthorn"));
        QVERIFY(m_home.isValid());
        // Under tests/headless-session.sh the home stays until the session ends, for
        // tests/secrets/scan.sh to look through it for secrets that got out.
        m_home.setAutoRemove(!qEnvironmentVariableIsSet("POSTHORN_KEEP_TEST_HOMES"));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        QVERIFY(seedProfile(QStringLiteral("tray")));
        // QSettings keeps the folder it first wrote to for the life of this process, so
        // the second profile is a copy of the first (the keychain entry serves both).
        const QString conf = QStringLiteral("/config/Posthorn/posthorn.conf");
        QVERIFY(QDir().mkpath(QFileInfo(profile(QStringLiteral("notray")) + conf).path()));
        QVERIFY(QFile::copy(profile(QStringLiteral("tray")) + conf,
                            profile(QStringLiteral("notray")) + conf));
        QVERIFY(QDir().mkpath(QFileInfo(profile(QStringLiteral("other")) + conf).path()));
        QVERIFY(QFile::copy(profile(QStringLiteral("tray")) + conf,
                            profile(QStringLiteral("other")) + conf));
    }

    void cleanupTestCase()
    {
        for (QProcess *app : std::as_const(m_apps)) {
            if (app->state() != QProcess::NotRunning) {
                app->terminate();
                if (!app->waitForFinished(5000))
                    app->kill();
            }
        }
        for (QProcess *server : {&m_bareWindowManager, &m_bareDisplay}) {
            if (server->state() != QProcess::NotRunning) {
                server->terminate();
                server->waitForFinished(5000);
            }
        }
    }

    void secondStartOpensQuickPostInTheFirst()
    {
        QProcess *first = launch({}, profile(QStringLiteral("tray")));
        QTRY_VERIFY_WITH_TIMEOUT(!window(mainTitle).isEmpty(), 20000);
        QVERIFY(window(quickPostTitle).isEmpty());

        handOver({QStringLiteral("--quick-post")}, profile(QStringLiteral("tray")));
        QTRY_VERIFY_WITH_TIMEOUT(!window(quickPostTitle).isEmpty(), 5000);
        QCOMPARE(first->state(), QProcess::Running);
        // It has the keyboard without a click: the user can type at once.
        QTRY_VERIFY_WITH_TIMEOUT(focusedWindowName().startsWith(QLatin1String("Quick post")), 5000);
        screenshot(QStringLiteral("root"), QStringLiteral("quick-post"));

        // Escape hides it and the text stays for next time.
        const QString text =
            QStringLiteral("Quick from the tray %1").arg(QDateTime::currentMSecsSinceEpoch());
        type(window(quickPostTitle), text);
        keys(window(quickPostTitle), QStringLiteral("Escape"));
        QTRY_VERIFY_WITH_TIMEOUT(window(quickPostTitle).isEmpty(), 5000);
        handOver({QStringLiteral("--quick-post")}, profile(QStringLiteral("tray")));
        postFromQuickPost(QString());
        QTRY_VERIFY_WITH_TIMEOUT(posted(text), 10000);
        if (sessionHasTray()) {
            // With a tray the window goes once the server has the post.
            QTRY_VERIFY_WITH_TIMEOUT(window(quickPostTitle).isEmpty(), 10000);
        } else {
            // Without one nothing else would say the post went out: the window stays.
            // A fixed wait, as nothing may happen: the window must not go.
            QTest::qWait(1500);
            QVERIFY(!window(quickPostTitle).isEmpty());
            keys(window(quickPostTitle), QStringLiteral("Escape"));
            QTRY_VERIFY_WITH_TIMEOUT(window(quickPostTitle).isEmpty(), 5000);
            QCOMPARE(first->state(), QProcess::Running);
            QVERIFY(!window(mainTitle).isEmpty());
        }
        QCOMPARE(postedCount(text), 1);
    }

    void shareOptionAndLinkFillTheQuickPost()
    {
        const QString shared =
            QStringLiteral("Shared with --share %1").arg(QDateTime::currentMSecsSinceEpoch());
        handOver({QStringLiteral("--share"), shared}, profile(QStringLiteral("tray")));
        postFromQuickPost(QString());
        QTRY_VERIFY_WITH_TIMEOUT(posted(shared), 10000);

        // As a browser passes a web+mastodon link: percent-encoded UTF-8.
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        handOver(
            {QStringLiteral("web+mastodon://share?text=Link%20text%20%F0%9F%93%AF%20") + stamp},
            profile(QStringLiteral("tray")));
        postFromQuickPost(QString());
        QTRY_VERIFY_WITH_TIMEOUT(posted(QStringLiteral("Link text 📯 ") + stamp), 10000);
    }

    void killedInstanceLeavesNoObstacle()
    {
        QProcess *first = m_apps.constFirst();
        QCOMPARE(first->state(), QProcess::Running);
        ::kill(pid_t(first->processId()), SIGKILL);
        QVERIFY(first->waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(window(mainTitle).isEmpty(), 5000);

        // The dead process's socket is still there; the next start must not hand over
        // to it and vanish.
        qputenv("XDG_CONFIG_HOME",
                QDir(profile(QStringLiteral("tray"))).filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME",
                QDir(profile(QStringLiteral("tray"))).filePath(QStringLiteral("data")).toUtf8());
        QVERIFY2(QFile::exists(SingleInstance::socketPath()),
                 qPrintable(SingleInstance::socketPath()));

        QProcess *next = launch({}, profile(QStringLiteral("tray")));
        QTRY_VERIFY_WITH_TIMEOUT(!window(mainTitle).isEmpty(), 20000);
        QCOMPARE(next->state(), QProcess::Running);
        // And it listens: the start after it hands over.
        handOver({QStringLiteral("--quick-post")}, profile(QStringLiteral("tray")));
        QTRY_VERIFY_WITH_TIMEOUT(!window(quickPostTitle).isEmpty(), 5000);
        keys(window(quickPostTitle), QStringLiteral("Escape"));
    }

    // A launcher on Wayland gives the program it starts an xdg-activation token; a
    // second posthorn must pass it on, as only with it the compositor gives the running
    // one the focus while the user is in another program.
    void secondStartPassesItsActivationTokenOn()
    {
        if (!onWayland())
            QSKIP("xdg-activation is Wayland's: on X11 secondStartOpensQuickPostInTheFirst "
                  "checks that the quick post gets the focus");
        const QString home = profile(QStringLiteral("tray"));
        QTRY_VERIFY_WITH_TIMEOUT(!window(mainTitle).isEmpty(), 5000);
        const QString trayMain = window(mainTitle);
        handOver({QStringLiteral("--quick-post")}, home);
        QString quick;
        QTRY_VERIFY_WITH_TIMEOUT(!(quick = window(quickPostTitle)).isEmpty(), 5000);

        // Another program takes the focus: a Posthorn with a profile of its own.
        QProcess *other = launch({}, profile(QStringLiteral("other")));
        QTRY_VERIFY2_WITH_TIMEOUT(!activeWindow().isEmpty() && activeWindow() != quick &&
                                      activeWindow() != trayMain,
                                  qPrintable(windowList()), 20000);
        const QString otherWindow = activeWindow();

        // Without a token the compositor leaves the focus where the user is (the check
        // could fail). A fixed wait, as nothing may happen.
        handOver({QStringLiteral("--quick-post")}, home);
        QTest::qWait(1000);
        QCOMPARE(activeWindow(), otherWindow);

        // With one, the running Posthorn's quick post takes it.
        QString why;
        const QString token = WaylandActivation::requestToken(&why);
        QVERIFY2(!token.isEmpty(), qPrintable(why));
        handOver({QStringLiteral("--quick-post")}, home, {}, token);
        QTRY_VERIFY2_WITH_TIMEOUT(activeWindow() == quick, qPrintable(windowList()), 5000);
        screenshot(QStringLiteral("root"), QStringLiteral("quick-post-activated"));
        // And the keyboard with it: what is typed now, with no click and no help from
        // the compositor, goes into the quick post and Ctrl+Return posts it.
        const QString text =
            QStringLiteral("Typed after the hand-over %1").arg(QDateTime::currentMSecsSinceEpoch());
        run(QStringLiteral("wtype"),
            {QStringLiteral("-k"), QStringLiteral("Shift_L"), QStringLiteral("-s"),
             QStringLiteral("100"), QStringLiteral("-d"), QStringLiteral("20"), text,
             QStringLiteral("-M"), QStringLiteral("ctrl"), QStringLiteral("-k"),
             QStringLiteral("Return"), QStringLiteral("-m"), QStringLiteral("ctrl")});
        QTRY_VERIFY_WITH_TIMEOUT(posted(text), 10000);

        close(otherWindow);
        QVERIFY(other->waitForFinished(10000));
        keys(window(quickPostTitle), QStringLiteral("Escape"));
        QTRY_VERIFY_WITH_TIMEOUT(window(quickPostTitle).isEmpty(), 5000);
    }

    void withoutTrayPosthornIsAnOrdinaryWindow()
    {
        QString display;
        if (onWayland()) {
            // The Wayland session has no tray at all: this runs on its display, once the
            // tray profile's Posthorn, whose windows are there too, has ended.
            for (QProcess *app : std::as_const(m_apps)) {
                if (app->state() != QProcess::NotRunning) {
                    app->terminate();
                    QVERIFY(app->waitForFinished(10000));
                }
            }
            QTRY_VERIFY_WITH_TIMEOUT(window(mainTitle).isEmpty(), 5000);
        } else {
            QVERIFY(startBareDisplay());
            display = m_bareDisplayName;
        }
        const QString home = profile(QStringLiteral("notray"));
        const QString verify = QStringLiteral("/api/v1/accounts/verify_credentials");
        const qsizetype verifiedBefore = m_sandbox.requestsTo(verify).size();
        QProcess *app = launch({}, home, display);
        // Once in about ten full runs Posthorn connected but no visible main window was
        // found: its window was there, neither framed by openbox nor shown, and openbox
        // idle. The message says first whether the window was ever mapped (the list of
        // windows that follows gets cut), for the next time.
        QTRY_VERIFY2_WITH_TIMEOUT(
            !window(mainTitle, display).isEmpty(),
            qPrintable(QStringLiteral("%1; Posthorn %2%3\nwindows: %4")
                           .arg(displayState(),
                                app->state() == QProcess::Running ? QStringLiteral("running")
                                                                  : QStringLiteral("gone"),
                                onWayland() ? QString() : mapStates(display), windowList(display))),
            20000);

        // The main window is usable: it takes a post, once it has connected (until
        // then it says "Connecting to …" and Post waits, as a user would see). The
        // session is ready before it asks verify_credentials.
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.requestsTo(verify).size() > verifiedBefore, 10000);
        const QString text =
            QStringLiteral("No tray here %1").arg(QDateTime::currentMSecsSinceEpoch());
        // The window manager usually gives the new window the keyboard. Openbox's
        // focus-stealing prevention sometimes does not (seen under the sanitizer
        // build, where the start is slow): then it is activated, as a user's click
        // would. Once (in a full run) the active window stayed empty even so: the
        // message then says whether openbox was still there. The keys wait for the
        // window, and a harmless first key is what a lost first key event costs.
        const QString mainWindow = window(mainTitle, display);
        QElapsedTimer waiting;
        waiting.start();
        const auto activeOrActivated = [&] {
            const QString active = activeWindow(display);
            if (active != mainWindow && waiting.elapsed() > 2000)
                activate(mainWindow, display);
            return active;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            activeOrActivated() == mainWindow,
            qPrintable(QStringLiteral("active window \"%1\", not %2; %3")
                           .arg(activeWindow(display), mainWindow, displayState())),
            10000);
        keys(mainWindow, QStringLiteral("shift"), display);
        type(mainWindow, text, display);
        keys(mainWindow, QStringLiteral("ctrl+Return"), display);
        // This has failed twice in about ten full runs, with no POST at all, and passed
        // every time alone: say where the keys went, for the next time.
        QVERIFY2(
            QTest::qWaitFor([&] { return posted(text); }, 10000),
            qPrintable(
                QStringLiteral("no post; the focus is on \"%1\"").arg(focusedWindowName(display))));

        // --quick-post still reaches it, and posts.
        handOver({QStringLiteral("--quick-post")}, home, display);
        const QString quickText =
            QStringLiteral("Quick without a tray %1").arg(QDateTime::currentMSecsSinceEpoch());
        postFromQuickPost(quickText, display);
        QTRY_VERIFY_WITH_TIMEOUT(posted(quickText), 10000);

        // The quick-post window hides; Posthorn stays where the user can see it.
        keys(window(quickPostTitle, display), QStringLiteral("Escape"), display);
        QTRY_VERIFY_WITH_TIMEOUT(window(quickPostTitle, display).isEmpty(), 5000);
        QVERIFY(!window(mainTitle, display).isEmpty());
        QCOMPARE(app->state(), QProcess::Running);

        // Closing the main window ends Posthorn, as an ordinary windowed program.
        close(window(mainTitle, display), display);
        QVERIFY(app->waitForFinished(10000));
        QCOMPARE(app->exitStatus(), QProcess::NormalExit);
        QCOMPARE(app->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTrayEndToEnd)
#include "tst_tray_e2e.moc"
