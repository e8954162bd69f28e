#pragma once

#include <QVariantMap>
#include <QWidget>

// One line of a server's text with its custom emoji drawn as pictures, as the search
// results draw names: plain text otherwise, never markup. What does not fit is elided
// rather than widening the window.
class EmojiLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmojiLabel)

public:
    explicit EmojiLabel(QWidget *parent = nullptr);

    // Server parts of `text` must have gone through ServerText::plain already (cut,
    // controls dropped, bidi isolated), as the text may mix them with Posthorn's own.
    void setText(const QString &text);
    [[nodiscard]] QString text() const { return m_text; }
    // Shortcode (without colons) to the picture file's bytes; shortcodes without a
    // picture stay as text.
    void setEmoji(const QVariantMap &emoji);

    // What is on screen: the text with U+FFFC where a picture stands.
    [[nodiscard]] QString shownText() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QVariantMap m_emoji;
};
