#pragma once

#include "compose/draft.h"

struct Status;

// "Delete and redraft": a deleted post back as a new draft, as Mastodon's web composer
// does it. The text is the source the DELETE answered with (never the rendered HTML),
// media are named by their ids (Mastodon keeps a deleted post's media so that they can
// be attached again), and a poll comes back with its options and how long it ran.
class Redraft final
{
public:
    Redraft() = delete;

    [[nodiscard]] static Draft fromDeleted(const Status &status, const QString &accountKey);
};
