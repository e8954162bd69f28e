#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

CommandLine::CommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Post to Mastodon from your desktop."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption quickPost(
        QStringLiteral("quick-post"),
        QCoreApplication::translate("CommandLine",
                                    "Show the quick-post window of the running Posthorn, "
                                    "starting it if needed."));
    parser.addOption(quickPost);

    if (!parser.parse(arguments))
        m_error = parser.errorText();
    else if (!parser.positionalArguments().isEmpty())
        m_error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                      .arg(parser.positionalArguments().constFirst());
    m_help = parser.isSet(help) || parser.isSet(QStringLiteral("help-all"));
    m_version = parser.isSet(version);
    m_quickPost = parser.isSet(quickPost);
    // Without a QCoreApplication the parser cannot know the program's name.
    m_helpText =
        parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("posthorn"));
}

QString CommandLine::versionText()
{
    return QStringLiteral("posthorn ") + QStringLiteral(POSTHORN_VERSION);
}
