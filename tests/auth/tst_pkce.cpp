#include "auth/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    // RFC 7636, appendix B.
    void challengeMatchesTheRfcVector()
    {
        const Pkce pkce =
            Pkce::fromVerifier(QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        QCOMPARE(pkce.challenge(),
                 QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(Pkce::method(), QByteArrayLiteral("S256"));
    }

    void generatedVerifiersAreValidAndFresh()
    {
        // RFC 7636 §4.1: 43 to 128 characters of [A-Z] [a-z] [0-9] - . _ ~
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const Pkce pkce = Pkce::generate();
            QVERIFY2(unreserved.match(QString::fromLatin1(pkce.verifier())).hasMatch(),
                     pkce.verifier().constData());
            QCOMPARE(pkce.challenge().size(), 43); // 32 bytes, base64url, no padding
            QVERIFY(!pkce.challenge().contains('='));
            seen.insert(pkce.verifier());
        }
        QCOMPARE(seen.size(), 200);
    }

    void statesAreUrlSafeAndFresh()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray state = Pkce::generateState();
            QCOMPARE(state.size(), 43);
            QCOMPARE(QUrl::toPercentEncoding(QString::fromLatin1(state)), state);
            seen.insert(state);
        }
        QCOMPARE(seen.size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
