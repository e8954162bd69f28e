#include "searchquery.h"

#include <QRegularExpression>
#include <QUrl>

namespace SearchQuery {

bool wantsResolve(const QString &query)
{
    const QString text = query.trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char(' ')))
        return false;
    // Mastodon usernames are letters, digits and underscores (dots and dashes inside
    // for some other servers); the domain may be internationalised or carry a port.
    static const QRegularExpression handle(
        QStringLiteral("^@?[A-Za-z0-9_][A-Za-z0-9_.-]*@[^\\s@/?#]+$"));
    if (handle.match(text).hasMatch())
        return true;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace SearchQuery
