#include "postlink.h"

#include <QUrl>

bool PostLink::looksLikeOne(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')) ||
        trimmed.contains(QLatin1Char('\n')))
        return false;
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString path = url.path();
    return url.isValid() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty() && path.size() > 1 && path != QLatin1String("/");
}
