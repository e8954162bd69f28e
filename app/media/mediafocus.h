#pragma once

#include <QPointF>
#include <QString>

// Where thumbnails of a picture should centre, as Mastodon takes it: x from −1 (left
// edge) to 1 (right edge), y from 1 (top) to −1 (bottom); 0,0 is the middle, which the
// server assumes when nothing is said. Sent as `focus` "x,y".
class MediaFocus
{
public:
    MediaFocus() = default;
    MediaFocus(double x, double y);

    // From "x,y"; the middle for text that is not a focal point.
    [[nodiscard]] static MediaFocus fromString(const QString &text);
    // From a point in a picture shown `width` by `height` pixels.
    [[nodiscard]] static MediaFocus fromPosition(QPointF position, double width, double height);

    [[nodiscard]] double x() const { return m_x; }
    [[nodiscard]] double y() const { return m_y; }
    [[nodiscard]] bool isCentre() const { return m_x == 0 && m_y == 0; }
    // "x,y" with two decimals, as Mastodon's web composer sends it.
    [[nodiscard]] QString toString() const;
    // The point in a picture shown `width` by `height` pixels.
    [[nodiscard]] QPointF toPosition(double width, double height) const;
    // Moved by dx, dy (in focus units), kept within the picture.
    [[nodiscard]] MediaFocus movedBy(double dx, double dy) const;

    friend bool operator==(const MediaFocus &a, const MediaFocus &b)
    {
        return a.m_x == b.m_x && a.m_y == b.m_y;
    }

private:
    double m_x = 0;
    double m_y = 0;
};
