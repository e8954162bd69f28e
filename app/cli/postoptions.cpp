#include "postoptions.h"

#include "posted/postlink.h"

#include <QCommandLineParser>

namespace {

const QStringList visibilities{QStringLiteral("public"), QStringLiteral("unlisted"),
                               QStringLiteral("private"), QStringLiteral("direct")};

} // namespace

PostOptions PostOptions::parse(const QStringList &arguments, bool stdinIsTerminal)
{
    PostOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Post to Mastodon without a window, through Posthorn's outbox. When Posthorn runs, "
           "it sends the post; otherwise this command does.\n\n"
           "Exit status: 0 published or scheduled (the link is printed), 2 refused by the "
           "server or by Posthorn's own checks (the reason is on standard error), or the post "
           "to reply to could not be looked up, 3 not sent "
           "yet: it waits in the outbox and Posthorn sends it later, 4 a sign-in is needed "
           "(open Posthorn), 64 a usage error, 1 the post could not be put in the outbox "
           "(nothing was sent).\n\n"
           "With --account given more than once, the post goes to each account (a "
           "cross-post) and one line per account says how it went (\"@user@server link\", "
           "or the reason on standard error); the exit status is 0 only when every account "
           "published or scheduled it, otherwise the largest of their statuses."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption account(
        QStringLiteral("account"),
        tr("Post as this account, as `posthorn accounts` lists it (default: the current one). "
           "Give it again to post from several accounts."),
        tr("acct"));
    const QCommandLineOption cw(QStringLiteral("cw"),
                                tr("Put the post behind this content warning."), tr("text"));
    const QCommandLineOption visibility(QStringLiteral("visibility"),
                                        tr("Who sees the post: public, unlisted, private or "
                                           "direct (default: the account's own setting)."),
                                        tr("visibility"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("The post's language, an ISO 639 code such as en."),
                                      tr("code"));
    const QCommandLineOption schedule(
        QStringLiteral("schedule"),
        tr("Publish at this time instead of now (at least five minutes ahead), such as "
           "\"2027-01-31 09:00\" (local time) or 2027-01-31T08:00Z."),
        tr("when"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the status (or scheduled status) as the server "
                                     "returned it, instead of the link."));
    const QCommandLineOption media(
        QStringLiteral("media"),
        tr("Attach this picture, video or audio file (again for more files). Posthorn keeps a "
           "copy until the post is out, so the file may be deleted at once."),
        tr("file"));
    const QCommandLineOption alt(QStringLiteral("alt"),
                                 tr("Describe the file of the --media just before, for people "
                                    "who cannot see it. Needed for every file while Posthorn's "
                                    "preference \"Ask before posting media without a "
                                    "description\" is on."),
                                 tr("text"));
    const QCommandLineOption replyTo(
        QStringLiteral("reply-to"),
        tr("Reply to the post at this link; its author and the accounts it mentions are "
           "mentioned first, as in the composer."),
        tr("link"));
    const QCommandLineOption delay(
        QStringLiteral("delay"),
        tr("Wait the undo-send delay chosen in Posthorn's Preferences before sending, as the "
           "window does (scripts send at once without this). Meanwhile the post waits in "
           "the outbox, where a running Posthorn can still take it back."));
    parser.addOptions(
        {account, cw, visibility, language, media, alt, schedule, replyTo, delay, json});
    parser.addPositionalArgument(
        QStringLiteral("text"),
        tr("The text to post, in UTF-8. \"-\", or nothing when standard input is not a "
           "terminal, reads it from standard input."),
        QStringLiteral("[text | -]"));

    const bool parsed = parser.parse(QStringList{QStringLiteral("posthorn post")} + arguments);
    // The parser names the program after argv[0], path and all.
    options.helpText = parser.helpText();
    options.helpText.replace(0, options.helpText.indexOf(QLatin1Char('\n')),
                             QStringLiteral("Usage: posthorn post [options] [text | -]"));
    options.help = parser.isSet(help);
    if (!parsed) {
        options.error = parser.errorText();
        return options;
    }
    if (options.help)
        return options;
    options.accounts = parser.values(account);
    options.contentWarning = parser.value(cw);
    options.visibility = parser.value(visibility);
    options.language = parser.value(language);
    options.json = parser.isSet(json);
    options.replyTo = parser.value(replyTo).trimmed();
    const QStringList positional = parser.positionalArguments();

    if (parser.isSet(visibility) && !visibilities.contains(options.visibility))
        options.error = tr("--visibility must be public, unlisted, private or direct, not %1.")
                            .arg(options.visibility);
    else if (parser.isSet(language) && options.language.isEmpty())
        options.error = tr("--language needs a language code, such as en.");
    else if (parser.isSet(replyTo) && !PostLink::looksLikeOne(options.replyTo))
        options.error =
            tr("--reply-to needs a post's link (https://…), not: %1").arg(parser.value(replyTo));
    else if (positional.size() > 1)
        options.error = tr("Give the text as one argument (in quotes), or \"-\" to read it from "
                           "standard input; unexpected: %1")
                            .arg(positional.at(1));
    else if (positional.isEmpty() && stdinIsTerminal)
        options.error = tr("Nothing to post: give the text, or \"-\" to read it from standard "
                           "input.");
    if (options.error.isEmpty()) {
        QStringList takesValue;
        for (const QCommandLineOption &option :
             {account, cw, visibility, language, media, alt, schedule, replyTo})
            takesValue += option.names();
        options.error = pairMedia(arguments, takesValue, &options.media);
    }
    if (!options.error.isEmpty())
        return options;

    options.delay = parser.isSet(delay);
    if (parser.isSet(schedule)) {
        options.scheduledAt = parseTime(parser.value(schedule));
        if (!options.scheduledAt.isValid()) {
            options.error =
                tr("--schedule takes a date and time such as \"2027-01-31 09:00\", not %1.")
                    .arg(parser.value(schedule));
            return options;
        }
    }
    if (positional.isEmpty() || positional.constFirst() == QLatin1String("-"))
        options.readFromStdin = true;
    else
        options.text = positional.constFirst();
    return options;
}

QDateTime PostOptions::parseTime(const QString &text)
{
    QString normalised = text.trimmed();
    // "2027-01-31 09:00": the space people type between date and time.
    if (normalised.size() > 10 && normalised.at(10) == QLatin1Char(' '))
        normalised[10] = QLatin1Char('T');
    // A date alone is not a time to publish at.
    if (!normalised.contains(QLatin1Char('T')))
        return {};
    const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString PostOptions::pairMedia(const QStringList &arguments, const QStringList &takesValue,
                               QList<Media> *media)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        // After "--" everything is text; "-" and the text are not options.
        if (argument == QLatin1String("--"))
            break;
        if (!argument.startsWith(QLatin1String("--")))
            continue;
        QString name = argument.mid(2);
        QString value;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        } else if (takesValue.contains(name)) {
            // The parser has checked that the value is there.
            value = arguments.value(++i);
        }
        if (name == QLatin1String("media")) {
            media->append({value, QString(), false});
        } else if (name == QLatin1String("alt")) {
            if (media->isEmpty())
                return tr("--alt describes the file of the --media before it; give --media "
                          "FILE first.");
            if (media->constLast().described)
                return tr("--alt was given twice for %1; give one --alt after each --media.")
                    .arg(media->constLast().path);
            media->last().description = value;
            media->last().described = !value.trimmed().isEmpty();
            if (!media->last().described)
                return tr("--alt for %1 is empty; describe the file, or leave --alt out.")
                    .arg(media->constLast().path);
        }
    }
    return {};
}
