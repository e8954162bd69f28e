#pragma once

#include <QString>
#include <QUrl>

// What the user typed as "your instance", made into the instance's base URL.
// Accepts `host`, `https://host[/…]`, `@user@host`, `user@host`, and plain http only
// for loopback hosts (local development instances).
struct InstanceAddress
{
    QUrl baseUrl;     // scheme://host[:port], no path; invalid when error is set
    QString userHint; // "user" from @user@host, to show on the sign-in page
    QString error;    // for the user, when the text is no usable address

    [[nodiscard]] bool isValid() const { return error.isEmpty() && baseUrl.isValid(); }

    [[nodiscard]] static InstanceAddress parse(const QString &text);
};
