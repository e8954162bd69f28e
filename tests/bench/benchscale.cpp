// Posthorn at scale, for tests/bench/scale.sh (a benchmark, not a timed test):
//   bench-scale profile ACCOUNTS ENTRIES
//       writes, into the XDG folders of the environment, the profile of a heavy user:
//       ACCOUNTS accounts and ENTRIES posts waiting in the outbox, through Posthorn's
//       own stores, so that the files are exactly what Posthorn writes.
//   bench-scale memory POSTS SEARCHES
//       runs the real shell (tray and main window) against a sandbox, posts POSTS times through the
//       composer and runs SEARCHES searches in the search panel, and prints the PSS of
//       the process every 100 of each ("posts=N pss_kb=…", "searches=N pss_kb=…").
// Run inside tests/headless-session.sh (the memory run needs a display and a keyring).
#include "appcontext.h"
#include "appshell.h"
#include "compose/draft.h"
#include "launch/launchrequest.h"
#include "mainwindow.h"
#include "outbox/outboxentry.h"
#include "outbox/outboxstore.h"
#include "sandboxprocess.h"
#include "settings/accountstore.h"
#include "signedinaccount.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTest>

#include <cstdio>

namespace {

qint64 pssKb()
{
    QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    // A /proc file has no size, so it is read whole rather than line by line to its end.
    const QList<QByteArray> lines = rollup.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int writeProfile(int accounts, int entries)
{
    AccountStore store;
    QString firstKey;
    for (int i = 1; i <= accounts; ++i) {
        AccountRecord account;
        // A port nothing listens on: the benchmark measures start-up, not a server.
        account.instanceUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        account.accountId = QString::number(i);
        account.acct = QStringLiteral("user%1").arg(i);
        account.displayName = QStringLiteral("User %1").arg(i);
        store.save(account);
        if (firstKey.isEmpty())
            firstKey = account.key();
    }
    store.setCurrentAccountKey(firstKey);
    const OutboxStore outbox;
    for (int i = 0; i < entries; ++i) {
        Draft draft;
        draft.accountKey = QStringLiteral("127.0.0.1:9/%1").arg(i % accounts + 1);
        draft.parts = {QStringLiteral("Waiting post number %1, written while offline, with a "
                                      "link https://example.org/%1 and a #tag.")
                           .arg(i)};
        QString error;
        if (!outbox.save(OutboxEntry::create(draft), &error)) {
            std::fprintf(stderr, "bench-scale: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("profile: %d accounts, %d outbox entries\n", accounts, entries);
    // What start-up pays for them: the outbox is read before the first window.
    QElapsedTimer timer;
    timer.start();
    const qsizetype loaded = outbox.loadAll().size();
    std::printf("outbox_load_ms=%lld entries=%lld\n", timer.elapsed(), qint64(loaded));
    return 0;
}

int measureMemory(int posts, int searches)
{
    SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "bench-scale: the sandbox did not start\n%s\n",
                     qPrintable(sandbox.output()));
        return 1;
    }
    // A long session of a busy account: no request limit to wait for.
    sandbox.control("POST", QStringLiteral("/_sandbox/ratelimit"),
                    {{QStringLiteral("limit"), 1000000}, {QStringLiteral("windowSeconds"), 1}});
    AppContext context;
    if (!SignedInAccount::addAndConnect(context, sandbox)) {
        std::fprintf(stderr, "bench-scale: no account (is a keyring running?)\n");
        return 1;
    }
    // As the posthorn process runs: the shell with its tray and main window.
    AppShell shell(&context);
    shell.start(LaunchRequest());
    MainWindow &window = *shell.mainWindow();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        std::fprintf(stderr, "bench-scale: the main window did not get the keyboard\n");
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("composerStatus"));
    std::printf("posts=0 pss_kb=%lld\n", pssKb());
    std::fflush(stdout);
    for (int i = 1; i <= posts; ++i) {
        // Mastodon allows 300 statuses in three hours: the sandbox's clock moves on.
        if (i % 250 == 0)
            sandbox.control("POST", QStringLiteral("/_sandbox/clock"),
                            {{QStringLiteral("advanceSeconds"), 3 * 3600}});
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Post number %1 of a long day").arg(i));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        if (!QTest::qWaitFor([&] { return text->toPlainText().isEmpty(); }, 10000)) {
            std::fprintf(stderr, "bench-scale: post %d did not go out: %s\n", i,
                         qPrintable(status->text()));
            return 1;
        }
        if (i % 100 == 0) {
            std::printf("posts=%d pss_kb=%lld\n", i, pssKb());
            std::fflush(stdout);
        }
    }
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *results = window.findChild<QListView *>(QStringLiteral("searchResults"));
    const QStringList names{QStringLiteral("alice"), QStringLiteral("yuki"), QStringLiteral("news"),
                            QStringLiteral("anna")};

    for (int i = 1; i <= searches; ++i) {
        field->clear();
        if (!QTest::qWaitFor([&] { return results->model()->rowCount() == 0; }, 5000))
            return 1;
        QTest::keyClicks(field, names.at(i % names.size()));
        if (!QTest::qWaitFor([&] { return results->model()->rowCount() > 0; }, 10000)) {
            std::fprintf(stderr, "bench-scale: search %d found nothing\n", i);
            return 1;
        }
        if (i % 100 == 0) {
            std::printf("searches=%d pss_kb=%lld\n", i, pssKb());
            std::fflush(stdout);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("posthorn"));
    QCoreApplication::setOrganizationName(QStringLiteral("Posthorn"));
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (mode == "profile" && argc == 4) {
        QCoreApplication app(argc, argv);
        return writeProfile(std::atoi(argv[2]), std::atoi(argv[3]));
    }
    if (mode == "memory" && argc == 4) {
        QApplication app(argc, argv);
        return measureMemory(std::atoi(argv[2]), std::atoi(argv[3]));
    }
    std::fprintf(stderr, "usage: bench-scale profile ACCOUNTS ENTRIES | memory POSTS SEARCHES\n");
    return 64;
}
