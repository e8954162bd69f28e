#include "compose/cld2library.h"

#include <QLibrary>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCld2, "posthorn.compose.cld2")

Cld2Library::Cld2Library()
{
    // Debian's libcld2-0; the package depends on it by name, as dpkg-shlibdeps no longer
    // sees it among the linked libraries. The symbols are the Itanium C++ ABI's names of
    // the two functions declared in compact_lang_det.h.
    QLibrary library(QStringLiteral("cld2"), 0);
    if (!library.load()) {
        qCWarning(lcCld2).noquote() << "Language detection is off:" << library.errorString();
        return;
    }
    detectLanguageSummary = reinterpret_cast<DetectLanguageSummary>(
        library.resolve("_ZN4CLD221DetectLanguageSummaryEPKcibPNS_8LanguageEPiS4_Pb"));
    languageCode =
        reinterpret_cast<LanguageCode>(library.resolve("_ZN4CLD212LanguageCodeENS_8LanguageE"));
    if (!isLoaded())
        qCWarning(lcCld2).noquote() << "Language detection is off:" << library.errorString();
    // Never unloaded: the functions are used until Posthorn quits.
}

const Cld2Library &Cld2Library::instance()
{
    static const Cld2Library library;
    return library;
}
