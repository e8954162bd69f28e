#pragma once

#include <QString>
#include <QStringView>

// Which language a post is written in, by Google's Compact Language Detector 2 (CLD2),
// and whether that is clear enough to offer it instead of the one picked. Links,
// mentions, hashtags and shortcodes are left out first: they are in no language.
//
// A pure function: about a tenth of a millisecond for a 5,000-character post.
class LanguageDetector final
{
public:
    LanguageDetector() = delete;

    struct Detection
    {
        // ISO 639-1 as Mastodon names languages ("nl", "he", "zh"); empty when unknown.
        QString language;
        // CLD2's own judgement: enough text and one language well ahead of the rest.
        bool reliable = false;
        // How much of the text is in that language.
        int percent = 0;
        // How many bytes of letters CLD2 looked at.
        int letterBytes = 0;
    };

    [[nodiscard]] static Detection detect(QStringView text);
    // The language to offer instead of `picked`, or empty: only when the detection is
    // reliable, covers most of the text, and had enough letters to go on.
    [[nodiscard]] static QString clearlyOther(QStringView text, const QString &picked);

    // Below this many bytes of letters (about ten words) nothing is offered.
    static constexpr int minimumLetterBytes = 60;
    static constexpr int minimumPercent = 80;
};
