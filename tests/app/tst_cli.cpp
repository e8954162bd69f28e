#include <QProcess>
#include <QtTest>

// The posthorn executable's command line, run as a user would run it. No display
// is set for these runs: --help and --version must not need one.
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
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("posthorn ") + QStringLiteral(POSTHORN_VERSION));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--quick-post")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("--version")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Mastodon")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Usage: posthorn")), qPrintable(r.out));
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
