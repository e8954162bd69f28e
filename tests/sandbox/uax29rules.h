#pragma once

// UAX #29 extended grapheme clusters of Unicode 15.0 in ICU's rule syntax: the clusters
// Ruby 3.2 to 3.4 (and so Mastodon) count. ICU's own root rules add a tailoring that
// joins Indic conjuncts, which Ruby does not. The sandbox's length rule and the
// counter's reference tests both segment with these.
namespace Uax29Rules {

inline constexpr char16_t graphemeClusters[] =
    u"!!chain;\n!!lookAheadHardBreak;\n"
    u"$CR = [\\p{Grapheme_Cluster_Break = CR}];\n"
    u"$LF = [\\p{Grapheme_Cluster_Break = LF}];\n"
    u"$Control = [\\p{Grapheme_Cluster_Break = Control}];\n"
    u"$Extend = [\\p{Grapheme_Cluster_Break = Extend}];\n"
    u"$ZWJ = [\\p{Grapheme_Cluster_Break = ZWJ}];\n"
    u"$RI = [\\p{Grapheme_Cluster_Break = Regional_Indicator}];\n"
    u"$Prepend = [\\p{Grapheme_Cluster_Break = Prepend}];\n"
    u"$SpacingMark = [\\p{Grapheme_Cluster_Break = SpacingMark}];\n"
    u"$L = [\\p{Grapheme_Cluster_Break = L}];\n"
    u"$V = [\\p{Grapheme_Cluster_Break = V}];\n"
    u"$T = [\\p{Grapheme_Cluster_Break = T}];\n"
    u"$LV = [\\p{Grapheme_Cluster_Break = LV}];\n"
    u"$LVT = [\\p{Grapheme_Cluster_Break = LVT}];\n"
    u"$ExtPict = [:ExtPict:];\n"
    u"$CR $LF;\n"
    u"$L ($L | $V | $LV | $LVT);\n"
    u"($LV | $V) ($V | $T);\n"
    u"($LVT | $T) $T;\n"
    u"[^$Control $CR $LF] ($Extend | $ZWJ);\n"
    u"[^$Control $CR $LF] $SpacingMark;\n"
    u"$Prepend [^$Control $CR $LF];\n"
    u"$ExtPict $Extend* $ZWJ $ExtPict;\n"
    u"^$Prepend* $RI $RI / $RI;\n"
    u"^$Prepend* $RI $RI;\n"
    u".;\n";

} // namespace Uax29Rules
