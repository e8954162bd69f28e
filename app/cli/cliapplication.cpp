#include "cliapplication.h"

#include "cli/accountlist.h"
#include "cli/crosspostcommand.h"
#include "cli/postcommand.h"
#include "cli/postoptions.h"
#include "launch/translations.h"
#include "outbox/postoutcome.h"
#include "secrets/keychainsecretstore.h"
#include "settings/accountstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QStringDecoder>

#include <cstdio>

#include <unistd.h>

namespace {

const QString postCommand = QStringLiteral("post");
const QString accountsCommand = QStringLiteral("accounts");

void printLine(std::FILE *stream, const QString &line)
{
    std::fputs(line.toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString translate(const char *text)
{
    return QCoreApplication::translate("CliApplication", text);
}

int listAccounts(const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        if (arguments.constFirst() == QLatin1String("--help") ||
            arguments.constFirst() == QLatin1String("-h")) {
            printLine(stdout, translate("Usage: posthorn accounts\n\nLists the signed-in "
                                        "accounts as --account takes them; * marks the current "
                                        "one."));
            return 0;
        }
        printLine(stderr, translate("posthorn accounts takes no arguments."));
        return PostOutcome::usageExitCode;
    }
    const AccountStore accounts;
    std::fputs(
        AccountList::text(accounts.accounts(), accounts.currentAccountKey()).toUtf8().constData(),
        stdout);
    return 0;
}

// All of standard input as UTF-8, or nothing when it is not UTF-8.
std::optional<QString> readStandardInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = input.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    // `echo` and editors end the text with a line break nobody means to post.
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

// Runs a post command to its end and gives its exit code.
template<typename Command>
int runCommand(Command &command, const QString &text)
{
    int exitCode = PostCommand::failureExitCode;
    bool finished = false;
    QObject::connect(&command, &Command::printed, &command,
                     [](const QString &line) { printLine(stdout, line); });
    QObject::connect(&command, &Command::complained, &command,
                     [](const QString &line) { printLine(stderr, line); });
    QObject::connect(&command, &Command::finished, &command, [&exitCode, &finished](int code) {
        exitCode = code;
        finished = true;
        QCoreApplication::exit(code);
    });
    command.start(text);
    // start() may have finished at once (no account): exec() would then wait for ever.
    if (!finished)
        QCoreApplication::exec();
    return exitCode;
}

} // namespace

bool CliApplication::handles(const QStringList &arguments)
{
    return arguments.size() > 1 &&
           (arguments.at(1) == postCommand || arguments.at(1) == accountsCommand);
}

int CliApplication::run(int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Before the first word is printed; QTranslator needs no display.
    Translations::install(app);
    const QStringList arguments = QCoreApplication::arguments().mid(2);
    if (QCoreApplication::arguments().at(1) == accountsCommand)
        return listAccounts(arguments);

    const PostOptions options = PostOptions::parse(arguments, ::isatty(STDIN_FILENO) != 0);
    if (options.help) {
        std::fputs(options.helpText.toUtf8().constData(), stdout);
        return 0;
    }
    if (!options.error.isEmpty()) {
        printLine(stderr, options.error);
        printLine(stderr, translate("Try: posthorn post --help"));
        return PostOutcome::usageExitCode;
    }
    QString text = options.text;
    if (options.readFromStdin) {
        const std::optional<QString> input = readStandardInput();
        if (!input) {
            printLine(stderr, translate("Standard input is not UTF-8 text."));
            return PostOutcome::usageExitCode;
        }
        text = *input;
    }

    QNetworkAccessManager network;
    AccountStore accounts;
    KeychainSecretStore keychain;
    // Two accounts or more: a cross-post, one outbox entry per account.
    if (options.accounts.size() > 1) {
        CrossPostCommand command(options, &accounts, &keychain, &network);
        return runCommand(command, text);
    }
    PostCommand command(options, &accounts, &keychain, &network);
    return runCommand(command, text);
}
