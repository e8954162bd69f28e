#include "secretledger.h"

#include <QFile>

#include <cstdio>

void SecretLedger::record(Kind kind, const QString &value)
{
    static const QString path = qEnvironmentVariable("POSTHORN_SANDBOX_SECRETS_LOG");
    if (path.isEmpty())
        return;
    // Opened per line: the file is shared with the other sandboxes of the run, and
    // Unbuffered hands the whole line to one write() on an O_APPEND descriptor, so
    // lines from parallel processes never interleave.
    QFile file(path);
    const QByteArray line = kindName(kind).toUtf8() + '\t' + value.toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered) ||
        file.write(line) != line.size()) {
        std::fprintf(stderr, "posthorn-sandbox: cannot append to the secrets ledger %s: %s\n",
                     qPrintable(path), qPrintable(file.errorString()));
    }
}

QString SecretLedger::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Token:
        return QStringLiteral("token");
    case Kind::ClientSecret:
        return QStringLiteral("client-secret");
    case Kind::AuthorizationCode:
        return QStringLiteral("code");
    }
    return {};
}
