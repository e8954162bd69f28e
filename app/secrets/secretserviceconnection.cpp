#include "secretserviceconnection.h"

#include <QLibrary>

void SecretServiceConnection::reset()
{
    // Resolved at run time, as QtKeychain itself loads libsecret: no link-time
    // dependency, and no cost at start-up, since this runs only after a failed call.
    QLibrary libsecret(QStringLiteral("secret-1"), 0);
    if (!libsecret.load())
        return;
    using Disconnect = void (*)();
    if (const auto disconnect =
            reinterpret_cast<Disconnect>(libsecret.resolve("secret_service_disconnect")))
        disconnect();
}
