#pragma once

#include <QToolButton>

class CompletionSearch;
class EmojiPicker;

// The composer's Emoji button: opens the emoji picker under itself (also from
// Ctrl+; or Ctrl+., the keys GNOME and KDE applications use) and says what was picked.
class EmojiButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmojiButton)

public:
    EmojiButton(CompletionSearch *search, QWidget *parent);

    void openPicker();
    // nullptr until the picker is first opened.
    [[nodiscard]] EmojiPicker *picker() const { return m_picker; }

signals:
    // The text to insert at the cursor.
    void emojiPicked(const QString &text);

private:
    CompletionSearch *m_search;
    EmojiPicker *m_picker = nullptr;
};
