#include "plainlabel.h"

PlainLabel::PlainLabel(QWidget *parent)
    : PlainLabel(QString(), parent)
{}

PlainLabel::PlainLabel(const QString &text, QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setText(text);
}

void PlainLabel::fitServerText()
{
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void PlainLabel::setServerText(const QString &text, qsizetype limit)
{
    setText(ServerText::plain(text, limit));
}
