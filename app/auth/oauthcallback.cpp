#include "oauthcallback.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace {

bool isLoopbackIpLiteral(const QString &host)
{
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString normalisedPath(const QUrl &url)
{
    const QString path = url.path();
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

bool OAuthCallback::isRedirectTo(const QUrl &candidate, const QUrl &redirectUri)
{
    if (!candidate.isValid() || candidate.scheme() != redirectUri.scheme() ||
        candidate.host() != redirectUri.host() ||
        normalisedPath(candidate) != normalisedPath(redirectUri))
        return false;
    return candidate.port() == redirectUri.port() || isLoopbackIpLiteral(redirectUri.host());
}

OAuthCallback OAuthCallback::parse(const QUrl &callback, const QUrl &redirectUri,
                                   const QString &expectedState)
{
    OAuthCallback result;
    if (!isRedirectTo(callback, redirectUri))
        return result;

    const QUrlQuery query(callback);
    // Compared before anything else is looked at: a callback we did not ask for is
    // ignored whole, whatever it claims.
    if (expectedState.isEmpty() ||
        query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != expectedState) {
        result.outcome = Outcome::StateMismatch;
        result.message = QCoreApplication::translate(
            "OAuthCallback", "The sign-in answer did not match this sign-in attempt, so "
                             "Posthorn ignored it. Please sign in again.");
        return result;
    }

    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (error == QLatin1String("access_denied")) {
        result.outcome = Outcome::Denied;
        result.message = QCoreApplication::translate(
            "OAuthCallback", "Access was denied, so Posthorn is not connected to the account.");
        return result;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!error.isEmpty() || code.isEmpty()) {
        result.outcome = Outcome::Error;
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        result.message =
            QCoreApplication::translate("OAuthCallback", "The server could not sign you in: %1")
                .arg(description.isEmpty() ? (error.isEmpty() ? QStringLiteral("no code") : error)
                                           : description);
        return result;
    }
    result.outcome = Outcome::Code;
    result.code = code;
    return result;
}
