#include "logredactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

namespace {

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &secrets()
{
    static QSet<QString> values;
    return values;
}

constexpr qsizetype minimumSecretLength = 6;

} // namespace

const QString LogRedactor::mask = QStringLiteral("[redacted]");

QString LogRedactor::redact(const QString &text)
{
    // Parameter names that carry credentials in OAuth requests, replies and callbacks.
    static const QString keys = QStringLiteral("(?:access_token|refresh_token|client_secret|"
                                               "code_verifier|code|token|password|state)");
    // In the patterns below, ~ stands for "%" percent-encoded any number of times
    // (%, %25, %2525…): a callback URL inside a redirect parameter, a JSON body inside a
    // query. ~3D is "=", ~3A ":", ~22 a quote, ~20 a space, ~26 "&".
    static const auto pattern = [](const char *text) {
        return QRegularExpression(QString::fromLatin1(text)
                                      .replace(QStringLiteral("KEYS"), keys)
                                      .replace(QLatin1Char('~'), QStringLiteral("%(?:25)*")),
                                  QRegularExpression::CaseInsensitiveOption);
    };
    static const QRegularExpression keyValue =
        pattern(R"((KEYS\s*(?:=|"\s*:\s*"|:\s*))([^&\s"',;]+))");
    // The encoded value ends where an encoded "&", quote, comma, semicolon or space does.
    static const QRegularExpression encodedKeyValue =
        pattern(R"((KEYS(?:~22)?(?:~3D|~3A(?:~20)*(?:~22)?))((?:[^&\s"',;%]|)"
                R"(%(?!(?:25)*(?:26|22|27|2C|3B|20))[0-9A-F]{2})+))");
    static const QRegularExpression bearer = pattern(R"((Bearer(?:\s+|(?:~20)+))([^\s"',;]+))");

    QString out = text;
    {
        const QMutexLocker lock(&secretsMutex());
        for (const QString &secret : std::as_const(secrets()))
            out.replace(secret, mask);
    }
    out.replace(bearer, QStringLiteral("\\1") + mask);
    out.replace(keyValue, QStringLiteral("\\1") + mask);
    out.replace(encodedKeyValue, QStringLiteral("\\1") + mask);
    return out;
}

void LogRedactor::addSecret(const QString &secret)
{
    if (secret.size() < minimumSecretLength)
        return;
    const QMutexLocker lock(&secretsMutex());
    secrets().insert(secret);
}

void LogRedactor::removeSecret(const QString &secret)
{
    const QMutexLocker lock(&secretsMutex());
    secrets().remove(secret);
}

void LogRedactor::clearSecrets()
{
    const QMutexLocker lock(&secretsMutex());
    secrets().clear();
}
