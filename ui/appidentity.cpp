#include "appidentity.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void AppIdentity::apply(QApplication &app)
{
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Posthorn"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.posthorn.Posthorn"));
    // Qt's own texts (the wizard's Back and Next, standard buttons) from the system's
    // Qt translations (Debian: qt6-translations-l10n).
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // Compiled into the resources from resources/translations; English needs none.
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("posthorn"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

void AppIdentity::applyIcon()
{
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/posthorn.svg")));
}
