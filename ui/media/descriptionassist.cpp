#include "descriptionassist.h"

#include "media/imagetextreader.h"
#include "text/plainlabel.h"
#include "texttone.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

DescriptionAssist::DescriptionAssist(const QString &filePath, std::function<QString()> language,
                                     QWidget *parent)
    : QWidget(parent)
    , m_filePath(filePath)
    , m_language(std::move(language))
    , m_reader(new ImageTextReader(this))
{
    const QString fileName = QFileInfo(filePath).fileName();
    m_read = new QPushButton(tr("Text from &image"), this);
    m_read->setObjectName(QStringLiteral("mediaTextFromImage"));
    m_read->setAccessibleName(tr("Text from image: read the text in %1").arg(fileName));
    m_read->setToolTip(tr("Reads the text printed in the picture, on this computer, and "
                          "offers it as the description. Nothing is sent anywhere."));
    m_read->setAutoDefault(false);
    // Only pictures have text to read; the button is not offered for video or audio.
    m_read->setVisible(QImageReader(filePath).canRead());

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("mediaTextProgress"));
    m_progress->setAccessibleName(tr("Reading the text in the picture"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("mediaTextCancel"));
    m_cancel->setAccessibleName(tr("Stop reading the text in %1").arg(fileName));
    m_cancel->setAutoDefault(false);
    m_cancel->hide();

    m_note = new PlainLabel(this);
    m_note->setObjectName(QStringLiteral("mediaDescriptionNote"));
    m_note->setAccessibleName(tr("Where the description came from"));
    m_note->setWordWrap(true);
    TextTone::apply(m_note, TextTone::Tone::Plain);
    m_note->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_read);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_note);

    connect(m_read, &QPushButton::clicked, this, &DescriptionAssist::startReading);
    connect(m_cancel, &QPushButton::clicked, m_reader, &ImageTextReader::cancel);
    connect(m_reader, &ImageTextReader::progressed, m_progress, &QProgressBar::setValue);
    connect(m_reader, &ImageTextReader::cancelled, this, [this] {
        setReading(false);
        showNote(QString());
    });
    connect(m_reader, &ImageTextReader::failed, this, [this](const QString &message) {
        setReading(false);
        showNote(message);
    });
    connect(m_reader, &ImageTextReader::finished, this, [this](const QString &text) {
        setReading(false);
        if (text.isEmpty()) {
            showNote(tr("No text found in the picture."));
            return;
        }
        showNote(tr("Text read from the picture: check it, and say what the picture shows."));
        emit textFound(text);
    });
}

bool DescriptionAssist::isReading() const
{
    return m_reader->isRunning();
}

QList<QWidget *> DescriptionAssist::tabStops() const
{
    return {m_read, m_cancel};
}

void DescriptionAssist::showNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void DescriptionAssist::startReading()
{
    showNote(tr("Reading the text in the picture…"));
    setReading(true);
    m_reader->start(m_filePath, m_language ? m_language() : QString());
}

void DescriptionAssist::setReading(bool reading)
{
    const bool hadFocus = m_cancel->hasFocus() || m_read->hasFocus();
    m_progress->setValue(0);
    m_progress->setVisible(reading);
    m_cancel->setVisible(reading);
    m_read->setEnabled(!reading);
    // The keyboard stays on the control that replaces the one it was on.
    if (hadFocus)
        (reading ? m_cancel : m_read)->setFocus();
}
