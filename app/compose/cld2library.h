#pragma once

// compact_lang_det.h uses FILE without including the header that declares it.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>

// CLD2, loaded the first time a post's language is guessed rather than linked: its
// 1.8 MB of language tables are relocated when the library loads, which cost every
// start of Posthorn about a quarter of a megabyte of memory for a hint most sessions
// never show. The header still gives the types, so the calls stay type-checked.
class Cld2Library final
{
public:
    using DetectLanguageSummary =
        decltype(static_cast<CLD2::Language (*)(const char *, int, bool, CLD2::Language *, int *,
                                                int *, bool *)>(&CLD2::DetectLanguageSummary));
    using LanguageCode = decltype(&CLD2::LanguageCode);

    // Loads the library once (any thread); null members when it cannot be loaded, and
    // that is said once in the log.
    [[nodiscard]] static const Cld2Library &instance();
    [[nodiscard]] bool isLoaded() const { return detectLanguageSummary && languageCode; }

    DetectLanguageSummary detectLanguageSummary = nullptr;
    LanguageCode languageCode = nullptr;

private:
    Cld2Library();
};
