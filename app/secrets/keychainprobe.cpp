#include "keychainprobe.h"

#include "secretstore.h"

#include <QUuid>

const QString KeychainProbe::probeKey = QStringLiteral("posthorn-keychain-probe");

KeychainProbe::KeychainProbe(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        report({SecretResult::Status::Denied,
                {},
                tr("The keychain did not answer. It may be locked and waiting for you to "
                   "unlock it in a window of its own.")});
    });
}

void KeychainProbe::start()
{
    // A fresh value each time, so a stale entry from an earlier probe cannot pass.
    m_value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_reported = false;
    m_timer.start(m_timeout);
    connect(m_store->write(probeKey, m_value), &SecretJob::finished, this,
            &KeychainProbe::onWritten);
}

void KeychainProbe::onWritten(const SecretResult &result)
{
    if (!result.ok()) {
        report(result);
        return;
    }
    connect(m_store->read(probeKey), &SecretJob::finished, this, &KeychainProbe::onRead);
}

void KeychainProbe::onRead(const SecretResult &result)
{
    if (!result.ok()) {
        report(result);
        return;
    }
    if (result.secret != m_value) {
        report(SecretResult::failure(
            SecretResult::Status::Failed,
            tr("The keychain gave back something other than what was stored.")));
        return;
    }
    connect(m_store->remove(probeKey), &SecretJob::finished, this, &KeychainProbe::onRemoved);
}

void KeychainProbe::onRemoved(const SecretResult &result)
{
    report(result);
}

void KeychainProbe::report(const SecretResult &result)
{
    if (m_reported)
        return;
    m_reported = true;
    m_timer.stop();
    emit finished(result);
}
