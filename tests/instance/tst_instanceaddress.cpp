#include "instance/instanceaddress.h"

#include <QtTest>

class TestInstanceAddress : public QObject
{
    Q_OBJECT

private slots:
    void validAddressBecomesABaseUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("userHint");

        QTest::newRow("host") << "mastodon.social"
                              << "https://mastodon.social"
                              << "";
        QTest::newRow("host with spaces") << "  mastodon.social \n"
                                          << "https://mastodon.social"
                                          << "";
        QTest::newRow("upper case") << "Mastodon.Social"
                                    << "https://mastodon.social"
                                    << "";
        QTest::newRow("https") << "https://mastodon.social"
                               << "https://mastodon.social"
                               << "";
        QTest::newRow("https slash") << "https://mastodon.social/"
                                     << "https://mastodon.social"
                                     << "";
        QTest::newRow("https port") << "https://social.example:8443"
                                    << "https://social.example:8443"
                                    << "";
        QTest::newRow("handle") << "@alice@mastodon.social"
                                << "https://mastodon.social"
                                << "alice";
        QTest::newRow("handle without @") << "alice@fosstodon.org"
                                          << "https://fosstodon.org"
                                          << "alice";
        QTest::newRow("dotted user") << "@a.b-c@example.social"
                                     << "https://example.social"
                                     << "a.b-c";
        QTest::newRow("profile link") << "https://mastodon.social/@bob"
                                      << "https://mastodon.social"
                                      << "bob";
        QTest::newRow("other page") << "https://mastodon.social/about"
                                    << "https://mastodon.social"
                                    << "";
        QTest::newRow("idn") << "https://münchen.social"
                             << "https://xn--mnchen-3ya.social"
                             << "";
        QTest::newRow("http loopback ip") << "http://127.0.0.1:3000"
                                          << "http://127.0.0.1:3000"
                                          << "";
        QTest::newRow("http localhost") << "http://localhost:3000"
                                        << "http://localhost:3000"
                                        << "";
        QTest::newRow("http ipv6 loopback") << "http://[::1]:3000"
                                            << "http://[::1]:3000"
                                            << "";
        QTest::newRow("loopback without scheme") << "127.0.0.1:3000"
                                                 << "http://127.0.0.1:3000"
                                                 << "";
        QTest::newRow("https loopback kept") << "https://localhost:3443"
                                             << "https://localhost:3443"
                                             << "";
    }

    void validAddressBecomesABaseUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, baseUrl);
        QFETCH(QString, userHint);
        const InstanceAddress a = InstanceAddress::parse(input);
        QVERIFY2(a.isValid(), qPrintable(a.error));
        QCOMPARE(a.baseUrl.toString(QUrl::FullyEncoded), baseUrl);
        QCOMPARE(a.userHint, userHint);
    }

    void invalidAddressIsRefusedWithAHint_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentioned");

        QTest::newRow("empty") << ""
                               << "mastodon.social";
        QTest::newRow("blank") << "   "
                               << "mastodon.social";
        QTest::newRow("http remote") << "http://mastodon.social"
                                     << "https://mastodon.social";
        QTest::newRow("http remote ip") << "http://10.0.0.5:3000"
                                        << "http";
        QTest::newRow("ftp") << "ftp://mastodon.social"
                             << "ftp";
        QTest::newRow("no dot") << "mastodon"
                                << "complete";
        QTest::newRow("garbage") << "http://"
                                 << "not a server address";
        QTest::newRow("spaces inside") << "masto don.social"
                                       << "not a server address";
    }

    void invalidAddressIsRefusedWithAHint()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentioned);
        const InstanceAddress a = InstanceAddress::parse(input);
        QVERIFY(!a.isValid());
        QVERIFY2(a.error.contains(mentioned), qPrintable(a.error));
    }
};

QTEST_GUILESS_MAIN(TestInstanceAddress)
#include "tst_instanceaddress.moc"
