#pragma once

#include <QStringView>

// Extended grapheme clusters as Unicode 15.0's UAX #29 defines them, which is what
// Mastodon's Ruby (3.2 to 3.4: Unicode 15.0) counts with String#each_grapheme_cluster.
//
// Not QTextBoundaryFinder: Qt 6.4 tailors grapheme boundaries for Indic scripts by
// syllable, so "क्ष" (KA, VIRAMA, SSA) is one cluster there but two for Ruby 3.4, and the
// composer would let through a post the server rejects. ICU 72 does the same kind of
// tailoring. Unicode 15.1's rule GB9c (Ruby 4.0 and later) also joins such conjuncts;
// following 15.0 means counting one more per conjunct against such a server, which
// errs on the safe side: the composer never promises room the server does not give.
//
// The Grapheme_Cluster_Break property is derived from QChar's general categories plus
// the few lists that no category expresses; the tests compare it with ICU's table for
// every code point.
class GraphemeClusters final
{
public:
    GraphemeClusters() = delete;

    enum class BreakClass : quint8 {
        Other,
        CR,
        LF,
        Control,
        Extend,
        ZWJ,
        RegionalIndicator,
        Prepend,
        SpacingMark,
        L,
        V,
        T,
        LV,
        LVT,
    };

    // A lone surrogate (not valid text, the server never sees one) counts as Other.
    [[nodiscard]] static int count(QStringView text);
    [[nodiscard]] static BreakClass breakClass(char32_t codePoint);
    [[nodiscard]] static bool isExtendedPictographic(char32_t codePoint);
};
