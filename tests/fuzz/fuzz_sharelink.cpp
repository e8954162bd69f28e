// Fuzz target for what another program hands Posthorn: a web+mastodon://share link as a
// command-line argument, the JSON message a second posthorn sends the running one, and
// the command line itself. Text from there ends up in a post, so besides not crashing,
// none of it may carry control characters other than line feed and tab, and a text that a
// web page encodes into a link, or a posthorn into its message, must arrive unchanged.

#include "cli/commandline.h"
#include "launch/launchrequest.h"
#include "launch/sharelink.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_sharelink: %s\n", what);
        std::abort();
    }
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return true;
    }
    return false;
}

void checkShareText(const std::optional<QString> &text)
{
    if (text) {
        check(!text->isEmpty(), "a share link that gives an empty text");
        check(!hasControlCharacters(*text), "control characters in a shared text");
    }
}

void checkLaunchRequest(const LaunchRequest &request)
{
    check(!hasControlCharacters(request.shareText), "control characters in a launch request");
    check(request.shareText.isEmpty() || request.quickPost, "shared text without quick post");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    const QUrl link = ShareLink::fromArgument(text);
    checkShareText(ShareLink::text(link));
    checkShareText(ShareLink::text(QUrl(text)));
    (void)ShareLink::looksLikeShareLink(text);

    if (const std::optional<LaunchRequest> request = LaunchRequest::fromMessage(bytes)) {
        checkLaunchRequest(*request);
        // What the running instance decodes must survive being sent on again.
        const std::optional<LaunchRequest> again = LaunchRequest::fromMessage(request->toMessage());
        check(again && *again == *request, "a launch request that does not survive a round trip");
    }

    // Any text, percent-encoded into a link as a web page's share button does, comes back
    // as it was, less its control characters; a browser and Posthorn agree on that.
    const QString expected = ShareLink::withoutControlCharacters(text);
    const QString encoded = QStringLiteral("web+mastodon://share?text=") +
                            QString::fromLatin1(QUrl::toPercentEncoding(text));
    const std::optional<QString> shared = ShareLink::text(ShareLink::fromArgument(encoded));
    check(expected.isEmpty() ? !shared : shared == expected,
          "a percent-encoded text that does not come back from its share link");
    const CommandLine linkCommand(QStringList{QStringLiteral("posthorn"), encoded});
    check(expected.isEmpty() ||
              (linkCommand.isValid() && linkCommand.launchRequest().shareText == expected),
          "the command line reads a share link otherwise than ShareLink");

    LaunchRequest sent;
    sent.shareText = expected;
    sent.quickPost = !expected.isEmpty() || size % 2 == 1;
    sent.minimized = size % 3 == 1;
    check(LaunchRequest::fromMessage(sent.toMessage()) == sent,
          "a launch request that does not survive being sent");

    // One argument a line, after the program's name.
    QStringList arguments = text.split(QLatin1Char('\n'));
    arguments.prepend(QStringLiteral("posthorn"));
    const CommandLine commandLine(arguments);
    checkLaunchRequest(commandLine.launchRequest());
    return 0;
}
