#pragma once

#include <QObject>

#include <functional>

// Asks the Secret Service whether its default collection (where QtKeychain keeps
// Posthorn's tokens) is locked. libsecret reports an unlock window the user closed, or
// one that could not be shown, as "nothing stored": without this a locked keyring would
// look like a lost sign-in.
class KeyringLock final
{
public:
    // Calls `done` on `context`'s thread with true if the collection is locked; false
    // when it is not, or when no Secret Service answers (KWallet, say).
    static void check(QObject *context, std::function<void(bool locked)> done);
};
