// "Text from image" on a 1920×1080 screenshot (a benchmark, not a timed test): a
// desktop-like picture with a title bar, a sidebar, paragraphs and a code block is read
// by ImageTextReader RUNS times, while a 5 ms QTimer on the GUI thread notes the
// longest gap between its ticks (the longest the GUI thread was blocked; the budget is
// 50 ms).
//   bench-ocr [RUNS] [LANGUAGE]
// Prints "run=… ocr_ms=… words=… max_stall_ms=…" per run and a "median_ocr_ms=…
// max_stall_ms=…" summary. Run by tests/bench/ocr.sh.
#include "media/imagetextreader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

const QStringList paragraph{
    QStringLiteral("Posthorn posts to Mastodon from the desktop. The composer counts characters"),
    QStringLiteral("like the server does, keeps drafts that survive a crash, and sends each post"),
    QStringLiteral("exactly once through its outbox. Pictures can be described on this computer:"),
    QStringLiteral(
        "the text printed in them is read with Tesseract, and nothing leaves the machine."),
};

QImage screenshot()
{
    QImage image(1920, 1080, QImage::Format_RGB32);
    image.fill(QColor(0xec, 0xec, 0xec));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    // The title bar and a menu.
    painter.fillRect(QRect(0, 0, 1920, 36), QColor(0x3b, 0x3f, 0x46));
    font.setPixelSize(15);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(16, 0, 1000, 36), Qt::AlignVCenter,
                     QStringLiteral("Release notes – Posthorn 0.1 – Text Editor"));
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(QRect(16, 40, 1000, 24), Qt::AlignVCenter,
                     QStringLiteral("File    Edit    View    Search    Tools    Help"));
    // A sidebar of file names.
    painter.fillRect(QRect(0, 70, 320, 1010), QColor(0xdd, 0xe1, 0xe6));
    for (int i = 0; i < 28; ++i)
        painter.drawText(QRect(20, 84 + i * 34, 290, 30), Qt::AlignVCenter,
                         QStringLiteral("chapter-%1-notes.md").arg(i + 1, 2, 10, QLatin1Char('0')));
    // The page: a heading, paragraphs, a code block.
    painter.fillRect(QRect(340, 70, 1560, 1000), Qt::white);
    font.setPixelSize(28);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(380, 96, 1400, 44), Qt::AlignVCenter,
                     QStringLiteral("What is new in this release"));
    font.setPixelSize(18);
    font.setBold(false);
    painter.setFont(font);
    int y = 170;
    for (int block = 0; block < 4; ++block) {
        for (const QString &line : paragraph) {
            painter.drawText(QRect(380, y, 1480, 28), Qt::AlignVCenter, line);
            y += 30;
        }
        y += 22;
    }
    painter.fillRect(QRect(380, y, 1200, 190), QColor(0xf3, 0xf3, 0xf3));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setPixelSize(16);
    painter.setFont(mono);
    const QStringList code{
        QStringLiteral("$ installer/build.sh release"),
        QStringLiteral("$ tests/bench/ocr.sh build/release 3"),
        QStringLiteral("run=1 ocr_ms=1234 words=321 max_stall_ms=6"),
        QStringLiteral("$ posthorn post --media notice.png \"Timetable\""),
    };
    for (int i = 0; i < code.size(); ++i)
        painter.drawText(QRect(400, y + 20 + i * 40, 1160, 30), Qt::AlignVCenter, code.at(i));
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("screenshot.png"));
    if (!screenshot().save(path)) {
        std::fprintf(stderr, "bench-ocr: could not write %s\n", qPrintable(path));
        return 1;
    }
    // A window on screen, so the GUI thread has what a user's has: paint events.
    QWidget window;
    window.resize(400, 300);
    window.show();

    ImageTextReader reader;
    std::vector<qint64> times;
    qint64 worstStall = 0;
    for (int run = 1; run <= runs; ++run) {
        QElapsedTimer sinceTick;
        qint64 maxGap = 0;
        QTimer tick;
        tick.setInterval(5);
        QObject::connect(&tick, &QTimer::timeout, &app, [&] {
            maxGap = std::max(maxGap, sinceTick.elapsed());
            sinceTick.restart();
            window.update();
        });
        QEventLoop loop;
        QString found;
        QObject::connect(&reader, &ImageTextReader::finished, &loop, [&](const QString &text) {
            found = text;
            loop.quit();
        });
        QObject::connect(&reader, &ImageTextReader::failed, &loop, [&](const QString &message) {
            std::fprintf(stderr, "bench-ocr: %s\n", qPrintable(message));
            loop.exit(1);
        });
        QElapsedTimer clock;
        tick.start();
        sinceTick.start();
        clock.start();
        reader.start(path, language);
        if (loop.exec() != 0)
            return 1;
        const qint64 ms = clock.elapsed();
        // The gap up to the result's arrival counts too.
        maxGap = std::max(maxGap, sinceTick.elapsed());
        tick.stop();
        reader.disconnect(&loop);
        times.push_back(ms);
        worstStall = std::max(worstStall, maxGap);
        const qsizetype words =
            found.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
        std::printf("run=%d ocr_ms=%lld words=%lld max_stall_ms=%lld\n", run, ms,
                    static_cast<long long>(words), maxGap);
        std::fflush(stdout);
    }
    std::sort(times.begin(), times.end());
    std::printf("median_ocr_ms=%lld max_stall_ms=%lld budget_ms=50 %s\n", times[times.size() / 2],
                worstStall, worstStall < 50 ? "ok" : "OVER");
    return worstStall < 50 ? 0 : 2;
}
