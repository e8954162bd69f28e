#include "secretresult.h"

#include <QCoreApplication>

SecretResult SecretResult::success(const QString &secret)
{
    return {Status::Ok, secret, {}};
}

SecretResult SecretResult::failure(Status status, const QString &detail)
{
    QString message;
    switch (status) {
    case Status::Ok:
        break;
    case Status::NotFound:
        message = QCoreApplication::translate(
            "SecretResult", "Nothing is stored in the keychain for this account.");
        break;
    case Status::Denied:
        message = QCoreApplication::translate(
            "SecretResult", "The keychain refused access. If it is locked, unlock it (for example "
                            "by signing in to your desktop again) and try once more.");
        break;
    case Status::Unavailable:
        message = QCoreApplication::translate(
            "SecretResult",
            "No keychain service answered. Posthorn keeps passwords and tokens only in the "
            "system keychain (the Secret Service of GNOME Keyring or KWallet). Start it, for "
            "example with \"gnome-keyring-daemon --start --components=secrets\", or install "
            "the gnome-keyring package, then try again.");
        break;
    case Status::Failed:
        message = QCoreApplication::translate("SecretResult", "The keychain reported an error.");
        break;
    }
    if (!detail.isEmpty() && status != Status::NotFound)
        message += QLatin1Char(' ') +
                   QCoreApplication::translate("SecretResult", "(It said: %1)").arg(detail);
    return {status, {}, message};
}
