#pragma once

#include <QString>
#include <QUrl>

// What the instance sent back to the redirect URI after the user decided.
struct OAuthCallback
{
    enum class Outcome {
        Code,          // approved: `code` holds the authorization code
        Denied,        // the user pressed Deny
        Error,         // the server reported another OAuth error
        StateMismatch, // not an answer to our request: possibly forged, never used
        NotACallback,
    };

    Outcome outcome = Outcome::NotACallback;
    QString code;
    QString message; // for the user; never contains the code or the state

    // True when `candidate` is a redirect to `redirectUri`: same scheme, host and
    // path; for loopback IP literals any port (RFC 8252 §7.3), as servers allow it.
    [[nodiscard]] static bool isRedirectTo(const QUrl &candidate, const QUrl &redirectUri);

    [[nodiscard]] static OAuthCallback parse(const QUrl &callback, const QUrl &redirectUri,
                                             const QString &expectedState);
};
