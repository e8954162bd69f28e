#include "cli/cliapplication.h"
#include "cli/commandline.h"
#include "guiapplication.h"
#include "util/privatefiles.h"
#include "util/redactingmessagehandler.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Before anything is written: Qt also makes files of its own (QSettings' lock file,
    // the image cache's sub-folders) by the umask.
    PrivateFiles::restrictUmask();
    RedactingMessageHandler::install();
    // Posthorn's own debug messages are for developers: QT_LOGGING_RULES (for example
    // "posthorn.*.debug=true") switches them on, as it overrides these rules.
    QLoggingCategory::setFilterRules(QStringLiteral("posthorn.*.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("posthorn"));
    QCoreApplication::setOrganizationName(QStringLiteral("Posthorn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTHORN_VERSION));

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // `posthorn post` and `posthorn accounts` are for scripts: never a display.
    if (CliApplication::handles(arguments))
        return CliApplication::run(argc, argv);

    // Answered before QApplication exists: they must work without a display.
    // Errors wait until QApplication has removed the options that are its own.
    const CommandLine commandLine(arguments);
    if (commandLine.helpRequested()) {
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    }
    if (commandLine.versionRequested()) {
        std::printf("%s\n", qPrintable(CommandLine::versionText()));
        return 0;
    }
    PrivateFiles::tightenAppFolders();
    return GuiApplication::run(argc, argv);
}
