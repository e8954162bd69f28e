#include "guiapplication.h"

#include "cli/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>

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
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/posthorn.svg")));

    MainWindow window;
    window.show();
    return QApplication::exec();
}
