// The main() of the fuzz_replay_* tests: runs a fuzz target's LLVMFuzzerTestOneInput over
// every file in the folders given, as libFuzzer replays a corpus, so builds without
// libFuzzer (g++, the dev and asan presets) still run the seeds and every crash kept.
// A crash or a failed check aborts, which fails the test.

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString folder = QFile::decodeName(argv[i]);
        if (!QFileInfo(folder).isDir())
            continue; // a target may have no regressions yet
        QStringList files;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            // A buffer of exactly the input's size, as libFuzzer passes it, so that
            // AddressSanitizer sees a read past the end (QByteArray has a spare NUL).
            const auto size = static_cast<std::size_t>(bytes.size());
            const std::unique_ptr<std::uint8_t[]> data(new std::uint8_t[size ? size : 1]);
            std::memcpy(data.get(), bytes.constData(), size);
            std::fprintf(stderr, "replay: %s\n", qPrintable(path));
            LLVMFuzzerTestOneInput(data.get(), size);
            ++replayed;
        }
    }
    std::printf("replay: %d inputs replayed without a crash\n", replayed);
    // No input at all means a wrong folder, not a pass.
    return replayed > 0 ? 0 : 1;
}
