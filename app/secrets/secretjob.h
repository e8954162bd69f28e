#pragma once

#include "secretresult.h"

#include <QObject>

// One pending keychain operation. It always reports exactly once, after the call that
// made it has returned, so callers can connect to it first; it deletes itself then.
class SecretJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    explicit SecretJob(QObject *parent = nullptr);

    // For SecretStore implementations.
    void complete(const SecretResult &result);

signals:
    void finished(const SecretResult &result);

private:
    bool m_completed = false;
};
