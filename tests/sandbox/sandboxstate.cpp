#include "sandboxstate.h"

#include <QRandomGenerator>

SandboxState::SandboxState(const QString &origin)
    : m_origin(origin)
{}

void SandboxState::reset()
{
    clock.reset();
    limiter.clear();
    faults.clear();
    config = InstanceConfig();
    config.setApiVersion(startApiVersion);
    defaultQuotePolicy = QStringLiteral("public");
    apps.clear();
    codes.clear();
    tokens.clear();
    statuses.clear();
    scheduled.clear();
    media.clear();
    idempotency.clear();
    following.clear();
    requested.clear();
    followOptions.clear();
    hostileText.clear();
    requestLog = QJsonArray();
    tokenRateLimit = 300;
    tokenRateWindowSeconds = 300;
    mediaProcessingPolls = 2;
    mediaProcessingFails = false;
}

QString SandboxState::nextId()
{
    return QString::number(++m_counter + 1000);
}

QString SandboxState::nextStatusId()
{
    // Mastodon ids: milliseconds since the epoch shifted left by 16 bits plus a sequence.
    const qint64 ms = clock.now().toMSecsSinceEpoch();
    return QString::number((ms << 16) + (++m_counter % 65536));
}

QString SandboxState::randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SandboxState::nowIso() const
{
    return clock.now().toString(Qt::ISODateWithMs);
}
