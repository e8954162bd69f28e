#include "auth/oauthscopes.h"

#include <QtTest>

class TestOAuthScopes : public QObject
{
    Q_OBJECT

private slots:
    void scopesAreTheNarrowestTheServerOffers_data()
    {
        QTest::addColumn<QStringList>("supported");
        QTest::addColumn<QString>("expected");

        const QString granular = QStringLiteral("read:accounts read:search read:statuses "
                                                "read:follows write:statuses write:media "
                                                "write:follows");
        // Mastodon 4.3+ publishes its scopes in /.well-known/oauth-authorization-server.
        QTest::newRow("4.3 discovery")
            << QStringLiteral("read write write:accounts write:blocks write:bookmarks "
                              "write:conversations write:favourites write:filters "
                              "write:follows write:lists write:media write:mutes "
                              "write:notifications write:reports write:statuses read "
                              "read:accounts read:blocks read:bookmarks read:favourites "
                              "read:filters read:follows read:lists read:mutes "
                              "read:notifications read:search read:statuses follow push "
                              "profile admin:read admin:write")
                   .split(QLatin1Char(' '))
            << granular;
        QTest::newRow("no discovery document") << QStringList() << QStringLiteral("read write");
        QTest::newRow("one granular scope missing")
            << QStringLiteral("read write read:accounts read:statuses read:follows "
                              "write:statuses write:media write:follows")
                   .split(QLatin1Char(' '))
            << QStringLiteral("read write");
        QTest::newRow("exactly the granular ones") << granular.split(QLatin1Char(' ')) << granular;
    }

    void scopesAreTheNarrowestTheServerOffers()
    {
        QFETCH(QStringList, supported);
        QFETCH(QString, expected);
        QCOMPARE(OAuthScopes::choose(supported).join(QLatin1Char(' ')), expected);
    }

    // Posthorn never asks for more than it uses: no admin, push, or wholesale follow.
    void neverAsksForUnusedScopes()
    {
        for (const QString &scope : OAuthScopes::granular() + OAuthScopes::classic()) {
            QVERIFY2(!scope.startsWith(QLatin1String("admin")), qPrintable(scope));
            QVERIFY2(scope != QLatin1String("push") && scope != QLatin1String("follow"),
                     qPrintable(scope));
        }
    }
};

QTEST_GUILESS_MAIN(TestOAuthScopes)
#include "tst_oauthscopes.moc"
