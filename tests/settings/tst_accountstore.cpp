#include "settings/accountstore.h"

#include <QTemporaryDir>
#include <QtTest>

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_run = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_run)); }

    static AccountRecord account(const QString &instance, const QString &id, const QString &acct)
    {
        return {QUrl(instance), id, acct, acct.toUpper(),
                QUrl(instance + QStringLiteral("/a.png"))};
    }

private slots:
    void accountsSurviveARestart()
    {
        const QString path = freshPath();
        const AccountRecord a = account(QStringLiteral("https://one.example"), QStringLiteral("1"),
                                        QStringLiteral("alice"));
        const AccountRecord b = account(QStringLiteral("http://127.0.0.1:3000"),
                                        QStringLiteral("1"), QStringLiteral("demo"));
        {
            AccountStore store(path);
            QSignalSpy changed(&store, &AccountStore::accountsChanged);
            QSignalSpy current(&store, &AccountStore::currentAccountChanged);
            store.save(a);
            store.save(b);
            store.setCurrentAccountKey(b.key());
            store.setCurrentAccountKey(b.key());
            QCOMPARE(changed.size(), 2);
            QCOMPARE(current.size(), 1);
            QCOMPARE(current.constFirst().constFirst().toString(), b.key());
        }
        AccountStore again(path);
        QCOMPARE(again.accounts(), (QList<AccountRecord>{a, b}));
        QCOMPARE(again.currentAccountKey(), QStringLiteral("127.0.0.1:3000/1"));
        QCOMPARE(b.handle(), QStringLiteral("@demo@127.0.0.1"));
    }

    void sameIdOnTwoInstancesAreTwoAccounts()
    {
        AccountStore store(freshPath());
        store.save(account(QStringLiteral("https://one.example"), QStringLiteral("7"),
                           QStringLiteral("x")));
        store.save(account(QStringLiteral("https://two.example"), QStringLiteral("7"),
                           QStringLiteral("x")));
        QCOMPARE(store.accounts().size(), 2);
    }

    void savingAgainUpdates()
    {
        AccountStore store(freshPath());
        AccountRecord a = account(QStringLiteral("https://one.example"), QStringLiteral("1"),
                                  QStringLiteral("alice"));
        store.save(a);
        a.displayName = QStringLiteral("Alice Renamed");
        store.save(a);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.accounts().constFirst().displayName, QStringLiteral("Alice Renamed"));
    }

    void removeForgetsAccountAndCurrent()
    {
        AccountStore store(freshPath());
        const AccountRecord a = account(QStringLiteral("https://one.example"), QStringLiteral("1"),
                                        QStringLiteral("alice"));
        store.save(a);
        store.setCurrentAccountKey(a.key());
        store.remove(a.key());
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(store.currentAccountKey().isEmpty());
    }

    void clientsPerInstance()
    {
        const QString path = freshPath();
        const QUrl local(QStringLiteral("http://127.0.0.1:3000"));
        {
            AccountStore store(path);
            QVERIFY(!store.client(local));
            store.saveClient({local,
                              QStringLiteral("cid"),
                              QStringLiteral("http://127.0.0.1/cb"),
                              {QStringLiteral("read"), QStringLiteral("write")}});
        }
        AccountStore again(path);
        const auto c = again.client(local);
        QVERIFY(c);
        QCOMPARE(c->clientId, QStringLiteral("cid"));
        QCOMPARE(c->scopes, (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
        QCOMPARE(c->secretKey(), QStringLiteral("client-secret/127.0.0.1:3000"));
        QVERIFY(!again.client(QUrl(QStringLiteral("http://127.0.0.1:3001"))));
        again.removeClient(local);
        QVERIFY(!again.client(local));
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
