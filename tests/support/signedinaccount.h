#pragma once

#include "settings/accountrecord.h"

class AppContext;
class SandboxProcess;

// An account as setup leaves it, for tests that start past setup: the sandbox's demo
// account listed in the settings and a fresh token in the session's real keychain.
class SignedInAccount final
{
public:
    SignedInAccount() = delete;

    // Stores it through `context` and makes it the current account; false when the
    // keychain did not take the token.
    static bool add(AppContext &context, SandboxProcess &sandbox, AccountRecord *account = nullptr);
    // As add(), and waits until the account's session is ready to post.
    static bool addAndConnect(AppContext &context, SandboxProcess &sandbox,
                              AccountRecord *account = nullptr);
};
