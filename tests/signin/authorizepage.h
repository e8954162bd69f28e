#pragma once

#include <QString>
#include <QUrl>

// Plays the user's part on the sandbox's authorization page without a browser: loads
// the page an AuthFlow points at and submits its form as the Authorize or Deny button
// does. Blocking, which is fine for a test's own set-up.
class AuthorizePage final
{
public:
    AuthorizePage() = delete;

    enum class Decision { Approve, Deny };

    // The URL the server redirects the browser to (the callback, not followed), or an
    // invalid URL with `error` set when the page or the form did not work.
    [[nodiscard]] static QUrl decide(const QUrl &authorizeUrl, Decision decision,
                                     QString *error = nullptr);
};
