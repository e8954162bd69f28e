// A full disk as a user meets it: the data folder is a small tmpfs that fills up while
// the user types and posts. The composer says so, keeps the text, leaves the draft on
// disk as it was, and carries on once space is free again. Mounting needs root; without
// it the test is skipped.
#include "appcontext.h"
#include "compose/composerwidget.h"
#include "sandboxprocess.h"
#include "signedinaccount.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QString m_mountPoint;
    bool m_mounted = false;

    static bool mountCommand(const QString &program, const QStringList &args, QString *output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, args);
        const bool ok = process.waitForFinished(10000) &&
                        process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
        return ok;
    }

    QString dataDir() const { return m_mountPoint + QStringLiteral("/Posthorn/posthorn"); }
    QString draftPath() const { return dataDir() + QStringLiteral("/drafts/main.json"); }
    QString fillerPath() const { return m_mountPoint + QStringLiteral("/filler"); }

    QByteArray draftOnDisk() const
    {
        QFile file(draftPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QStringList draftPartsOnDisk() const
    {
        QStringList parts;
        const QJsonObject draft = QJsonDocument::fromJson(draftOnDisk()).object();
        for (const QJsonValue &part : draft.value(QStringLiteral("parts")).toArray())
            parts.append(part.toString());
        return parts;
    }

    // Writes until the file system has no byte left.
    bool fillDisk() const
    {
        QFile filler(fillerPath());
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        // The last partial block too, byte by byte.
        while (filler.write("x", 1) == 1) {
        }
        return true;
    }

    int postedCount(const QString &text)
    {
        int count = 0;
        for (const QJsonValue &status : m_sandbox.statuses())
            count += status[QStringLiteral("text")].toString() == text ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Posthorn"));
        QCoreApplication::setApplicationName(QStringLiteral("posthorn"));
        QVERIFY(m_home.isValid());
        m_mountPoint = m_home.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_mountPoint));
        if (::geteuid() != 0)
            QSKIP("mounting the small data folder (tmpfs) needs root");
        QString output;
        if (!mountCommand(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=256k,mode=0700"), QStringLiteral("tmpfs"),
                           m_mountPoint},
                          &output))
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") + output));
        m_mounted = true;
        qputenv("XDG_DATA_HOME", m_mountPoint.toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
    }

    void cleanupTestCase()
    {
        if (!m_mounted)
            return;
        QString output;
        // The composer's background writer has finished with the folder by now.
        if (!mountCommand(QStringLiteral("umount"), {m_mountPoint}, &output))
            qWarning("could not unmount %s: %s", qPrintable(m_mountPoint), qPrintable(output));
    }

    void fullDiskKeepsTextAndOldDraftThenSavesAndPostsOnceWhenSpaceReturns()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        ComposerWidget composer(&context, QStringLiteral("main"), ComposerWidget::Layout::Full);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        auto *text = composer.findChild<QPlainTextEdit *>();
        QVERIFY(text);
        auto *problem = composer.findChild<QLabel *>(QStringLiteral("composerProblem"));
        QVERIFY(problem);

        const QString before = QStringLiteral("Written before the disk filled");
        QTest::keyClicks(text, before);
        composer.saveNow();
        QCOMPARE(draftPartsOnDisk(), QStringList{before});
        const QByteArray savedBefore = draftOnDisk();

        // The disk fills while the user goes on typing.
        QVERIFY(fillDisk());
        const QString after = before + QStringLiteral(", and after");
        QTest::keyClicks(text, QStringLiteral(", and after"));
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 5000);
        QVERIFY2(problem->text().contains(QLatin1String("disk is full")),
                 qPrintable(problem->text()));
        QCOMPARE(text->toPlainText(), after);
        // What was on disk is still there, whole.
        QCOMPARE(draftOnDisk(), savedBefore);

        // Post cannot put it in the outbox: it says so, and nothing goes out.
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(problem->isVisible() &&
                                      problem->text().contains(QLatin1String("disk is full")),
                                  qPrintable(problem->text()), 5000);
        QCOMPARE(text->toPlainText(), after);
        QVERIFY(text->isEnabled() && !text->isReadOnly());
        QCOMPARE(postedCount(after), 0);
        QVERIFY(QDir(dataDir() + QStringLiteral("/outbox"))
                    .entryList({QStringLiteral("*.json")}, QDir::Files)
                    .isEmpty());
        QCOMPARE(draftOnDisk(), savedBefore);

        // Space returns: the draft saves by itself, the message goes, Post works once.
        QVERIFY(QFile::remove(fillerPath()));
        QTRY_COMPARE_WITH_TIMEOUT(draftPartsOnDisk(), QStringList{after}, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!problem->isVisible(), 5000);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        auto *status = composer.findChild<QLabel *>(QStringLiteral("composerStatus"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            postedCount(after) == 1,
            qPrintable(QStringLiteral("problem \"%1\", status \"%2\", outbox %3")
                           .arg(problem->text(), status ? status->text() : QString(),
                                QDir(dataDir() + QStringLiteral("/outbox"))
                                    .entryList(QDir::Files)
                                    .join(QLatin1Char(' ')))),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(dataDir() + QStringLiteral("/outbox")).isEmpty(QDir::Files | QDir::NoDotAndDotDot),
            10000);
        QCOMPARE(postedCount(after), 1);
    }
};

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
