#pragma once

#include <QString>

// Whether text may be a post's link, before anything asks a server: the command line
// (--reply-to, --quote), `posthorn post` and the composer's paste offer check it.
class PostLink final
{
public:
    PostLink() = delete;

    // A single http(s) link with a path after the host.
    [[nodiscard]] static bool looksLikeOne(const QString &text);
};
