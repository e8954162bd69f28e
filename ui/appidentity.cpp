#include "appidentity.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

void AppIdentity::apply(QApplication &app)
{
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Posthorn"));
    QGuiApplication::setDesktopFileName(QStringLiteral("posthorn"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/posthorn.svg")));
    // Compiled into the resources from resources/translations; English needs none.
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("posthorn"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}
