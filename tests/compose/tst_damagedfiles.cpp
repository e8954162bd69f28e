// Drafts and outbox entries that cannot be read: kept aside with their bytes, told to
// the user once, never written over; Posthorn carries on with the real stores.
#include "compose/draftautosave.h"
#include "compose/draftstore.h"
#include "outbox/outbox.h"
#include "outbox/outboxstore.h"
#include "util/damagedfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

enum class Damage { Truncated, NotJson, WrongTypes, NotAnObject, Empty, Folder, WrongName };

const QString entryId = QStringLiteral("3f2a9c1e-0000-4000-8000-000000000001");

QByteArray validDraftBytes()
{
    Draft draft;
    draft.parts = {QStringLiteral("A long post the user typed yesterday")};
    return QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact);
}

QByteArray validEntryBytes(const QString &id)
{
    OutboxEntry entry;
    entry.id = id;
    entry.keyBase = QStringLiteral("key-base");
    entry.draft.parts = {QStringLiteral("A post waiting to be sent")};
    entry.createdAt = QDateTime::currentDateTimeUtc();
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
}

// Puts the damage at `path`; the bytes a kept file must still hold (empty for a folder,
// which gets a file of its own inside instead).
QByteArray damage(const QString &path, Damage kind, const QByteArray &valid,
                  const QByteArray &wrongTypes)
{
    QByteArray bytes;
    switch (kind) {
    case Damage::Truncated:
        bytes = valid.left(valid.size() / 2);
        break;
    case Damage::NotJson:
        bytes = "this is not JSON \xff\xfe";
        break;
    case Damage::WrongTypes:
        bytes = wrongTypes;
        break;
    case Damage::NotAnObject:
        bytes = "[\"A post in a list\"]";
        break;
    case Damage::Empty:
        break;
    case Damage::Folder: {
        QDir().mkpath(path);
        QFile inside(path + QStringLiteral("/inside.txt"));
        if (!inside.open(QIODevice::WriteOnly) || inside.write("kept inside") < 0)
            qFatal("cannot prepare the folder");
        return {};
    }
    case Damage::WrongName:
        bytes = validEntryBytes(QStringLiteral("another-id"));
        break;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot prepare the damaged file");
    return bytes;
}

// The one "<name>.damaged-*" next to `path`.
QString keptFile(const QString &path)
{
    const QFileInfo info(path);
    const QStringList kept = info.dir().entryList({info.fileName() + QStringLiteral(".damaged-*")},
                                                  QDir::Files | QDir::Dirs);
    return kept.size() == 1 ? info.dir().filePath(kept.first()) : QString();
}

// What is at `path` now: a file's bytes, or a folder's marker file.
QByteArray contents(const QString &path)
{
    QFile file(QFileInfo(path).isDir() ? path + QStringLiteral("/inside.txt") : path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void addDamageRows()
{
    QTest::addColumn<Damage>("kind");
    QTest::newRow("truncated") << Damage::Truncated;
    QTest::newRow("not JSON") << Damage::NotJson;
    QTest::newRow("wrong types") << Damage::WrongTypes;
    QTest::newRow("not an object") << Damage::NotAnObject;
    QTest::newRow("empty") << Damage::Empty;
    QTest::newRow("a folder") << Damage::Folder;
}

} // namespace

class TestDamagedFiles : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // Each case starts with nothing left to tell.
        (void)DamagedFiles::takeNotices();
    }

    void damagedDraftIsKeptAsideAndReported_data() { addDamageRows(); }
    void damagedDraftIsKeptAsideAndReported()
    {
        QFETCH(Damage, kind);
        const DraftStore store(m_dir->filePath(QStringLiteral("drafts")));
        const QString path = store.directory() + QStringLiteral("/main.json");
        // Text where Posthorn writes a list of parts: reading it would lose the text.
        const QByteArray original =
            damage(path, kind, validDraftBytes(), R"({"parts":"typed text","spoilerText":7})");

        DraftAutosave autosave(store, QStringLiteral("main"));
        QVERIFY(autosave.load().isBlank());
        const QString kept = keptFile(path);
        QVERIFY2(!kept.isEmpty(), "the damaged draft is kept next to where it was");
        QCOMPARE(contents(kept), kind == Damage::Folder ? QByteArray("kept inside") : original);
        const QStringList notices = DamagedFiles::takeNotices();
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().contains(kept), qPrintable(notices.first()));

        // The user types on; the new draft is saved under the old name.
        Draft typed;
        typed.parts = {QStringLiteral("Typed after the damage")};
        autosave.changed(typed);
        QVERIFY(autosave.flush());
        QCOMPARE(store.load(QStringLiteral("main")).parts, typed.parts);
        QCOMPARE(contents(kept), kind == Damage::Folder ? QByteArray("kept inside") : original);
        // Told once: the next start finds the new draft and nothing to say.
        QVERIFY(DamagedFiles::takeNotices().isEmpty());
    }

    void olderDraftWithoutSomeFieldsIsNotDamaged()
    {
        const DraftStore store(m_dir->path());
        damage(store.directory() + QStringLiteral("/main.json"), Damage::WrongTypes, {},
               R"({"parts":["from an older version"]})");
        QCOMPARE(store.load(QStringLiteral("main")).parts,
                 QStringList{QStringLiteral("from an older version")});
        QVERIFY(DamagedFiles::takeNotices().isEmpty());
        QVERIFY(keptFile(store.directory() + QStringLiteral("/main.json")).isEmpty());
    }

    void damagedOutboxEntryIsKeptAsideAndReported_data()
    {
        addDamageRows();
        QTest::newRow("id not its name") << Damage::WrongName;
    }
    void damagedOutboxEntryIsKeptAsideAndReported()
    {
        QFETCH(Damage, kind);
        const QString folder = m_dir->filePath(QStringLiteral("outbox"));
        const QString path = folder + QLatin1Char('/') + entryId + QStringLiteral(".json");
        const QByteArray original =
            damage(path, kind, validEntryBytes(entryId),
                   R"({"id":")" + entryId.toUtf8() +
                       R"(","keyBase":"k","draft":{"parts":["text"]},"attempts":"three"})");

        QString kept;
        QString newId;
        {
            Outbox outbox{OutboxStore(folder)};
            QVERIFY(outbox.entries().isEmpty());
            kept = keptFile(path);
            QVERIFY2(!kept.isEmpty(), "the damaged entry is kept next to where it was");
            QCOMPARE(contents(kept), kind == Damage::Folder ? QByteArray("kept inside") : original);
            const QStringList notices = DamagedFiles::takeNotices();
            QCOMPARE(notices.size(), 1);
            QVERIFY2(notices.first().contains(kept), qPrintable(notices.first()));

            // No client: the new entry only waits, which is all this needs.
            Draft draft;
            draft.parts = {QStringLiteral("Posted after the damage")};
            newId = outbox.enqueue(draft);
            QVERIFY(!newId.isEmpty());
        }
        // The next start: the new entry is there, the kept one untouched and not told
        // again.
        Outbox restarted{OutboxStore(folder)};
        QCOMPARE(restarted.entries().size(), 1);
        QCOMPARE(restarted.entries().first().id, newId);
        QCOMPARE(contents(kept), kind == Damage::Folder ? QByteArray("kept inside") : original);
        QVERIFY(DamagedFiles::takeNotices().isEmpty());
    }

    void removedEntryTombstoneIsNotDamage()
    {
        const QString folder = m_dir->filePath(QStringLiteral("outbox"));
        const QString path = folder + QLatin1Char('/') + entryId + QStringLiteral(".json");
        damage(path, Damage::WrongTypes, {}, R"({"removed":true})");
        Outbox outbox{OutboxStore(folder)};
        QVERIFY(outbox.entries().isEmpty());
        QVERIFY(DamagedFiles::takeNotices().isEmpty());
        QVERIFY(QFile::exists(path));
        QVERIFY(keptFile(path).isEmpty());
    }

    void draftThatCannotBeMovedIsNeverWrittenOver()
    {
        if (::geteuid() == 0)
            QSKIP("root may rename in a read-only folder: nothing here could stop the move");
        const DraftStore store(m_dir->filePath(QStringLiteral("drafts")));
        const QString path = store.directory() + QStringLiteral("/main.json");
        const QByteArray original = damage(path, Damage::Truncated, validDraftBytes(), {});
        QVERIFY(QFile::setPermissions(store.directory(), QFile::ReadOwner | QFile::ExeOwner));

        DraftAutosave autosave(store, QStringLiteral("main"));
        QVERIFY(autosave.load().isBlank());
        const QStringList notices = DamagedFiles::takeNotices();
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().contains(path), qPrintable(notices.first()));

        QVERIFY(QFile::setPermissions(store.directory(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QSignalSpy failed(&autosave, &DraftAutosave::saveFailed);
        Draft typed;
        typed.parts = {QStringLiteral("Typed over a file that could not be moved")};
        autosave.changed(typed);
        QVERIFY(!autosave.flush());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(path));
        QCOMPARE(contents(path), original);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"
