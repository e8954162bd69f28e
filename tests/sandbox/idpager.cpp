#include "idpager.h"

#include "sandboxrequest.h"

#include <QUrl>

#include <limits>

IdPager::Page IdPager::page(const QStringList &idsNewestFirst, const SandboxRequest &request,
                            const QString &url, int defaultLimit, int maxLimit)
{
    bool limitOk = false;
    int limit = request.str(QStringLiteral("limit")).toInt(&limitOk);
    limit = !limitOk || limit <= 0 ? defaultLimit : qMin(limit, maxLimit);
    auto bound = [&request](const QString &key, qint64 fallback) {
        bool ok = false;
        const qint64 value = request.str(key).toLongLong(&ok);
        return request.has(key) && ok ? value : fallback;
    };
    const qint64 maxId = bound(QStringLiteral("max_id"), std::numeric_limits<qint64>::max());
    const qint64 sinceId = bound(QStringLiteral("since_id"), std::numeric_limits<qint64>::min());
    const qint64 minId = bound(QStringLiteral("min_id"), std::numeric_limits<qint64>::min());

    QStringList inRange;
    for (const QString &id : idsNewestFirst) {
        const qint64 value = id.toLongLong();
        if (value < maxId && value > sinceId && value > minId)
            inRange.append(id);
    }
    Page result;
    // min_id asks for the page just above it (the oldest newer ones); the others for the
    // newest ones below max_id.
    result.ids = request.has(QStringLiteral("min_id"))
                     ? inRange.mid(qMax(0, inRange.size() - limit))
                     : inRange.mid(0, limit);
    if (result.ids.isEmpty())
        return result;

    // The links keep the list's own filters, never the token or the paging of this page.
    QString kept;
    for (const char *name : {"limit", "exclude_replies", "exclude_reblogs", "only_media", "pinned",
                             "tagged", "local", "remote"}) {
        const QString key = QString::fromLatin1(name);
        if (request.has(key))
            kept += key + QLatin1Char('=') +
                    QString::fromLatin1(QUrl::toPercentEncoding(request.str(key))) +
                    QLatin1Char('&');
    }
    const QString next =
        url + QLatin1Char('?') + kept + QStringLiteral("max_id=") + result.ids.constLast();
    const QString prev =
        url + QLatin1Char('?') + kept + QStringLiteral("min_id=") + result.ids.constFirst();
    result.link = "<" + next.toUtf8() + ">; rel=\"next\", <" + prev.toUtf8() + ">; rel=\"prev\"";
    return result;
}
