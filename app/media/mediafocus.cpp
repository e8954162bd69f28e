#include "mediafocus.h"

#include <QStringList>

#include <cmath>

namespace {

// Two decimals are more than a thumbnail can show, and the text stays short.
double rounded(double value)
{
    return std::round(qBound(-1.0, value, 1.0) * 100) / 100;
}

} // namespace

MediaFocus::MediaFocus(double x, double y)
    : m_x(rounded(x))
    , m_y(rounded(y))
{}

MediaFocus MediaFocus::fromString(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool okX = false;
    bool okY = false;
    const double x = parts.value(0).trimmed().toDouble(&okX);
    const double y = parts.value(1).trimmed().toDouble(&okY);
    if (parts.size() != 2 || !okX || !okY || std::isnan(x) || std::isnan(y))
        return MediaFocus();
    return MediaFocus(x, y);
}

MediaFocus MediaFocus::fromPosition(QPointF position, double width, double height)
{
    if (width <= 0 || height <= 0)
        return MediaFocus();
    return MediaFocus(2 * position.x() / width - 1, 1 - 2 * position.y() / height);
}

QString MediaFocus::toString() const
{
    return QString::number(m_x, 'f', 2) + QLatin1Char(',') + QString::number(m_y, 'f', 2);
}

QPointF MediaFocus::toPosition(double width, double height) const
{
    return {(m_x + 1) / 2 * width, (1 - m_y) / 2 * height};
}

MediaFocus MediaFocus::movedBy(double dx, double dy) const
{
    return MediaFocus(m_x + dx, m_y + dy);
}
