#include "texttone.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace {

// Shades that read well on a light window; the others are derived from them.
QColor baseColour(TextTone::Tone tone)
{
    switch (tone) {
    case TextTone::Tone::Problem:
        return QColor(0xc6, 0x28, 0x28);
    case TextTone::Tone::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case TextTone::Tone::Success:
        return QColor(0x1e, 0x6b, 0x34);
    case TextTone::Tone::Plain:
        break;
    }
    return {};
}

qreal luminance(const QColor &colour)
{
    const auto linear = [](qreal channel) {
        return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

qreal worstContrast(const QColor &colour, const QList<QColor> &backgrounds)
{
    qreal worst = 21;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, TextTone::contrast(colour, background));
    return worst;
}

// What is painted behind `widget`: the nearest of it and its ancestors that fills its
// background.
QColor backgroundBehind(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return widget->palette().color(QPalette::Window);
}

} // namespace

TextTone::TextTone(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    widget->installEventFilter(this);
}

void TextTone::apply(QWidget *widget, Tone tone)
{
    auto *toner = widget->findChild<TextTone *>(QString(), Qt::FindDirectChildrenOnly);
    if (!toner) {
        if (tone == Tone::Plain)
            return;
        toner = new TextTone(widget);
    }
    if (toner->m_tone == tone)
        return;
    toner->m_tone = tone;
    toner->recolour();
}

qreal TextTone::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor TextTone::readableOn(Tone tone, const QList<QColor> &backgrounds)
{
    const QColor base = baseColour(tone);
    if (!base.isValid() || backgrounds.isEmpty() ||
        worstContrast(base, backgrounds) >= minimumContrast)
        return base;
    // Towards black on a light background, towards white on a dark one; the hue stays,
    // so a problem still looks like one.
    const bool darken = worstContrast(QColor(Qt::black), backgrounds) >=
                        worstContrast(QColor(Qt::white), backgrounds);
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    base.getHslF(&hue, &saturation, &lightness);
    QColor best = base;
    qreal bestContrast = worstContrast(base, backgrounds);
    constexpr int steps = 64;
    for (int step = 1; step <= steps; ++step) {
        const float amount = float(step) / steps;
        const float shade =
            darken ? lightness * (1 - amount) : lightness + (1 - lightness) * amount;
        const QColor candidate = QColor::fromHslF(hue, saturation, shade);
        const qreal ratio = worstContrast(candidate, backgrounds);
        if (ratio >= minimumContrast)
            return candidate;
        if (ratio > bestContrast) {
            best = candidate;
            bestContrast = ratio;
        }
    }
    return best;
}

bool TextTone::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::PaletteChange && !m_recolouring)
        recolour();
    return QObject::eventFilter(watched, event);
}

void TextTone::recolour()
{
    m_recolouring = true;
    // Only the text colour becomes the widget's own; the other roles still come from
    // its parent, so a change of theme reaches it (and this filter) as before.
    QPalette palette;
    if (m_tone != Tone::Plain) {
        const QColor colour = readableOn(
            m_tone, {m_widget->palette().color(QPalette::Window), backgroundBehind(m_widget)});
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            palette.setColor(group, QPalette::WindowText, colour);
    }
    m_widget->setPalette(palette);
    m_recolouring = false;
}
