#pragma once

#include "secretjob.h"

#include <QObject>
#include <QString>

// Where Posthorn keeps access tokens and client secrets. Every call is asynchronous:
// a keychain may ask the user to unlock it, and the GUI must not wait for that.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    [[nodiscard]] virtual SecretJob *write(const QString &key, const QString &secret) = 0;
    [[nodiscard]] virtual SecretJob *read(const QString &key) = 0;
    [[nodiscard]] virtual SecretJob *remove(const QString &key) = 0;
    // False when secrets are lost at exit (the session-only store).
    [[nodiscard]] virtual bool isPersistent() const = 0;
};
