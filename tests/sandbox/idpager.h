#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class SandboxRequest;

// Mastodon's paging of lists ordered by numeric id, newest first: `limit`, `max_id`,
// `since_id`, `min_id`, and a Link header with the next (older) and previous (newer) page.
class IdPager
{
public:
    struct Page
    {
        QStringList ids; // newest first
        QByteArray link; // empty when the page is empty, as Mastodon sends none then
    };

    // idsNewestFirst: every id the list holds; url: origin and path the links point to.
    [[nodiscard]] static Page page(const QStringList &idsNewestFirst, const SandboxRequest &request,
                                   const QString &url, int defaultLimit = 20, int maxLimit = 40);
};
