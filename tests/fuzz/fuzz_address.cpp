// Fuzz target for the address normaliser: whatever is typed or pasted into the setup
// wizard's address field, InstanceAddress::parse() gives either an error or a base URL
// that OriginPolicy lets ApiClient talk to, and nothing in between. The first line also
// goes through OriginPolicy's checks against the second, as a redirect target would.

#include "api/originpolicy.h"
#include "instance/instanceaddress.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_address: %s\n", what);
        std::abort();
    }
}

void checkAddress(const QString &text)
{
    const InstanceAddress address = InstanceAddress::parse(text);
    check(address.error.isEmpty() == address.baseUrl.isValid(), "both or neither of URL and error");
    if (!address.isValid())
        return;
    const QUrl &base = address.baseUrl;
    check(OriginPolicy::isAllowedBaseUrl(base), "a base URL that OriginPolicy refuses");
    check(base.path().isEmpty() && !base.hasQuery() && !base.hasFragment() &&
              base.userInfo().isEmpty(),
          "a base URL with more than scheme, host and port");
    check(base.scheme() == QLatin1String("https") ||
              (base.scheme() == QLatin1String("http") && OriginPolicy::isLoopbackHost(base.host())),
          "plain http to a host that is not this computer");
    static const QRegularExpression user(QStringLiteral("^[A-Za-z0-9_.-]*$"));
    check(user.match(address.userHint).hasMatch(), "a user hint that is no username");
    // What was accepted once must be accepted again, as the same server: the account
    // list stores the base URL and the wizard may be given it back.
    const InstanceAddress again = InstanceAddress::parse(base.toString());
    check(again.isValid() && again.baseUrl == base, "the base URL does not parse to itself");
}

void checkOrigins(const QString &a, const QString &b)
{
    (void)OriginPolicy::isLoopbackHost(a);
    const QUrl first(a);
    const QUrl second(b);
    (void)OriginPolicy::isAllowedBaseUrl(first);
    (void)OriginPolicy::origin(first);
    const bool same = OriginPolicy::isSameOrigin(first, second);
    check(same == OriginPolicy::isSameOrigin(second, first), "isSameOrigin is not symmetric");
    if (first.isValid() && !first.host().isEmpty())
        check(OriginPolicy::isSameOrigin(first, first), "a URL is not of its own origin");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkAddress(text);
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline >= 0)
        checkOrigins(text.first(newline), text.sliced(newline + 1));
    else
        checkOrigins(text, text);
    return 0;
}
