#include "launch/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

// A later start as a second process makes it, on a thread of its own: start() blocks
// while the running instance answers from the test's event loop.
class LaterStart final
{
public:
    explicit LaterStart(const QByteArray &message)
        : m_thread([this, message] {
            SingleInstance later;
            m_role = later.start(message);
            m_done = true;
        })
    {}
    ~LaterStart() { m_thread.join(); }
    Q_DISABLE_COPY_MOVE(LaterStart)

    [[nodiscard]] bool done() const { return m_done; }
    // Read only once done() is true.
    [[nodiscard]] SingleInstance::Role role() const { return m_role; }

private:
    SingleInstance::Role m_role = SingleInstance::Role::NoAnswer;
    std::atomic<bool> m_done{false};
    std::thread m_thread; // last, so that it starts once the members above exist
};

// Where the single-instance socket may live, with real sockets and real folders: never
// in a folder another local user could enter, and hand-over still works without
// XDG_RUNTIME_DIR.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;

    QString home(const QString &name) const { return m_home->filePath(name); }

    static QString ownRunFolder()
    {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
            .filePath(QStringLiteral("run"));
    }

    static mode_t modeOf(const QString &path)
    {
        struct stat info = {};
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
            return 0;
        return info.st_mode;
    }

    static QString makeFolder(const QString &path, mode_t mode)
    {
        if (!QDir().mkpath(path) || ::chmod(QFile::encodeName(path).constData(), mode) != 0)
            return {};
        return path;
    }

    // The socket's folder is a real folder of ours that nobody else may enter, and no
    // socket of this profile sits in a shared temporary folder.
    static void verifyPrivate(const QString &socket)
    {
        QVERIFY2(QFileInfo(socket).exists(), qPrintable(socket));
        const QString folder = QFileInfo(socket).absolutePath();
        struct stat info = {};
        QCOMPARE(::lstat(QFile::encodeName(folder).constData(), &info), 0);
        QVERIFY(S_ISDIR(info.st_mode));
        QCOMPARE(info.st_uid, ::geteuid());
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
        const QString name = QFileInfo(socket).fileName();
        QVERIFY(!QFile::exists(QDir(QDir::tempPath()).filePath(name)));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/") + name));
    }

    void verifyHandOver(SingleInstance &running)
    {
        QSignalSpy received(&running, &SingleInstance::messageReceived);
        const LaterStart later(QByteArrayLiteral("share hello"));
        QTRY_VERIFY_WITH_TIMEOUT(later.done(), 10000);
        QCOMPARE(later.role(), SingleInstance::Role::HandedOff);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.constFirst().constFirst().toByteArray(),
                 QByteArrayLiteral("share hello"));
    }

private slots:
    void init()
    {
        // Short names: a socket's whole path must stay under 108 bytes.
        m_home = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/si-XXXXXX"));
        QVERIFY(m_home->isValid());
        qputenv("XDG_CONFIG_HOME", home(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CACHE_HOME", home(QStringLiteral("c")).toUtf8());
        qunsetenv("XDG_RUNTIME_DIR");
    }

    // `posthorn post` waits for the running instance's answer on its connection, for as
    // long as the post takes: no acknowledgement first, and no read timeout.
    void aRequestIsAnsweredOnItsOwnConnection()
    {
        const QString runtime = makeFolder(home(QStringLiteral("runtime")), 0700);
        QVERIFY(!runtime.isEmpty());
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
        SingleInstance running;
        QCOMPARE(running.start("first"), SingleInstance::Role::Primary);
        QSignalSpy messages(&running, &SingleInstance::messageReceived);
        QPointer<QLocalSocket> asked;
        QByteArray request;
        connect(&running, &SingleInstance::requestReceived, this,
                [&](const QByteArray &message, QLocalSocket *socket) {
                    request = message;
                    asked = socket;
                });

        QLocalSocket command;
        command.connectToServer(SingleInstance::socketPath());
        QVERIFY(command.waitForConnected(2000));
        command.write(QByteArrayLiteral("?{\"post\":{}}\n"));
        command.flush();
        QTRY_VERIFY(asked);
        QCOMPARE(request, QByteArrayLiteral("{\"post\":{}}"));
        QCOMPARE(messages.size(), 0);
        // Fixed wait: past the 5 s a later start has to finish its line, the connection
        // must still be open and nothing written on it yet.
        QTest::qWait(6000);
        QVERIFY(asked);
        QCOMPARE(command.state(), QLocalSocket::ConnectedState);
        QCOMPARE(command.bytesAvailable(), 0);

        asked->write("published\n");
        asked->flush();
        QTRY_VERIFY(command.canReadLine());
        QCOMPARE(command.readLine(), QByteArrayLiteral("published\n"));
    }

    void handsOverInAPrivateRuntimeFolder()
    {
        const QString runtime = makeFolder(home(QStringLiteral("runtime")), 0700);
        QVERIFY(!runtime.isEmpty());
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());

        SingleInstance running;
        QCOMPARE(running.start("first"), SingleInstance::Role::Primary);
        const QString socket = SingleInstance::socketPath();
        QCOMPARE(QFileInfo(socket).absolutePath(), runtime);
        verifyPrivate(socket);
        verifyHandOver(running);
    }

    // The usual umask leaves new folders readable by all; Posthorn's own folder for the
    // socket is made closed anyway.
    void withoutRuntimeFolderHandsOverInPosthornsOwnFolder()
    {
        const mode_t previous = ::umask(022);
        SingleInstance running;
        const SingleInstance::Role role = running.start("first");
        ::umask(previous);
        QCOMPARE(role, SingleInstance::Role::Primary);
        const QString socket = SingleInstance::socketPath();
        QCOMPARE(QFileInfo(socket).absolutePath(), ownRunFolder());
        verifyPrivate(socket);
        verifyHandOver(running);
    }

    void refusesAnUnsafeRuntimeFolder_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("open to all (0777)") << QStringLiteral("open");
        QTest::newRow("symbolic link to a private folder") << QStringLiteral("link");
        QTest::newRow("owned by another user") << QStringLiteral("foreign");
        QTest::newRow("too long for a socket address") << QStringLiteral("long");
    }

    void refusesAnUnsafeRuntimeFolder()
    {
        QFETCH(QString, kind);
        QString runtime = home(kind);
        QString unsafe = runtime; // where no socket may appear
        if (kind == QLatin1String("open")) {
            QVERIFY(!makeFolder(runtime, 0777).isEmpty());
        } else if (kind == QLatin1String("link")) {
            unsafe = makeFolder(home(QStringLiteral("target")), 0700);
            QVERIFY(!unsafe.isEmpty());
            QVERIFY(QFile::link(unsafe, runtime));
        } else if (kind == QLatin1String("foreign")) {
            QVERIFY(!makeFolder(runtime, 0700).isEmpty());
            // Only root can give a folder away; the tests run as root in CI.
            if (::chown(QFile::encodeName(runtime).constData(), 65534, 65534) != 0)
                QSKIP("giving a folder to another user needs root");
        } else {
            runtime = unsafe = makeFolder(home(QString(100, QLatin1Char('d'))), 0700);
            QVERIFY(!runtime.isEmpty());
        }
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());

        SingleInstance running;
        QCOMPARE(running.start("first"), SingleInstance::Role::Primary);
        const QString socket = SingleInstance::socketPath();
        QCOMPARE(QFileInfo(socket).absolutePath(), ownRunFolder());
        verifyPrivate(socket);
        QCOMPARE(QDir(unsafe).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
                 QStringList());
        verifyHandOver(running);
    }

    // Posthorn's own folder was opened up (by hand, or by another user with access):
    // it is not used, and each start runs on its own rather than talk to a socket
    // someone else may have put there.
    void withoutAnyPrivateFolderRunsAloneAndSaysSo()
    {
        const QString run = makeFolder(ownRunFolder(), 0777);
        QVERIFY(!run.isEmpty());

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no private folder for the "
                                                               "single-instance socket")));
        SingleInstance running;
        QSignalSpy received(&running, &SingleInstance::messageReceived);
        QCOMPARE(running.start("first"), SingleInstance::Role::Primary);
        QVERIFY(SingleInstance::socketPath().isEmpty());

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no private folder for the "
                                                               "single-instance socket")));
        const LaterStart later(QByteArrayLiteral("share hello"));
        QTRY_VERIFY_WITH_TIMEOUT(later.done(), 10000);
        QCOMPARE(later.role(), SingleInstance::Role::Primary);
        QCOMPARE(received.size(), 0);
        QCOMPARE(QDir(run).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
