#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

// Reads the text printed in a picture with Tesseract OCR, on this computer: nothing
// leaves the machine. Recognition takes seconds for a screenshot, so it runs on a pool
// thread; the GUI thread only polls how far it got. One reading at a time per object.
class ImageTextReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTextReader)

public:
    explicit ImageTextReader(QObject *parent = nullptr);
    // Cancels a running reading; its thread stops at Tesseract's next question.
    ~ImageTextReader() override;

    // Tesseract's language for a post's ISO 639-1 code ("nl" → "nld"); English for any
    // language whose data is not installed, and for none.
    [[nodiscard]] static QString tesseractLanguage(const QString &postLanguage);

    // Reads the picture at `filePath` in the post's language. A running reading is
    // cancelled first.
    void start(const QString &filePath, const QString &postLanguage);
    // Stops as soon as Tesseract next asks; cancelled() follows.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_run != nullptr; }

signals:
    // Percent done, 0 to 100.
    void progressed(int percent);
    // The text found, lines kept, blank lines and trailing spaces dropped; empty when
    // the picture holds no text Tesseract can read.
    void finished(const QString &text);
    void cancelled();
    // The picture could not be read, or Tesseract has no language data.
    void failed(const QString &message);

private:
    struct Run;
    struct Outcome
    {
        bool ok = false;
        QString text;
        QString problem;
    };
    [[nodiscard]] static Outcome read(const std::shared_ptr<Run> &run, const QString &filePath,
                                      const QString &language);
    void onFinished(const Outcome &outcome);

    std::shared_ptr<Run> m_run;
    QTimer m_progressTimer;
};
