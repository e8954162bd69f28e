#pragma once

#include <QMetaType>
#include <QString>

// The outcome of one keychain operation, with a message a user can act on.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,    // nothing stored under that key
        Denied,      // the user or the system refused access (e.g. a locked keyring)
        Unavailable, // no keychain service answered at all
        Failed,
    };

    Status status = Status::Ok;
    QString secret; // the value read; empty for writes and deletes
    QString message;

    [[nodiscard]] bool ok() const { return status == Status::Ok; }

    [[nodiscard]] static SecretResult success(const QString &secret = {});
    [[nodiscard]] static SecretResult failure(Status status, const QString &detail = {});
};
Q_DECLARE_METATYPE(SecretResult)
