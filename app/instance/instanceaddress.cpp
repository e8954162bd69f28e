#include "instanceaddress.h"

#include "api/originpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InstanceAddress", text);
}

InstanceAddress failure(const QString &message)
{
    InstanceAddress result;
    result.error = message;
    return result;
}

} // namespace

InstanceAddress InstanceAddress::parse(const QString &text)
{
    QString input = text.trimmed();
    if (input.isEmpty())
        return failure(tr("Enter the address of your Mastodon server, like mastodon.social."));

    InstanceAddress result;
    // @user@host and user@host: a handle names its server after the last '@'.
    static const QRegularExpression handle(
        QStringLiteral("^@?([A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*)@([^@/\\s]+)$"));
    const QRegularExpressionMatch handleMatch = handle.match(input);
    if (handleMatch.hasMatch()) {
        result.userHint = handleMatch.captured(1);
        input = handleMatch.captured(2);
    }

    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    const bool hasScheme = input.contains(QLatin1String("://"));
    QUrl url(hasScheme ? input : QStringLiteral("https://") + input, QUrl::StrictMode);
    if (input.contains(whitespace) || !url.isValid() || url.host().isEmpty())
        return failure(tr("\"%1\" is not a server address. Enter one like mastodon.social.")
                           .arg(text.trimmed()));

    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return failure(tr("Posthorn connects to Mastodon servers over https; \"%1\" addresses "
                          "are not supported.")
                           .arg(scheme));
    const QString host = url.host().toLower();
    const bool loopback = OriginPolicy::isLoopbackHost(host);
    // Typed without a scheme, a server on this computer is a development instance,
    // which speaks plain http.
    if (!hasScheme && loopback)
        url.setScheme(QStringLiteral("http"));
    if (url.scheme() == QLatin1String("http") && !loopback)
        return failure(tr("%1 would be reached without encryption (http). Posthorn uses http "
                          "only for servers on this computer; use https://%1 instead.")
                           .arg(host));
    if (!loopback && !host.contains(QLatin1Char('.')))
        return failure(tr("\"%1\" is not a complete server address. Enter the whole name, "
                          "like mastodon.social.")
                           .arg(host));

    // A profile link (https://host/@user) names the user too.
    static const QRegularExpression profilePath(QStringLiteral("^/@([A-Za-z0-9_]+)/?$"));
    const QRegularExpressionMatch profileMatch = profilePath.match(url.path());
    if (profileMatch.hasMatch() && result.userHint.isEmpty())
        result.userHint = profileMatch.captured(1);

    QUrl base;
    base.setScheme(url.scheme());
    base.setHost(host);
    base.setPort(url.port());
    if (!OriginPolicy::isAllowedBaseUrl(base))
        return failure(tr("\"%1\" is not a server address Posthorn can use.").arg(text.trimmed()));
    result.baseUrl = base;
    return result;
}
