#include "emojibutton.h"

#include "compose/emojipicker.h"

EmojiButton::EmojiButton(CompletionSearch *search, QWidget *parent)
    : QToolButton(parent)
    , m_search(search)
{
    setObjectName(QStringLiteral("emojiButton"));
    setText(tr("Emoji…"));
    setAccessibleName(tr("Insert emoji"));
    setToolTip(tr("Insert emoji (Ctrl+;)"));
    connect(this, &QToolButton::clicked, this, &EmojiButton::openPicker);
}

void EmojiButton::openPicker()
{
    // Made on first use: its widgets took a quarter of the main window's start-up.
    if (!m_picker) {
        m_picker = new EmojiPicker(m_search, this);
        connect(m_picker, &EmojiPicker::picked, this, [this](const QString &emoji) {
            // A custom emoji's shortcode needs a space after it to be one.
            emit emojiPicked(emoji.startsWith(QLatin1Char(':')) ? emoji + QLatin1Char(' ') : emoji);
        });
    }
    m_picker->openUnder(this);
}
