#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void Translations::install(QCoreApplication &app)
{
    // Qt's own texts (the wizard's Back and Next, standard buttons, the command line
    // parser's errors) from the system's Qt translations (Debian: qt6-translations-l10n).
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // Compiled into the executable's resources from resources/translations; English
    // needs none.
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("posthorn"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}
