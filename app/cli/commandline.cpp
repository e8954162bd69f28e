#include "commandline.h"

#include "launch/sharelink.h"
#include "posted/postlink.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

CommandLine::CommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Post to Mastodon from your desktop.\n\n"
                       "From scripts, without a window: posthorn post [options] [text | -] "
                       "(see posthorn post --help), and posthorn accounts."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption quickPost(
        QStringLiteral("quick-post"),
        QCoreApplication::translate("CommandLine",
                                    "Show the quick-post window of the running Posthorn, "
                                    "starting it if needed."));
    const QCommandLineOption share(
        QStringLiteral("share"),
        QCoreApplication::translate("CommandLine", "Open the quick-post window with this text."),
        QCoreApplication::translate("CommandLine", "text"));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QCoreApplication::translate("CommandLine", "Start hidden in the system tray."));
    const QCommandLineOption replyTo(
        QStringLiteral("reply-to"),
        QCoreApplication::translate("CommandLine",
                                    "Open the composer replying to the post at this link."),
        QCoreApplication::translate("CommandLine", "link"));
    const QCommandLineOption quote(
        QStringLiteral("quote"),
        QCoreApplication::translate("CommandLine",
                                    "Open the composer quoting the post at this link."),
        QCoreApplication::translate("CommandLine", "link"));
    parser.addOptions({quickPost, share, minimized, replyTo, quote});
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate(
            "CommandLine", "A web+mastodon://share link to open in the quick-post window."),
        QStringLiteral("[link]"));

    const bool parsed = parser.parse(arguments);
    const QStringList positional = parser.positionalArguments();
    std::optional<QString> linkText;
    if (!parsed) {
        m_error = parser.errorText();
    } else if (!positional.isEmpty() && !ShareLink::looksLikeShareLink(positional.constFirst())) {
        m_error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                      .arg(positional.constFirst());
    } else if (positional.size() > 1) {
        m_error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                      .arg(positional.at(1));
    } else if (!positional.isEmpty()) {
        linkText = ShareLink::text(ShareLink::fromArgument(positional.constFirst()));
        if (!linkText)
            m_error =
                QCoreApplication::translate(
                    "CommandLine", "Cannot open %1: Posthorn opens only web+mastodon://share links "
                                   "that carry a text.")
                    .arg(positional.constFirst());
        else if (parser.isSet(share))
            m_error = QCoreApplication::translate("CommandLine",
                                                  "Give either --share or a share link, not both.");
    }

    if (m_error.isEmpty()) {
        for (const QCommandLineOption &option : {replyTo, quote}) {
            if (parser.isSet(option) && !PostLink::looksLikeOne(parser.value(option)))
                m_error = QCoreApplication::translate(
                              "CommandLine", "--%1 needs a post's link (https://…), not: %2")
                              .arg(option.names().constFirst(), parser.value(option));
        }
        if (parser.isSet(replyTo) && parser.isSet(quote))
            m_error = QCoreApplication::translate("CommandLine",
                                                  "Give either --reply-to or --quote, not both.");
    }
    if (m_error.isEmpty()) {
        m_launchRequest.replyTo = parser.value(replyTo).trimmed();
        m_launchRequest.quote = parser.value(quote).trimmed();
    }

    m_help = parser.isSet(help) || parser.isSet(QStringLiteral("help-all"));
    m_version = parser.isSet(version);
    if (linkText)
        m_launchRequest.shareText = *linkText;
    else if (parser.isSet(share))
        m_launchRequest.shareText = ShareLink::withoutControlCharacters(parser.value(share));
    // --share "" still asks for the quick-post window, only with nothing in it.
    m_launchRequest.quickPost =
        parser.isSet(quickPost) || parser.isSet(share) || !m_launchRequest.shareText.isEmpty();
    m_launchRequest.minimized = parser.isSet(minimized);
    // Without a QCoreApplication the parser cannot know the program's name.
    m_helpText =
        parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("posthorn"));
}

QString CommandLine::versionText()
{
    return QStringLiteral("posthorn ") + QStringLiteral(POSTHORN_VERSION);
}
