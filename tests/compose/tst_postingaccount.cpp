// The account a composer posts as, with the real keychain of the test session and the
// sandbox: what stands in the way of posting before there is an account, while its
// session connects, and when its token is gone; following a switch of account.
#include "appcontext.h"
#include "sandboxprocess.h"
#include "secrets/secretjob.h"
#include "secrets/secretstore.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "session/postingaccount.h"
#include "settings/accountstore.h"
#include "signedinaccount.h"

#include <QDir>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestPostingAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void withoutAnAccountItAsksToAddOne();
    void connectingAccountIsNamedUntilItIsReady();
    void accountWithoutATokenNeedsSignIn();
    void followsASwitchOnlyWhenTold();

private:
    SandboxProcess m_sandbox;
};

void TestPostingAccount::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
}

void TestPostingAccount::init()
{
    m_sandbox.reset();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    AccountStore store;
    const QList<AccountRecord> accounts = store.accounts();
    for (const AccountRecord &account : accounts)
        store.remove(account.key());
}

void TestPostingAccount::withoutAnAccountItAsksToAddOne()
{
    AppContext context;
    PostingAccount posting(context.accounts(), context.sessions());
    QVERIFY(!posting.follow());
    QVERIFY(!posting.session());
    QVERIFY(!posting.isReady());
    QVERIFY(!posting.needsSignIn());
    QVERIFY(!posting.client());
    QVERIFY(!posting.problem().isEmpty());
    // Mastodon's defaults stand in for the server's.
    QCOMPARE(posting.limits().maxCharacters, InstanceConfiguration().maxCharacters);
}

void TestPostingAccount::connectingAccountIsNamedUntilItIsReady()
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/instance"),
                      {{QStringLiteral("configuration"),
                        QJsonObject{{QStringLiteral("statuses"),
                                     QJsonObject{{QStringLiteral("max_characters"), 777}}}}}});
    AppContext context;
    AccountRecord account;
    QVERIFY(SignedInAccount::add(context, m_sandbox, &account));
    PostingAccount posting(context.accounts(), context.sessions());
    QSignalSpy detailsLoaded(&posting, &PostingAccount::detailsLoaded);
    QVERIFY(posting.follow());
    QCOMPARE(posting.accountKey(), account.key());
    QCOMPARE(posting.host(), m_sandbox.baseUrl().host());
    if (!posting.isReady())
        QVERIFY2(posting.problem().contains(posting.host()), qPrintable(posting.problem()));

    QTRY_VERIFY_WITH_TIMEOUT(posting.isReady(), 10000);
    QVERIFY(posting.client());
    QVERIFY(posting.problem().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(posting.limits().maxCharacters, qint64(777), 10000);
    QVERIFY(detailsLoaded.count() >= 1);
    // The same session again is no change.
    QVERIFY(!posting.follow());
}

void TestPostingAccount::accountWithoutATokenNeedsSignIn()
{
    AppContext context;
    AccountRecord account;
    QVERIFY(SignedInAccount::add(context, m_sandbox, &account));
    QSignalSpy removed(context.secrets()->remove(account.tokenKey()), &SecretJob::finished);
    QVERIFY(removed.wait(10000));
    context.sessions()->restart(account.key());
    PostingAccount posting(context.accounts(), context.sessions());
    QSignalSpy stateChanged(&posting, &PostingAccount::stateChanged);
    QVERIFY(posting.follow());

    QTRY_VERIFY_WITH_TIMEOUT(posting.needsSignIn(), 10000);
    QVERIFY(!posting.isReady());
    QVERIFY(!posting.client());
    QVERIFY2(posting.problem().contains(account.handle()), qPrintable(posting.problem()));
    QVERIFY(stateChanged.count() >= 1);
}

void TestPostingAccount::followsASwitchOnlyWhenTold()
{
    AppContext context;
    AccountRecord first;
    QVERIFY(SignedInAccount::add(context, m_sandbox, &first));
    PostingAccount posting(context.accounts(), context.sessions());
    QVERIFY(posting.follow());
    AccountSession *firstSession = posting.session();
    QVERIFY(firstSession);

    AccountRecord second = first;
    second.acct = QStringLiteral("alice");
    second.accountId = QStringLiteral("2");
    context.accounts()->save(second);
    context.accounts()->setCurrentAccountKey(second.key());
    // The composer says when: a saved draft's account becomes current before it follows.
    QCOMPARE(posting.session(), firstSession);
    QVERIFY(posting.follow());
    QCOMPARE(posting.session(), context.sessions()->session(second.key()));
    QCOMPARE(posting.accountKey(), second.key());
}

QTEST_GUILESS_MAIN(TestPostingAccount)
#include "tst_postingaccount.moc"
