#include "cli/commandline.h"

#include <QProcess>
#include <QtTest>

// The posthorn executable's command line, run as a user would run it. No display
// is set for these runs: --help and --version must not need one. What a valid
// command line asks for is read from CommandLine itself, as a run would start the GUI.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QString &platform = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (platform.isEmpty())
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        else
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(POSTHORN_APP_PATH), arguments);
        if (!process.waitForFinished(20000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

private slots:
    void versionPrintsTheBuildVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("posthorn ") + QStringLiteral(POSTHORN_VERSION));
    }

    void helpListsEveryOptionAndTheLink()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--quick-post")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("--share <text>")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("--minimized")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("web+mastodon://share")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("--version")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Mastodon")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Usage: posthorn")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("posthorn post")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("posthorn accounts")), qPrintable(r.out));
    }

    // Options that belong to QApplication are its business, not an error of ours.
    void qtOptionsDoNotBreakVersion()
    {
        const Run r = run({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                           QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("posthorn ") + QStringLiteral(POSTHORN_VERSION));
    }

    void unknownOptionFails_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("option") << QStringList{QStringLiteral("--frobnicate")}
                                << QStringLiteral("frobnicate");
        QTest::newRow("positional")
            << QStringList{QStringLiteral("stray")} << QStringLiteral("stray");
        QTest::newRow("follow link")
            << QStringList{QStringLiteral("web+mastodon://follow?uri=acct:a@b.test")}
            << QStringLiteral("web+mastodon://follow?uri=acct:a@b.test");
        QTest::newRow("share link without text")
            << QStringList{QStringLiteral("web+mastodon://share?text=")}
            << QStringLiteral("web+mastodon://share?text=");
        QTest::newRow("share without its text")
            << QStringList{QStringLiteral("--share")} << QStringLiteral("--share");
    }

    void unknownOptionFails()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentioned);
        // Unknown arguments are judged once QApplication has taken its own, so this
        // run needs a platform; offscreen is enough and shows no window.
        const Run r = run(arguments, QStringLiteral("offscreen"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentioned), qPrintable(r.err));
    }

    void argumentsBecomeTheLaunchRequest_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("quickPost");
        QTest::addColumn<bool>("minimized");
        QTest::addColumn<QString>("shareText");

        const QString program = QStringLiteral("posthorn");
        QTest::newRow("nothing") << QStringList{program} << false << false << QString();
        QTest::newRow("quick post")
            << QStringList{program, QStringLiteral("--quick-post")} << true << false << QString();
        QTest::newRow("minimized")
            << QStringList{program, QStringLiteral("--minimized")} << false << true << QString();
        QTest::newRow("share") << QStringList{program, QStringLiteral("--share"),
                                              QStringLiteral("Hello, world")}
                               << true << false << QStringLiteral("Hello, world");
        QTest::newRow("share=") << QStringList{program, QStringLiteral("--share=a=b")} << true
                                << false << QStringLiteral("a=b");
        QTest::newRow("share strips control characters")
            << QStringList{program, QStringLiteral("--share"), QStringLiteral("a\nb\x1b[31m\rc")}
            << true << false << QStringLiteral("a\nb[31mc");
        QTest::newRow("share nothing still opens quick post")
            << QStringList{program, QStringLiteral("--share"), QString()} << true << false
            << QString();
        QTest::newRow("share, minimized")
            << QStringList{program, QStringLiteral("--minimized"), QStringLiteral("--share"),
                           QStringLiteral("hi")}
            << true << true << QStringLiteral("hi");
        QTest::newRow("share link")
            << QStringList{program, QStringLiteral("web+mastodon://share?text=Hi%20there")} << true
            << false << QStringLiteral("Hi there");
        QTest::newRow("share link with url")
            << QStringList{program,
                           QStringLiteral("web+mastodon://share?text=Read&url=https://e.test/")}
            << true << false << QStringLiteral("Read https://e.test/");
        QTest::newRow("upper-case share link, minimized")
            << QStringList{program, QStringLiteral("--minimized"),
                           QStringLiteral("WEB+MASTODON://share?text=%F0%9F%90%98")}
            << true << true << QStringLiteral("\U0001F418");
        QTest::newRow("share link after --")
            << QStringList{program, QStringLiteral("--"),
                           QStringLiteral("web+mastodon://share?text=x")}
            << true << false << QStringLiteral("x");
    }

    void argumentsBecomeTheLaunchRequest()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, quickPost);
        QFETCH(bool, minimized);
        QFETCH(QString, shareText);
        const CommandLine commandLine(arguments);
        QVERIFY2(commandLine.isValid(), qPrintable(commandLine.errorText()));
        const LaunchRequest request = commandLine.launchRequest();
        QCOMPARE(request.quickPost, quickPost);
        QCOMPARE(request.minimized, minimized);
        QCOMPARE(request.shareText, shareText);
        QCOMPARE(commandLine.quickPostRequested(), quickPost);
    }

    void invalidArgumentsAreRefusedNamingTheCulprit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentioned");

        const QString program = QStringLiteral("posthorn");
        QTest::newRow("unknown argument")
            << QStringList{program, QStringLiteral("stray")} << QStringLiteral("stray");
        QTest::newRow("unknown argument before a link")
            << QStringList{program, QStringLiteral("stray"),
                           QStringLiteral("web+mastodon://share?text=x")}
            << QStringLiteral("stray");
        QTest::newRow("unknown argument after a link")
            << QStringList{program, QStringLiteral("web+mastodon://share?text=x"),
                           QStringLiteral("stray")}
            << QStringLiteral("stray");
        QTest::newRow("two links")
            << QStringList{program, QStringLiteral("web+mastodon://share?text=a"),
                           QStringLiteral("web+mastodon://share?text=b")}
            << QStringLiteral("web+mastodon://share?text=b");
        QTest::newRow("follow link")
            << QStringList{program, QStringLiteral("web+mastodon://follow?uri=acct:a@b.test")}
            << QStringLiteral("web+mastodon://follow?uri=acct:a@b.test");
        QTest::newRow("link without text")
            << QStringList{program, QStringLiteral("web+mastodon://share")}
            << QStringLiteral("web+mastodon://share");
        QTest::newRow("link and --share")
            << QStringList{program, QStringLiteral("--share"), QStringLiteral("a"),
                           QStringLiteral("web+mastodon://share?text=b")}
            << QStringLiteral("--share");
        QTest::newRow("unknown option")
            << QStringList{program, QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("share without its text")
            << QStringList{program, QStringLiteral("--share")} << QStringLiteral("--share");
        QTest::newRow("reply to something not a link")
            << QStringList{program, QStringLiteral("--reply-to"), QStringLiteral("hello")}
            << QStringLiteral("hello");
        QTest::newRow("quote a site, not a post")
            << QStringList{program, QStringLiteral("--quote"),
                           QStringLiteral("https://mastodon.example/")}
            << QStringLiteral("--quote");
        QTest::newRow("reply and quote")
            << QStringList{program, QStringLiteral("--reply-to"),
                           QStringLiteral("https://a.example/@x/1"), QStringLiteral("--quote"),
                           QStringLiteral("https://a.example/@x/2")}
            << QStringLiteral("--reply-to");
    }

    void replyAndQuoteLinksAreHandedOn()
    {
        const CommandLine reply({QStringLiteral("posthorn"), QStringLiteral("--reply-to"),
                                 QStringLiteral(" https://a.example/@x/1 ")});
        QVERIFY2(reply.isValid(), qPrintable(reply.errorText()));
        QCOMPARE(reply.launchRequest().replyTo, QStringLiteral("https://a.example/@x/1"));
        QVERIFY(reply.launchRequest().quote.isEmpty());
        QVERIFY(!reply.quickPostRequested());
        const CommandLine quote({QStringLiteral("posthorn"), QStringLiteral("--quote"),
                                 QStringLiteral("https://a.example/@x/2")});
        QVERIFY2(quote.isValid(), qPrintable(quote.errorText()));
        QCOMPARE(quote.launchRequest().quote, QStringLiteral("https://a.example/@x/2"));
        QVERIFY(quote.helpText().contains(QStringLiteral("--reply-to")));
    }

    void invalidArgumentsAreRefusedNamingTheCulprit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentioned);
        const CommandLine commandLine(arguments);
        QVERIFY(!commandLine.isValid());
        QVERIFY2(commandLine.errorText().contains(mentioned), qPrintable(commandLine.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
