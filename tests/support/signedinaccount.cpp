#include "signedinaccount.h"

#include "appcontext.h"
#include "sandboxprocess.h"
#include "secrets/secretjob.h"
#include "secrets/secretresult.h"
#include "secrets/secretstore.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"

#include <QSignalSpy>
#include <QTest>

bool SignedInAccount::add(AppContext &context, SandboxProcess &sandbox, AccountRecord *out)
{
    AccountRecord account;
    account.instanceUrl = sandbox.baseUrl();
    // The sandbox's demo account, which every minted token stands for.
    account.accountId = QStringLiteral("1");
    account.acct = QStringLiteral("demo");
    account.displayName = QStringLiteral("Demo");
    QSignalSpy written(context.secrets()->write(account.tokenKey(), sandbox.mintToken()),
                       &SecretJob::finished);
    if (!written.wait(10000) ||
        written.first().at(0).value<SecretResult>().status != SecretResult::Status::Ok)
        return false;
    context.accounts()->save(account);
    context.accounts()->setCurrentAccountKey(account.key());
    if (out)
        *out = account;
    return true;
}

bool SignedInAccount::addAndConnect(AppContext &context, SandboxProcess &sandbox,
                                    AccountRecord *out)
{
    AccountRecord account;
    if (!add(context, sandbox, &account))
        return false;
    if (out)
        *out = account;
    AccountSession *session = context.sessions()->session(account.key());
    if (!session)
        return false;
    session->start();
    return QTest::qWaitFor([&] { return session->state() == AccountSession::State::Ready; }, 10000);
}
