#include "oauthscopes.h"

QStringList OAuthScopes::granular()
{
    return {QStringLiteral("read:accounts"),  QStringLiteral("read:search"),
            QStringLiteral("read:statuses"),  QStringLiteral("read:follows"),
            QStringLiteral("write:statuses"), QStringLiteral("write:media"),
            QStringLiteral("write:follows")};
}

QStringList OAuthScopes::classic()
{
    return {QStringLiteral("read"), QStringLiteral("write")};
}

QStringList OAuthScopes::choose(const QStringList &scopesSupported)
{
    const QStringList wanted = granular();
    for (const QString &scope : wanted) {
        if (!scopesSupported.contains(scope))
            return classic();
    }
    return wanted;
}
