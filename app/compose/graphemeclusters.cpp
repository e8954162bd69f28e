#include "compose/graphemeclusters.h"

#include <QChar>

#include <algorithm>
#include <iterator>

namespace {

using Class = GraphemeClusters::BreakClass;

struct Range
{
    char32_t first;
    char32_t last;
};

template<std::size_t N>
bool contains(const Range (&ranges)[N], char32_t c)
{
    const Range *end = std::end(ranges);
    const Range *it = std::upper_bound(std::begin(ranges), end, c,
                                       [](char32_t v, const Range &r) { return v < r.first; });
    return it != std::begin(ranges) && c <= (it - 1)->last;
}

// emoji-data.txt 15.0, Extended_Pictographic (includes unassigned code points reserved for
// emoji, so it does not depend on which emoji the Qt version knows).
const Range extendedPictographic[] = {
    {0x00A9, 0x00A9},   {0x00AE, 0x00AE},   {0x203C, 0x203C},   {0x2049, 0x2049},
    {0x2122, 0x2122},   {0x2139, 0x2139},   {0x2194, 0x2199},   {0x21A9, 0x21AA},
    {0x231A, 0x231B},   {0x2328, 0x2328},   {0x2388, 0x2388},   {0x23CF, 0x23CF},
    {0x23E9, 0x23F3},   {0x23F8, 0x23FA},   {0x24C2, 0x24C2},   {0x25AA, 0x25AB},
    {0x25B6, 0x25B6},   {0x25C0, 0x25C0},   {0x25FB, 0x25FE},   {0x2600, 0x2605},
    {0x2607, 0x2612},   {0x2614, 0x2685},   {0x2690, 0x2705},   {0x2708, 0x2712},
    {0x2714, 0x2714},   {0x2716, 0x2716},   {0x271D, 0x271D},   {0x2721, 0x2721},
    {0x2728, 0x2728},   {0x2733, 0x2734},   {0x2744, 0x2744},   {0x2747, 0x2747},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},
    {0x2763, 0x2767},   {0x2795, 0x2797},   {0x27A1, 0x27A1},   {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},   {0x2934, 0x2935},   {0x2B05, 0x2B07},   {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x3030, 0x3030},   {0x303D, 0x303D},
    {0x3297, 0x3297},   {0x3299, 0x3299},   {0x1F000, 0x1F0FF}, {0x1F10D, 0x1F10F},
    {0x1F12F, 0x1F12F}, {0x1F16C, 0x1F171}, {0x1F17E, 0x1F17F}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F1AD, 0x1F1E5}, {0x1F201, 0x1F20F}, {0x1F21A, 0x1F21A},
    {0x1F22F, 0x1F22F}, {0x1F232, 0x1F23A}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F3FA},
    {0x1F400, 0x1F53D}, {0x1F546, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F774, 0x1F77F},
    {0x1F7D5, 0x1F7FF}, {0x1F80C, 0x1F80F}, {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F},
    {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8FF}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945},
    {0x1F947, 0x1FAFF}, {0x1FC00, 0x1FFFD},
};

// Grapheme_Cluster_Break=Prepend (GraphemeBreakProperty.txt 15.0).
const Range prepend[] = {
    {0x0600, 0x0605},   {0x06DD, 0x06DD},   {0x070F, 0x070F},   {0x0890, 0x0891},
    {0x08E2, 0x08E2},   {0x0D4E, 0x0D4E},   {0x110BD, 0x110BD}, {0x110CD, 0x110CD},
    {0x111C2, 0x111C3}, {0x1193F, 0x1193F}, {0x11941, 0x11941}, {0x11A3A, 0x11A3A},
    {0x11A84, 0x11A89}, {0x11D46, 0x11D46}, {0x11F02, 0x11F02},
};

// Other_Grapheme_Extend (PropList.txt 15.0): mostly spacing vowel signs that still extend,
// plus ZWNJ, halfwidth kana voicing marks and the emoji tag characters.
const Range otherGraphemeExtend[] = {
    {0x09BE, 0x09BE},   {0x09D7, 0x09D7},   {0x0B3E, 0x0B3E},   {0x0B57, 0x0B57},
    {0x0BBE, 0x0BBE},   {0x0BD7, 0x0BD7},   {0x0CC2, 0x0CC2},   {0x0CD5, 0x0CD6},
    {0x0D3E, 0x0D3E},   {0x0D57, 0x0D57},   {0x0DCF, 0x0DCF},   {0x0DDF, 0x0DDF},
    {0x1B35, 0x1B35},   {0x200C, 0x200C},   {0x302E, 0x302F},   {0xFF9E, 0xFF9F},
    {0x1133E, 0x1133E}, {0x11357, 0x11357}, {0x114B0, 0x114B0}, {0x114BD, 0x114BD},
    {0x115AF, 0x115AF}, {0x11930, 0x11930}, {0x1D165, 0x1D165}, {0x1D16E, 0x1D172},
    {0xE0020, 0xE007F},
};

// Spacing marks that UAX #29 leaves as Other (Myanmar, Tai Tham, Tai Viet, Ahom).
const Range spacingMarkExceptions[] = {
    {0x102B, 0x102C}, {0x1038, 0x1038}, {0x1062, 0x1064},   {0x1067, 0x106D}, {0x1083, 0x1083},
    {0x1087, 0x108C}, {0x108F, 0x108F}, {0x109A, 0x109C},   {0x1A61, 0x1A61}, {0x1A63, 0x1A64},
    {0xAA7B, 0xAA7B}, {0xAA7D, 0xAA7D}, {0x11720, 0x11721},
};

// Unassigned code points that are Default_Ignorable_Code_Point, hence Control.
bool isIgnorableUnassigned(char32_t c)
{
    return c == 0x2065 || (c >= 0xFFF0 && c <= 0xFFF8) || (c >= 0xE0000 && c <= 0xE0FFF);
}

Class hangulClass(char32_t c)
{
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0xA960 && c <= 0xA97C))
        return Class::L;
    if ((c >= 0x1160 && c <= 0x11A7) || (c >= 0xD7B0 && c <= 0xD7C6))
        return Class::V;
    if ((c >= 0x11A8 && c <= 0x11FF) || (c >= 0xD7CB && c <= 0xD7FB))
        return Class::T;
    if (c >= 0xAC00 && c <= 0xD7A3)
        return (c - 0xAC00) % 28 == 0 ? Class::LV : Class::LVT;
    return Class::Other;
}

bool isControlLike(Class c)
{
    return c == Class::Control || c == Class::CR || c == Class::LF;
}

// One step of UAX #29: is there a boundary between `before` and `after`? The state
// carries what GB11 (emoji ZWJ sequences) and GB12/13 (flag pairs) look back at.
struct Segmenter
{
    Class previous = Class::Control;
    bool atStart = true;
    // GB11: 1 after Extended_Pictographic Extend*, 2 after that and a ZWJ.
    int emojiState = 0;
    // GB12/13: how many regional indicators end the text so far.
    int regionalIndicators = 0;

    bool isBoundaryBefore(Class current, bool pictographic) const
    {
        if (atStart)
            return true; // GB1
        if (previous == Class::CR && current == Class::LF)
            return false; // GB3
        if (isControlLike(previous) || isControlLike(current))
            return true; // GB4, GB5
        if (previous == Class::L && (current == Class::L || current == Class::V ||
                                     current == Class::LV || current == Class::LVT))
            return false; // GB6
        if ((previous == Class::LV || previous == Class::V) &&
            (current == Class::V || current == Class::T))
            return false; // GB7
        if ((previous == Class::LVT || previous == Class::T) && current == Class::T)
            return false; // GB8
        if (current == Class::Extend || current == Class::ZWJ || current == Class::SpacingMark)
            return false; // GB9, GB9a
        if (previous == Class::Prepend)
            return false; // GB9b
        if (previous == Class::ZWJ && pictographic && emojiState == 2)
            return false; // GB11
        if (previous == Class::RegionalIndicator && current == Class::RegionalIndicator &&
            regionalIndicators % 2 == 1)
            return false; // GB12, GB13
        return true;      // GB999
    }

    void advance(Class current, bool pictographic)
    {
        if (pictographic)
            emojiState = 1;
        else if (emojiState == 1 && current == Class::Extend)
            emojiState = 1;
        else if (emojiState == 1 && current == Class::ZWJ)
            emojiState = 2;
        else
            emojiState = 0;
        regionalIndicators = current == Class::RegionalIndicator ? regionalIndicators + 1 : 0;
        previous = current;
        atStart = false;
    }
};

} // namespace

GraphemeClusters::BreakClass GraphemeClusters::breakClass(char32_t c)
{
    if (c < 0x80) {
        if (c == U'\r')
            return Class::CR;
        if (c == U'\n')
            return Class::LF;
        return c < 0x20 || c == 0x7F ? Class::Control : Class::Other;
    }
    // Latin-1 and Latin Extended: C1 controls and the soft hyphen, else letters and symbols.
    if (c < 0x300)
        return c < 0xA0 || c == 0xAD ? Class::Control : Class::Other;
    // CJK ideographs, the bulk of Chinese and Japanese text.
    if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF))
        return Class::Other;
    if (c == 0x200D)
        return Class::ZWJ;
    if (c >= 0x1F1E6 && c <= 0x1F1FF)
        return Class::RegionalIndicator;
    if (const Class hangul = hangulClass(c); hangul != Class::Other)
        return hangul;
    if (contains(prepend, c))
        return Class::Prepend;
    // Emoji modifiers (skin tones) are Extend since Unicode 11.
    if (contains(otherGraphemeExtend, c) || (c >= 0x1F3FB && c <= 0x1F3FF))
        return Class::Extend;
    if (c == 0x0E33 || c == 0x0EB3) // Thai and Lao SARA AM
        return Class::SpacingMark;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
        return Class::Extend;
    case QChar::Mark_SpacingCombining:
        return contains(spacingMarkExceptions, c) ? Class::Other : Class::SpacingMark;
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return Class::Control;
    case QChar::Other_NotAssigned:
        return isIgnorableUnassigned(c) ? Class::Control : Class::Other;
    default:
        return Class::Other;
    }
}

bool GraphemeClusters::isExtendedPictographic(char32_t c)
{
    if (c < 0x203C)
        return c == 0xA9 || c == 0xAE;
    return (c <= 0x3299 || c >= 0x1F000) && contains(extendedPictographic, c);
}

int GraphemeClusters::count(QStringView text)
{
    Segmenter segmenter;
    int clusters = 0;
    const char16_t *s = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = s[i];
        if (c >= 0x20 && c < 0x7F) {
            // Printable ASCII, by far the most common case: Other, so a new cluster unless
            // it follows a Prepend (GB9b).
            if (segmenter.previous != Class::Prepend)
                ++clusters;
            segmenter.advance(Class::Other, false);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(s[i + 1])) {
            c = QChar::surrogateToUcs4(s[i], s[i + 1]);
            ++i;
        }
        const Class cls = breakClass(c);
        const bool pictographic = isExtendedPictographic(c);
        if (segmenter.isBoundaryBefore(cls, pictographic))
            ++clusters;
        segmenter.advance(cls, pictographic);
    }
    return clusters;
}
