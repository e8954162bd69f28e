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
    static const QRegularExpression keyValue(
        QStringLiteral("((?:access_token|refresh_token|client_secret|code_verifier|"
                       "code|token|password|state)\\s*(?:=|\"\\s*:\\s*\"|:\\s*))"
                       "([^&\\s\"',;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)([^\\s\"',;]+)"),
                                           QRegularExpression::CaseInsensitiveOption);

    QString out = text;
    {
        const QMutexLocker lock(&secretsMutex());
        for (const QString &secret : std::as_const(secrets()))
            out.replace(secret, mask);
    }
    out.replace(bearer, QStringLiteral("\\1") + mask);
    out.replace(keyValue, QStringLiteral("\\1") + mask);
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
