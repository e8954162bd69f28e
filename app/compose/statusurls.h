#pragma once

#include <QList>
#include <QStringView>

// The links in a status as Mastodon finds them before it counts: Extractor's
// extract_urls_with_indices(text, extract_url_without_protocol: false), that is
// twitter-text 3.1's valid_url pattern with Mastodon's overrides (more protocols, any
// non-space path characters, balanced parentheses, Unicode in queries).
//
// Only URLs with a protocol (http, https, dat, dweb, ipfs, ipns, ssb, gopher, gemini) and
// a host with a known top-level domain count; the extraction still walks over text that
// looks like a URL without a protocol, which hides a protocol inside it
// ("example.com/https://x.org" is one protocol-less match, so no URL at all).
//
// The server's pattern backtracks over every possible host start; done literally that is
// quadratic on long runs of dotted words or CJK text without spaces. This follows the
// same rules in linear time: per position it precomputes where the label ends and which
// host, if any, starts there.
class StatusUrls final
{
public:
    StatusUrls() = delete;

    struct Url
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };

    // In order, not overlapping; offsets are UTF-16 positions in `text`.
    [[nodiscard]] static QList<Url> find(QStringView text);
};
