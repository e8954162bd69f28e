// Account sessions with the real keychain of the test session and the sandbox: the
// token read into a client, the instance's limits and the account's defaults, and a
// 401 from any call turning into "sign in again" while the outbox keeps the post.
#include "appcontext.h"
#include "outbox/outbox.h"
#include "sandboxprocess.h"
#include "secrets/secretjob.h"
#include "secrets/secretresult.h"
#include "secrets/secretstore.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestAccountSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void readyWithTheInstanceLimits();
    void missingTokenAsksToSignIn();
    void revokedTokenHoldsPostsUntilSignedInAgain();

private:
    AccountRecord demoAccount();
    bool writeToken(AppContext &context, const AccountRecord &account, const QString &token);

    SandboxProcess m_sandbox;
};

void TestAccountSession::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
}

void TestAccountSession::init()
{
    m_sandbox.reset();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    AccountStore store;
    const QList<AccountRecord> accounts = store.accounts();
    for (const AccountRecord &account : accounts)
        store.remove(account.key());
}

AccountRecord TestAccountSession::demoAccount()
{
    AccountRecord account;
    account.instanceUrl = m_sandbox.baseUrl();
    account.accountId = QStringLiteral("1");
    account.acct = QStringLiteral("demo");
    return account;
}

bool TestAccountSession::writeToken(AppContext &context, const AccountRecord &account,
                                    const QString &token)
{
    QSignalSpy written(context.secrets()->write(account.tokenKey(), token), &SecretJob::finished);
    return written.wait(10000) &&
           written.first().at(0).value<SecretResult>().status == SecretResult::Status::Ok;
}

void TestAccountSession::readyWithTheInstanceLimits()
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/instance"),
                      {{QStringLiteral("configuration"),
                        QJsonObject{{QStringLiteral("statuses"),
                                     QJsonObject{{QStringLiteral("max_characters"), 1234}}}}}});
    AppContext context;
    const AccountRecord account = demoAccount();
    QVERIFY(writeToken(context, account, m_sandbox.mintToken()));
    context.accounts()->save(account);
    AccountSession *session = context.sessions()->session(account.key());
    QVERIFY(session);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AccountSession::State::Ready, 10000);
    QVERIFY(session->client());
    QTRY_COMPARE_WITH_TIMEOUT(session->limits().maxCharacters, qint64(1234), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!session->languages().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!session->defaultVisibility().isEmpty(), 10000);
}

void TestAccountSession::missingTokenAsksToSignIn()
{
    AppContext context;
    const AccountRecord account = demoAccount();
    QSignalSpy removed(context.secrets()->remove(account.tokenKey()), &SecretJob::finished);
    QVERIFY(removed.wait(10000));
    context.accounts()->save(account);
    AccountSession *session = context.sessions()->session(account.key());
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AccountSession::State::SignInRequired, 10000);
    QVERIFY(!session->client());
    QVERIFY(session->problem().contains(account.handle()));
}

void TestAccountSession::revokedTokenHoldsPostsUntilSignedInAgain()
{
    AppContext context;
    const AccountRecord account = demoAccount();
    const QString token = m_sandbox.mintToken();
    QVERIFY(writeToken(context, account, token));
    context.accounts()->save(account);
    AccountSession *session = context.sessions()->session(account.key());
    QSignalSpy detailsLoaded(session, &AccountSession::detailsLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AccountSession::State::Ready, 10000);
    // The start-up calls (instance, languages, credentials) finish with the good token.
    QTRY_COMPARE_WITH_TIMEOUT(detailsLoaded.size(), 3, 10000);

    // The server forgets every token (as after a revocation in its settings).
    m_sandbox.reset();

    Draft draft;
    draft.accountKey = account.key();
    draft.parts = {QStringLiteral("written before the token was revoked")};
    QSignalSpy signIn(context.outbox(), &Outbox::signInRequired);
    const QString id = context.outbox()->enqueue(draft);
    QVERIFY(signIn.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AccountSession::State::SignInRequired, 5000);
    QCOMPARE(context.outbox()->entry(id)->state, OutboxEntry::State::NeedsSignIn);
    QCOMPARE(m_sandbox.statuses().size(), 0);

    // Signed in again: the new token goes to the keychain and the session restarts.
    QSignalSpy posted(context.outbox(), &Outbox::posted);
    QVERIFY(writeToken(context, account, m_sandbox.mintToken()));
    context.sessions()->restart(account.key());
    QVERIFY(posted.wait(10000));
    QCOMPARE(posted.first().at(0).toString(), id);
    QCOMPARE(m_sandbox.statuses().size(), 1);
}

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
