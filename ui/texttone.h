#pragma once

#include <QColor>
#include <QList>
#include <QObject>

class QWidget;

// Colours a widget's text by what it says (a problem, a warning, a success) in a shade
// that stays readable where it is drawn: at least WCAG's 4.5:1 against the palette's
// window colour and the background behind the widget. The shade is picked again on
// every palette change, so text readable in a light theme stays readable in a dark one,
// which a colour written into a style sheet does not. It owns the widget's palette.
class TextTone final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextTone)

public:
    enum class Tone { Plain, Problem, Warning, Success };

    static constexpr qreal minimumContrast = 4.5;

    // Plain gives the widget back the palette's own text colour.
    static void apply(QWidget *widget, Tone tone);

    // The tone's colour, darkened or lightened as far as needed to reach minimumContrast
    // against each of `backgrounds` (or as close as its hue gets).
    [[nodiscard]] static QColor readableOn(Tone tone, const QList<QColor> &backgrounds);
    // The WCAG 2 contrast ratio: 1 for the same colour, 21 for black on white.
    [[nodiscard]] static qreal contrast(const QColor &a, const QColor &b);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TextTone(QWidget *widget);
    void recolour();

    QWidget *m_widget;
    Tone m_tone = Tone::Plain;
    bool m_recolouring = false;
};
