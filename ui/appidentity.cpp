#include "appidentity.h"

#include "launch/translations.h"

#include <QApplication>
#include <QIcon>

void AppIdentity::apply(QApplication &app)
{
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Posthorn"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.posthorn.Posthorn"));
    Translations::install(app);
}

void AppIdentity::applyIcon()
{
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/posthorn.svg")));
}
