#include "guiapplication.h"

#include "cli/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

int GuiApplication::run(int &argc, char **argv)
{
    // QtWebEngine, loaded later as a plugin for sign-in only, needs this set before
    // QApplication exists; setting it costs nothing when the plugin never loads.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
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
