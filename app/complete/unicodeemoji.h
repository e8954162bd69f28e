#pragma once

#include <QString>

// One emoji of the Unicode standard as emoji-test.txt lists it.
struct UnicodeEmoji
{
    QString text;     // the character sequence itself, fully qualified
    QString name;     // CLDR short name, e.g. "grinning face", "thumbs up: medium skin tone"
    QString group;    // e.g. "Smileys & Emotion"
    QString subgroup; // e.g. "face-smiling"
    // A skin-tone variant of another entry (U+1F3FB..U+1F3FF in the sequence).
    bool skinToned = false;
};
