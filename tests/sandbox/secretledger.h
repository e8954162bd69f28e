#pragma once

#include <QString>

// A record of every secret the sandbox hands out, so that tests/secrets/scan.sh can
// look for each one where it must never be: files under the test session's folders
// and the tests' logs. Off unless POSTHORN_SANDBOX_SECRETS_LOG names a file. Several
// sandboxes append to that file at once (ctest -j2), so each line goes out in a
// single write to a file opened for appending.
class SecretLedger final
{
public:
    enum class Kind { Token, ClientSecret, AuthorizationCode };

    SecretLedger() = delete;

    // Appends "kind<TAB>value"; a ledger that cannot be written is reported on
    // stderr, never ignored, since a scan without the secret would prove nothing.
    static void record(Kind kind, const QString &value);

    [[nodiscard]] static QString kindName(Kind kind);
};
