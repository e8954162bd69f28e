#include "emojilabel.h"

#include "emojitext.h"

#include <QPainter>

EmojiLabel::EmojiLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void EmojiLabel::setText(const QString &text)
{
    m_text = text;
    setAccessibleName(m_text);
    updateGeometry();
    update();
}

void EmojiLabel::setEmoji(const QVariantMap &emoji)
{
    m_emoji = emoji;
    updateGeometry();
    update();
}

QString EmojiLabel::shownText() const
{
    QString shown;
    const QList<EmojiText::Piece> pieces =
        EmojiText::split(m_text, m_emoji, fontMetrics().height(), devicePixelRatioF());
    for (const EmojiText::Piece &piece : pieces)
        shown += piece.picture.isNull() ? piece.text : QString(QChar(0xFFFC));
    return shown;
}

QSize EmojiLabel::sizeHint() const
{
    const QList<EmojiText::Piece> pieces =
        EmojiText::split(m_text, m_emoji, fontMetrics().height(), devicePixelRatioF());
    const QMargins margins = contentsMargins();
    return {EmojiText::width(pieces, fontMetrics()) + margins.left() + margins.right(),
            fontMetrics().height() + margins.top() + margins.bottom()};
}

QSize EmojiLabel::minimumSizeHint() const
{
    // A long name is elided; it does not decide how wide the window can be.
    return {fontMetrics().horizontalAdvance(QChar(0x2026)) * 3, sizeHint().height()};
}

void EmojiLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    EmojiText::paint(
        &painter, contentsRect(),
        EmojiText::split(m_text, m_emoji, fontMetrics().height(), devicePixelRatioF()));
}
