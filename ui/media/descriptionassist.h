#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class ImageTextReader;
class QLabel;
class QProgressBar;
class QPushButton;

// Help with an attachment's description, on this computer: "Text from image" reads
// the text printed in the picture (Tesseract, on another thread) and offers it, with
// progress and Cancel; a note says where offered text came from, so the user checks it.
// It never writes the description itself: the attachment widget does, on textFound().
class DescriptionAssist final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescriptionAssist)

public:
    // `language` gives the post's language code ("nl") when reading starts.
    DescriptionAssist(const QString &filePath, std::function<QString()> language,
                      QWidget *parent = nullptr);

    [[nodiscard]] bool isReading() const;
    // Its widgets that Tab stops at, in the order of the layout.
    [[nodiscard]] QList<QWidget *> tabStops() const;
    // Says where the description's text came from (empty hides it).
    void showNote(const QString &note);

    void startReading();

signals:
    void textFound(const QString &text);

private:
    void setReading(bool reading);

    QString m_filePath;
    std::function<QString()> m_language;
    ImageTextReader *m_reader;
    QPushButton *m_read;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_note;
};
