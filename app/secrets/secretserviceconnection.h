#pragma once

// libsecret (which QtKeychain loads for the Secret Service) keeps one connection to the
// keychain for the life of the process, with an encryption session opened on it. When
// the keychain daemon stops or restarts, every later call fails ("The session wrapping
// the secret does not exist") until the program restarts. reset() drops that cached
// connection, so that the next keychain call opens a new one.
namespace SecretServiceConnection {

// Harmless when libsecret is not in use: nothing is loaded that was not loaded already.
void reset();

} // namespace SecretServiceConnection
