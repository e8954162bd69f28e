#include "guiapplication.h"

#include "cli/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int GuiApplication::run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    const CommandLine commandLine(QCoreApplication::arguments());
    if (!commandLine.isValid()) {
        std::fprintf(stderr, "%s\n%s", qPrintable(commandLine.errorText()),
                     qPrintable(commandLine.helpText()));
        return 2;
    }
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Posthorn"));
    QGuiApplication::setDesktopFileName(QStringLiteral("posthorn"));
    // Compiled into the resources from resources/translations; English needs none.
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("posthorn"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/posthorn.svg")));

    MainWindow window;
    window.show();
    return QApplication::exec();
}
