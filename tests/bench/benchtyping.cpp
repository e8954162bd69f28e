// Typing into a long post with every writing aid on (a benchmark, not a timed test):
// the real main window, signed in to a sandbox, a 5,000-character post in one paragraph
// (the worst case for per-paragraph highlighting) with links, mentions, hashtags and
// misspelt words. It types KEYS characters in the middle of it, at about 12 a second
// with a pause after every sentence (so language detection runs, as it would), and
// times each keystroke from the key event to the end of the text field's repaint.
// Then it reads what the dictionaries add to the process's memory (PSS).
//   bench-typing [KEYS]
// Prints "spelling=on|off median_ms=… p99_ms=… max_ms=…", "detection_ms=…" and
// "dictionary=<name> pss_kb=…" lines. Run by tests/bench/typing.sh.
#include "appcontext.h"
#include "compose/languagedetector.h"
#include "compose/spellchecker.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "settings/spellingpreference.h"
#include "signedinaccount.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

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

QString longPost()
{
    const QString sentence = QStringLiteral(
        "Yesterday we walked along the river to the old mill, where @alice@example.social "
        "showed us her new camera and the photos from https://example.org/photos/river-walk "
        "that she took last weekk, and we talked about #photography and the wether. ");
    QString text;
    while (text.size() < 5000)
        text += sentence;
    return text.left(5000);
}

// Sets a flag when the watched widget has been sent a paint event.
class PaintWatcher final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

void typeAndTime(QPlainTextEdit *edit, int keys, const char *label)
{
    PaintWatcher watcher;
    edit->viewport()->installEventFilter(&watcher);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(2500);
    edit->setTextCursor(cursor);
    const QString typed =
        QStringLiteral("Then the rain came and we hurried home across the feilds, laughing. ");
    std::vector<double> times;
    QElapsedTimer clock;
    for (int i = 0; i < keys; ++i) {
        const QChar c = typed.at(i % typed.size());
        watcher.painted = false;
        clock.start();
        QTest::keyClick(edit, c.toLatin1());
        while (!watcher.painted && clock.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        // About 12 keystrokes a second, and a pause after a sentence, in which the
        // debounced language detection and the draft's autosave run.
        QTest::qWait(c == QLatin1Char('.') ? 800 : 80);
    }
    edit->viewport()->removeEventFilter(&watcher);
    std::printf("spelling=%s keys=%d median_ms=%.2f p99_ms=%.2f max_ms=%.2f\n", label, keys,
                percentile(times, 0.5), percentile(times, 0.99),
                *std::max_element(times.begin(), times.end()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int keys = argc > 1 ? QByteArray(argv[1]).toInt() : 300;

    // What each dictionary adds, loaded one after the other before anything else.
    {
        std::vector<std::unique_ptr<SpellChecker>> checkers;
        qint64 before = pssKb();
        for (const char *language : {"en", "nl", "de"}) {
            auto checker = std::make_unique<SpellChecker>();
            checker->setLanguage(QString::fromLatin1(language));
            // A first check makes the dictionary read whatever it reads lazily.
            (void)checker->isCorrect(QStringLiteral("hello"));
            const qint64 after = pssKb();
            std::printf("dictionary=%s pss_kb=%lld\n", qPrintable(checker->dictionaryName()),
                        after - before);
            before = after;
            checkers.push_back(std::move(checker));
        }
        const qint64 beforeDetection = pssKb();
        const QString text = longPost();
        (void)LanguageDetector::detect(text);
        std::printf("dictionary=cld2 pss_kb=%lld\n", pssKb() - beforeDetection);
        std::vector<double> detections;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer clock;
            clock.start();
            (void)LanguageDetector::clearlyOther(text, QStringLiteral("nl"));
            detections.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        std::printf("detection_ms=%.3f (median of 50, the whole post)\n",
                    percentile(detections, 0.5));
        std::fflush(stdout);
    }

    SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "bench-typing: the sandbox did not start\n");
        return 1;
    }
    AppContext context;
    if (!SignedInAccount::addAndConnect(context, sandbox)) {
        std::fprintf(stderr, "bench-typing: could not sign in to the sandbox\n");
        return 1;
    }
    MainWindow window(&context);
    window.resize(900, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.focusComposer();
    auto *edit = window.findChild<QPlainTextEdit *>(QStringLiteral("composerText"));
    auto *languages = window.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    if (!QTest::qWaitFor([&] { return languages->findData(QStringLiteral("en")) >= 0; }, 10000))
        return 1;
    languages->setCurrentIndex(languages->findData(QStringLiteral("en")));
    emit languages->activated(languages->currentIndex());
    edit->setPlainText(longPost());
    // Pacing, not waiting for a result: the post's first highlighting pass and the
    // debounced detection run before the first timed key, so they are not measured.
    QTest::qWait(500);

    SpellingPreference::instance()->setEnabled(true);
    typeAndTime(edit, keys, "on");
    SpellingPreference::instance()->setEnabled(false);
    typeAndTime(edit, keys, "off");
    SpellingPreference::instance()->setEnabled(true);
    return 0;
}
