#pragma once

#include "secretresult.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class SecretStore;

// Checks, before sign-in, that the keychain really answers: writes a probe entry,
// reads it back, and deletes it. Reports once with the first failure, or success.
// A keychain that is locked and prompting where nobody sees it never answers, so the
// probe gives up after a while and says so.
class KeychainProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainProbe)

public:
    explicit KeychainProbe(SecretStore *store, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void start();

    static const QString probeKey;

signals:
    void finished(const SecretResult &result);

private:
    void onWritten(const SecretResult &result);
    void onRead(const SecretResult &result);
    void onRemoved(const SecretResult &result);
    void report(const SecretResult &result);

    SecretStore *m_store;
    QString m_value;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout = std::chrono::seconds(20);
    bool m_reported = false;
};
