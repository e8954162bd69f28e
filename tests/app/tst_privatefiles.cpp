// Posthorn's folders are 0700 and its files 0600 under the usual umask 022: each real
// writer is driven in fresh XDG folders and the modes read back with stat().
#include "compose/draftstore.h"
#include "launch/autostartentry.h"
#include "outbox/outbox.h"
#include "outbox/outboxstore.h"
#include "search/imagediskcache.h"
#include "settings/accountrecord.h"
#include "settings/accountstore.h"
#include "settings/apppreferences.h"
#include "util/privatefiles.h"

#include <QDirIterator>
#include <QNetworkCacheMetaData>
#include <QNetworkDiskCache>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

namespace {

// "0600", "0755": as a failure message shows it best.
QString mode(const QString &path)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    return QStringLiteral("0%1").arg(info.st_mode & 0777, 3, 8, QLatin1Char('0'));
}

const QString privateFolder = QStringLiteral("0700");
const QString privateFile = QStringLiteral("0600");

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ::umask(022);
        QCoreApplication::setApplicationName(QStringLiteral("posthorn"));
        QCoreApplication::setOrganizationName(QStringLiteral("Posthorn"));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("cache"))));
    }

    void draftIsPrivate()
    {
        const DraftStore store;
        Draft draft;
        draft.parts = {QStringLiteral("Not for the other users of this computer")};
        QVERIFY(store.save(QStringLiteral("main"), draft));
        QCOMPARE(mode(store.directory() + QStringLiteral("/main.json")), privateFile);
        QCOMPARE(mode(store.directory()), privateFolder);
        // Every folder from the shared data folder down is Posthorn's own.
        QCOMPARE(mode(m_home->filePath(QStringLiteral("data/Posthorn"))), privateFolder);
        QCOMPARE(mode(m_home->filePath(QStringLiteral("data/Posthorn/posthorn"))), privateFolder);
    }

    void outboxEntryIsPrivate()
    {
        const OutboxStore store;
        Outbox outbox(store);
        Draft draft;
        draft.parts = {QStringLiteral("Waiting to be sent")};
        QString error;
        const QString id = outbox.enqueue(draft, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(mode(store.directory() + QLatin1Char('/') + id + QStringLiteral(".json")),
                 privateFile);
        QCOMPARE(mode(store.directory()), privateFolder);
    }

    void settingsArePrivate()
    {
        QString fileName;
        {
            AccountStore accounts;
            AccountRecord account;
            account.instanceUrl = QUrl(QStringLiteral("https://example.social"));
            account.accountId = QStringLiteral("42");
            account.acct = QStringLiteral("someone");
            accounts.save(account);
            accounts.setCurrentAccountKey(account.key());
            AppPreferences::setCloseToTrayExplained(true);
            fileName = QSettings().fileName();
        }
        QVERIFY(fileName.startsWith(m_home->path()));
        QVERIFY(QSettings().value(QStringLiteral("tray/closeExplained")).toBool());
        QCOMPARE(mode(fileName), privateFile);
        QCOMPARE(mode(QFileInfo(fileName).path()), privateFolder);
    }

    void settingsFileOfAnOlderVersionIsNarrowed()
    {
        const QString path = m_home->filePath(QStringLiteral("accounts.ini"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QCOMPARE(mode(path), QStringLiteral("0644"));
        {
            AccountStore accounts(path);
            accounts.setCurrentAccountKey(QStringLiteral("https://example.social/42"));
        }
        QCOMPARE(mode(path), privateFile);
    }

    void cachedPictureIsPrivate()
    {
        const std::unique_ptr<QNetworkDiskCache> cache(ImageDiskCache::create());
        QNetworkCacheMetaData meta;
        meta.setUrl(QUrl(QStringLiteral("https://example.social/avatars/someone.png")));
        meta.setSaveToDisk(true);
        QIODevice *device = cache->prepare(meta);
        QVERIFY(device);
        device->write(QByteArray(4096, 'x'));
        cache->insert(device);
        QVERIFY(cache->cacheSize() > 0);

        const QString root = ImageDiskCache::defaultDirectory();
        QCOMPARE(mode(root), privateFolder);
        // QNetworkDiskCache makes its inner folders by the umask (077 in the app); the
        // private top folder already keeps them from others.
        int files = 0;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QCOMPARE(mode(file), privateFile);
            ++files;
        }
        QVERIFY(files > 0);
    }

    void autostartEntryIsPrivate()
    {
        QString error;
        QVERIFY2(AutostartEntry::write(QStringLiteral("/usr/bin/posthorn"), false, &error),
                 qPrintable(error));
        QCOMPARE(mode(AutostartEntry::filePath()), privateFile);
        QCOMPARE(mode(QFileInfo(AutostartEntry::filePath()).path()), privateFolder);
    }

    void newFileIsPrivate()
    {
        QFile file(m_home->filePath(QStringLiteral("pasted.png")));
        QVERIFY(PrivateFiles::createFile(file));
        QCOMPARE(mode(file.fileName()), privateFile);
        // Never over a file that is there already.
        file.close();
        QVERIFY(!PrivateFiles::createFile(file));
    }

    void foldersOfOlderVersionsAreTightenedAtStart()
    {
        const QStringList own = {
            QStringLiteral("data/Posthorn"), QStringLiteral("data/Posthorn/posthorn"),
            QStringLiteral("config/Posthorn/posthorn"), QStringLiteral("cache/Posthorn/posthorn")};
        for (const QString &folder : own) {
            QVERIFY(QDir().mkpath(m_home->filePath(folder)));
            QCOMPARE(mode(m_home->filePath(folder)), QStringLiteral("0755"));
        }
        PrivateFiles::tightenAppFolders();
        for (const QString &folder : own)
            QCOMPARE(mode(m_home->filePath(folder)), privateFolder);
        // The shared folders above are not Posthorn's to change.
        QCOMPARE(mode(m_home->filePath(QStringLiteral("data"))), QStringLiteral("0755"));
        QCOMPARE(mode(m_home->filePath(QStringLiteral("config"))), QStringLiteral("0755"));
    }

    void appStartedUnderUmask022KeepsItsFoldersPrivate()
    {
        // An older version's data folder, and what only the running app makes: the
        // umask, the start-up narrowing and QNetworkDiskCache's own folders.
        QVERIFY(QDir().mkpath(m_home->filePath(QStringLiteral("data/Posthorn/posthorn"))));
        QCOMPARE(mode(m_home->filePath(QStringLiteral("data/Posthorn"))), QStringLiteral("0755"));
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QStringLiteral(POSTHORN_APP_PATH));
        QVERIFY(app.waitForStarted());
        const QString cacheFolder =
            m_home->filePath(QStringLiteral("cache/Posthorn/posthorn/images/prepared"));
        const QString settings = m_home->filePath(QStringLiteral("config/Posthorn/posthorn.conf"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(cacheFolder) && QFileInfo::exists(settings),
                                 20000);
        app.kill();
        QVERIFY(app.waitForFinished());

        QCOMPARE(mode(m_home->filePath(QStringLiteral("data/Posthorn"))), privateFolder);
        QCOMPARE(mode(m_home->filePath(QStringLiteral("data/Posthorn/posthorn"))), privateFolder);
        QCOMPARE(mode(m_home->filePath(QStringLiteral("config/Posthorn"))), privateFolder);
        QCOMPARE(mode(settings), privateFile);
        QCOMPARE(mode(cacheFolder), privateFolder);
    }

    void umaskOfTheAppLeavesOthersNothing()
    {
        PrivateFiles::restrictUmask();
        const mode_t previous = ::umask(022);
        QCOMPARE(previous, mode_t(077));
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
