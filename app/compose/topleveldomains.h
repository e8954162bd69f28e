#pragma once

#include <QStringView>

// The top-level domains that Mastodon's URL extraction (twitter-text's valid_domain)
// recognises. A URL whose host does not end in one of them (localhost, *.test, a bare IPFS
// hash) is not a link to the server, so it is counted as written, not as a URL.
class TopLevelDomains final
{
public:
    TopLevelDomains() = delete;

    // The length of the top-level domain the server's pattern takes at the start of `text`:
    // a known generic or country TLD (any case) not followed by [0-9a-z@+-], or an
    // xn--punycode label. 0 when there is none.
    [[nodiscard]] static qsizetype matchLength(QStringView text);
};
