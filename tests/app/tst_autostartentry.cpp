#include "launch/autostartentry.h"

#include <QtTest>

// The XDG autostart entry, written in a temporary XDG_CONFIG_HOME and checked with
// desktop-file-validate, the reference checker of the Desktop Entry Specification.
class TestAutostartEntry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QStringList lines()
    {
        QFile file(AutostartEntry::filePath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    static void writeRaw(const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(AutostartEntry::filePath()).absolutePath()));
        QFile file(AutostartEntry::filePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }

    static void validate()
    {
        const QString validator =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        QVERIFY2(!validator.isEmpty(), "desktop-file-validate is missing: the Debian package "
                                       "desktop-file-utils (installer/install-deps.sh --tests)");
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(validator, {AutostartEntry::filePath()});
        QVERIFY(process.waitForFinished(20000));
        const QByteArray output = process.readAll();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 output.constData());
        // Hints and warnings count too: the entry is ours, it has no excuse for them.
        QVERIFY2(output.trimmed().isEmpty(), output.constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    void cleanup()
    {
        QString error;
        QVERIFY2(AutostartEntry::remove(&error), qPrintable(error));
    }

    void filePathIsInTheConfigFolder()
    {
        QCOMPARE(AutostartEntry::filePath(),
                 m_config.path() + QStringLiteral("/autostart/org.posthorn.Posthorn.desktop"));
    }

    void missingFileIsDisabled()
    {
        QVERIFY(!QFileInfo::exists(AutostartEntry::filePath()));
        QVERIFY(!AutostartEntry::isEnabled());
        QVERIFY(!AutostartEntry::isMinimized());
        QString error;
        QVERIFY(AutostartEntry::remove(&error));
        QVERIFY(error.isEmpty());
    }

    void entryStartsPosthornWithTheExecutableQuoted_data()
    {
        QTest::addColumn<QString>("executable");
        QTest::addColumn<bool>("minimized");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain path")
            << QStringLiteral("/usr/bin/posthorn") << false << QStringLiteral("/usr/bin/posthorn");
        QTest::newRow("plain path, minimized") << QStringLiteral("/usr/bin/posthorn") << true
                                               << QStringLiteral("/usr/bin/posthorn --minimized");
        QTest::newRow("name only")
            << QStringLiteral("posthorn") << true << QStringLiteral("posthorn --minimized");
        QTest::newRow("space") << QStringLiteral("/opt/My Apps/posthorn") << true
                               << QStringLiteral(R"("/opt/My Apps/posthorn" --minimized)");
        // Quoting escapes " ` $ \ with a backslash; the string escapes then double
        // every backslash.
        QTest::newRow("quote, backtick, dollar, backslash")
            << QStringLiteral("/opt/a\"b`c$d\\e/posthorn") << false
            << QStringLiteral("\"/opt/a\\\\\"b\\\\`c\\\\$d\\\\\\\\e/posthorn\"");
        QTest::newRow("single quote and semicolon")
            << QStringLiteral("/home/o'neil/a;b/posthorn") << true
            << QStringLiteral("\"/home/o'neil/a;b/posthorn\" --minimized");
        QTest::newRow("percent, unquoted") << QStringLiteral("/opt/100%/posthorn") << false
                                           << QStringLiteral("/opt/100%%/posthorn");
        QTest::newRow("percent, quoted") << QStringLiteral("/opt/100% sure/posthorn") << false
                                         << QStringLiteral(R"("/opt/100%% sure/posthorn")");
        QTest::newRow("option-like folder")
            << QStringLiteral("/opt/--minimized here/posthorn") << false
            << QStringLiteral(R"("/opt/--minimized here/posthorn")");
        QTest::newRow("non-ASCII") << QStringLiteral("/home/j\u00F6rg/bin/posthorn") << false
                                   << QStringLiteral("/home/j\u00F6rg/bin/posthorn");
    }

    void entryStartsPosthornWithTheExecutableQuoted()
    {
        QFETCH(QString, executable);
        QFETCH(bool, minimized);
        QFETCH(QString, exec);

        QString error;
        QVERIFY2(AutostartEntry::write(executable, minimized, &error), qPrintable(error));
        QVERIFY(error.isEmpty());

        const QStringList written = lines();
        QVERIFY(!written.isEmpty());
        QCOMPARE(written.constFirst(), QStringLiteral("[Desktop Entry]"));
        QVERIFY2(written.contains(QStringLiteral("Type=Application")),
                 qPrintable(written.join(u'|')));
        QVERIFY(written.contains(QStringLiteral("Name=Posthorn")));
        QVERIFY(written.contains(QStringLiteral("Icon=org.posthorn.Posthorn")));
        QVERIFY(written.contains(QStringLiteral("X-GNOME-Autostart-enabled=true")));
        const QStringList execLines = written.filter(QRegularExpression(QStringLiteral("^Exec=")));
        QCOMPARE(execLines, QStringList{QStringLiteral("Exec=") + exec});

        QVERIFY(AutostartEntry::isEnabled());
        QCOMPARE(AutostartEntry::isMinimized(), minimized);
        validate();
    }

    void rewritingLeavesOneExecLine()
    {
        QVERIFY(AutostartEntry::write(QStringLiteral("/usr/bin/posthorn"), true));
        QVERIFY(AutostartEntry::isMinimized());
        QVERIFY(AutostartEntry::write(QStringLiteral("/usr/bin/posthorn"), false));
        QVERIFY(!AutostartEntry::isMinimized());
        QCOMPARE(lines().filter(QStringLiteral("Exec=")).size(), 1);
    }

    void removingTheEntryDisablesAutostart()
    {
        QVERIFY(AutostartEntry::write(QStringLiteral("/usr/bin/posthorn"), true));
        QString error;
        QVERIFY2(AutostartEntry::remove(&error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(AutostartEntry::filePath()));
        QVERIFY(!AutostartEntry::isEnabled());
        QVERIFY(!AutostartEntry::isMinimized());
    }

    // Entries as the desktop's own settings leave them.
    void readsEditedEntries_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("minimized");
        QTest::newRow("hidden") << QByteArrayLiteral("[Desktop Entry]\nType=Application\n"
                                                     "Name=Posthorn\nExec=posthorn --minimized\n"
                                                     "Hidden=true\n")
                                << false << true;
        QTest::newRow("hidden with spaces")
            << QByteArrayLiteral("[Desktop Entry]\nExec=posthorn\nHidden = true\n") << false
            << false;
        QTest::newRow("hidden false") << QByteArrayLiteral("[Desktop Entry]\nExec=posthorn\n"
                                                           "Hidden=false\n")
                                      << true << false;
        QTest::newRow("switched off in GNOME")
            << QByteArrayLiteral("[Desktop Entry]\nExec=posthorn\n"
                                 "X-GNOME-Autostart-enabled=false\n")
            << false << false;
        QTest::newRow("Hidden in another group")
            << QByteArrayLiteral("[Desktop Entry]\nExec=posthorn --minimized\n\n"
                                 "[Desktop Action Quick]\nExec=posthorn\nHidden=true\n")
            << true << true;
        QTest::newRow("comment") << QByteArrayLiteral("# Hidden=true\n[Desktop Entry]\n"
                                                      "# Exec=posthorn --minimized\n"
                                                      "Exec=posthorn\n")
                                 << true << false;
        QTest::newRow("quoted executable")
            << QByteArrayLiteral("[Desktop Entry]\nExec=\"/opt/my apps/posthorn\" --minimized\n")
            << true << true;
        QTest::newRow("option inside quotes is no option")
            << QByteArrayLiteral("[Desktop Entry]\nExec=\"/opt/--minimized x/posthorn\"\n") << true
            << false;
        QTest::newRow("minimized as a longer word")
            << QByteArrayLiteral("[Desktop Entry]\nExec=posthorn --minimized-not\n") << true
            << false;
        QTest::newRow("CRLF lines")
            << QByteArrayLiteral("[Desktop Entry]\r\nExec=posthorn --minimized\r\n") << true
            << true;
        QTest::newRow("no Exec") << QByteArrayLiteral("[Desktop Entry]\nName=Posthorn\n") << true
                                 << false;
        QTest::newRow("empty file") << QByteArray() << true << false;
    }

    void readsEditedEntries()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, enabled);
        QFETCH(bool, minimized);
        writeRaw(content);
        QCOMPARE(AutostartEntry::isEnabled(), enabled);
        QCOMPARE(AutostartEntry::isMinimized(), minimized);
    }

    void unwritablePathIsRefused_data()
    {
        QTest::addColumn<QString>("executable");
        QTest::newRow("empty") << QString();
        QTest::newRow("newline") << QStringLiteral("/opt/a\nb/posthorn");
        QTest::newRow("NUL") << QString(QStringLiteral("/opt/a") + QChar(0) + QStringLiteral("b"));
    }

    void unwritablePathIsRefused()
    {
        QFETCH(QString, executable);
        QString error;
        QVERIFY(!AutostartEntry::write(executable, false, &error));
        QVERIFY2(error.contains(AutostartEntry::filePath()), qPrintable(error));
        QVERIFY(!QFileInfo::exists(AutostartEntry::filePath()));
    }

    // A file where the autostart folder should be: the folder cannot be made, even by
    // root, and the message says where.
    void folderThatCannotBeCreated()
    {
        QTemporaryDir other;
        QVERIFY(other.isValid());
        QFile blocker(other.filePath(QStringLiteral("autostart")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(other.path()));
        QString error;
        const bool written =
            AutostartEntry::write(QStringLiteral("/usr/bin/posthorn"), false, &error);
        const QString path = AutostartEntry::filePath();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY(!written);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(other.filePath(QStringLiteral("autostart"))), qPrintable(error));
    }

    // A folder in the entry's place: neither replaced nor removed, and each says why.
    void folderInPlaceOfTheFile()
    {
        QVERIFY(QDir().mkpath(AutostartEntry::filePath()));
        QString error;
        QVERIFY(!AutostartEntry::write(QStringLiteral("/usr/bin/posthorn"), false, &error));
        QVERIFY2(error.contains(AutostartEntry::filePath()), qPrintable(error));
        QVERIFY(!AutostartEntry::isEnabled());
        error.clear();
        QVERIFY(!AutostartEntry::remove(&error));
        QVERIFY2(error.contains(AutostartEntry::filePath()), qPrintable(error));
        QVERIFY(QDir().rmdir(AutostartEntry::filePath()));
    }
};

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"
