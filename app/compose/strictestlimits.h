#pragma once

#include "api/instanceconfiguration.h"

#include <QList>

// The limits a cross-post must keep: one post that every one of several servers takes.
// Each number is the strictest of theirs (the smallest maximum, the largest minimum, the
// most characters a link counts for); media types are those every server lists.
class StrictestLimits final
{
public:
    StrictestLimits() = delete;

    // Mastodon's defaults for no servers; the one server's own limits for one.
    [[nodiscard]] static InstanceConfiguration of(const QList<InstanceConfiguration> &servers);
};
