#include "auth/oauthcallback.h"
#include "auth/pkce.h"
#include "auth/signinbrowser.h"
#include "processlist.h"
#include "sandboxprocess.h"

#include <QDir>
#include <QProcess>
#include <QtTest>
#include <QUrlQuery>

// The real sign-in browser (posthorn-signin, QtWebEngine) on the sandbox's real
// authorization page, driven with synthetic keys as a user would. Needs the headless
// session's window manager, so that the new window gets keyboard focus.
class TestSignInBrowser : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QJsonObject m_app;
    const QUrl m_redirect{QStringLiteral("posthorn://callback")};

    QUrl authorizeUrl(const Pkce &pkce, const QString &state) const
    {
        QUrl url = m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/oauth/authorize")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"),
                       m_app.value(QStringLiteral("client_id")).toString());
        q.addQueryItem(QStringLiteral("redirect_uri"), m_redirect.toString());
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("read write"));
        q.addQueryItem(QStringLiteral("state"), state);
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge()));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(q);
        return url;
    }

    // Types keys into the sign-in window once its page has loaded, again every
    // second until the browser reports (a page still rendering may miss the first).
    static void pressUntil(const QStringList &keys, const std::function<bool()> &done)
    {
        for (int attempt = 0; attempt < 30 && !done(); ++attempt) {
            QProcess::execute(QStringLiteral("xdotool"),
                              QStringList{QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                          QStringLiteral("--name"), QStringLiteral("^Sign in"),
                                          QStringLiteral("windowactivate"),
                                          QStringLiteral("--sync"), QStringLiteral("key"),
                                          QStringLiteral("--delay"), QStringLiteral("100")} +
                                  keys);
            (void)QTest::qWaitFor(done, 1000);
            // When a key closes the window, its release can get lost with the window, and
            // the X server then keeps the key down for the next test: release them all.
            QStringList release;
            for (const QString &key : keys)
                release += key.split(QLatin1Char('+'));
            QProcess::execute(QStringLiteral("xdotool"),
                              QStringList{QStringLiteral("keyup")} + release);
        }
    }

    // Keys typed before the page has loaded would land in the toolbar.
    void waitForAuthorizePage()
    {
        const auto served = [this] {
            const QJsonArray log = m_sandbox.requests();
            for (const QJsonValue &r : log) {
                if (r[QStringLiteral("method")].toString() == QLatin1String("GET") &&
                    r[QStringLiteral("path")].toString() == QLatin1String("/oauth/authorize"))
                    return true;
            }
            return false;
        };
        QVERIFY(QTest::qWaitFor(served, 30000));
        // Fixed wait: the page is served but may not be laid out yet, and nothing outside
        // the browser process says when it is; pressUntil() presses again if a key was
        // lost.
        QTest::qWait(500);
    }

private slots:
    void init() { m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests")); }

    void initTestCase()
    {
        qputenv("POSTHORN_SIGNIN_PATH", POSTHORN_SIGNIN_PATH);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        m_app = m_sandbox
                    .control("POST", QStringLiteral("/api/v1/apps"),
                             {{QStringLiteral("client_name"), QStringLiteral("Posthorn")},
                              {QStringLiteral("redirect_uris"), m_redirect.toString()},
                              {QStringLiteral("scopes"), QStringLiteral("read write")}})
                    .object();
        QVERIFY(!m_app.value(QStringLiteral("client_id")).toString().isEmpty());
    }

    void returnApprovesAndTheCodeRedeemsWithPkce()
    {
        const Pkce pkce = Pkce::generate();
        const QString state = QString::fromLatin1(Pkce::generateState());
        SignInBrowser browser;
        QSignalSpy shown(&browser, &SignInBrowser::shown);
        QSignalSpy callback(&browser, &SignInBrowser::callbackReceived);
        QSignalSpy failed(&browser, &SignInBrowser::failed);
        browser.start(authorizeUrl(pkce, state), m_redirect);
        QVERIFY(shown.wait(30000));
        waitForAuthorizePage();

        pressUntil({QStringLiteral("Return")},
                   [&] { return !callback.isEmpty() || !failed.isEmpty(); });
        QCOMPARE(failed.size(), 0);
        QCOMPARE(callback.size(), 1);

        const OAuthCallback cb =
            OAuthCallback::parse(callback.constFirst().constFirst().toUrl(), m_redirect, state);
        QCOMPARE(cb.outcome, OAuthCallback::Outcome::Code);

        // The redirect was caught, never loaded: the sandbox saw no request for it.
        // And the code is good: the sandbox redeems it against the PKCE verifier.
        const QJsonObject token =
            m_sandbox
                .control("POST", QStringLiteral("/oauth/token"),
                         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), cb.code},
                          {QStringLiteral("client_id"), m_app.value(QStringLiteral("client_id"))},
                          {QStringLiteral("client_secret"),
                           m_app.value(QStringLiteral("client_secret"))},
                          {QStringLiteral("redirect_uri"), m_redirect.toString()},
                          {QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier())}})
                .object();
        QVERIFY2(!token.value(QStringLiteral("access_token")).toString().isEmpty(),
                 QJsonDocument(token).toJson().constData());

        // Sign-in over: the browser process and every QtWebEngine process are gone.
        QTRY_VERIFY_WITH_TIMEOUT(!browser.isRunning(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(ProcessList::countMatching("QtWebEngineProcess"), 0, 10000);
    }

    void denyReportsDenied()
    {
        const QString state = QString::fromLatin1(Pkce::generateState());
        SignInBrowser browser;
        QSignalSpy shown(&browser, &SignInBrowser::shown);
        QSignalSpy callback(&browser, &SignInBrowser::callbackReceived);
        browser.start(authorizeUrl(Pkce::generate(), state), m_redirect);
        QVERIFY(shown.wait(30000));
        waitForAuthorizePage();
        // Authorize has focus; Tab moves to Deny.
        pressUntil({QStringLiteral("Tab"), QStringLiteral("Return")},
                   [&] { return !callback.isEmpty(); });
        QCOMPARE(callback.size(), 1);
        QCOMPARE(OAuthCallback::parse(callback.constFirst().constFirst().toUrl(), m_redirect, state)
                     .outcome,
                 OAuthCallback::Outcome::Denied);
    }

    void closingTheWindowCancels()
    {
        SignInBrowser browser;
        QSignalSpy shown(&browser, &SignInBrowser::shown);
        QSignalSpy cancelled(&browser, &SignInBrowser::cancelled);
        browser.start(authorizeUrl(Pkce::generate(), QStringLiteral("s")), m_redirect);
        QVERIFY(shown.wait(30000));
        waitForAuthorizePage();
        // openbox closes the active window on Alt+F4, as desktops do.
        pressUntil({QStringLiteral("alt+F4")}, [&] { return !cancelled.isEmpty(); });
        // The window vanishes between Alt's press and release, and the X server then
        // keeps Alt down, which would turn the next test's keys into shortcuts.
        QProcess::execute(QStringLiteral("xdotool"),
                          {QStringLiteral("keyup"), QStringLiteral("Alt_L"), QStringLiteral("F4")});
        QCOMPARE(cancelled.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!browser.isRunning(), 10000);
    }

    // Back or Cancel in the wizard ends the browser; nothing of QtWebEngine may stay.
    void cancelLeavesNoWebEngineProcess()
    {
        SignInBrowser browser;
        QSignalSpy shown(&browser, &SignInBrowser::shown);
        browser.start(authorizeUrl(Pkce::generate(), QStringLiteral("s")), m_redirect);
        QVERIFY(shown.wait(30000));
        waitForAuthorizePage();
        QVERIFY(ProcessList::countMatching("QtWebEngineProcess") > 0);
        browser.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!browser.isRunning(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(ProcessList::countMatching("QtWebEngineProcess"), 0, 10000);
    }

    // Chromium writes to stderr directly, past the helper's own redacting handler.
    // The dynamic loader does the same when LD_PRELOAD names a library it cannot
    // find: the real helper prints a line with a callback's code and state, and what
    // Posthorn logs of it must not hold them.
    void helperErrorOutputIsLoggedRedacted()
    {
        static QStringList logged;
        logged.clear();
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                logged.append(message);
                previous(type, context, message);
            });
        const QByteArray secret = QByteArrayLiteral("SECRETc0de42");
        qputenv("LD_PRELOAD", "/nonexistent/callback?code=" + secret + "&state=St4teX");
        SignInBrowser browser;
        QSignalSpy failed(&browser, &SignInBrowser::failed);
        // Refused by the helper at once, before any window.
        browser.start(QUrl(QStringLiteral("file:///nothing")), m_redirect);
        qunsetenv("LD_PRELOAD");
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!browser.isRunning(), 10000);
        qInstallMessageHandler(previous);

        const QStringList relayed = logged.filter(QStringLiteral("LD_PRELOAD"));
        QVERIFY2(!relayed.isEmpty(), qPrintable(logged.join(QLatin1Char('\n'))));
        QVERIFY2(relayed.constFirst().contains(QStringLiteral("posthorn-signin:")),
                 qPrintable(relayed.constFirst()));
        for (const QString &message : std::as_const(logged)) {
            QVERIFY2(!message.contains(QString::fromLatin1(secret)), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("St4teX")), qPrintable(message));
        }
    }

    void missingExecutableFailsClearly()
    {
        qputenv("POSTHORN_SIGNIN_PATH", "/nonexistent/posthorn-signin");
        SignInBrowser browser;
        QSignalSpy failed(&browser, &SignInBrowser::failed);
        browser.start(QUrl(QStringLiteral("https://example.org/oauth/authorize")), m_redirect);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("browser")));
        qputenv("POSTHORN_SIGNIN_PATH", POSTHORN_SIGNIN_PATH);
    }
};

QTEST_GUILESS_MAIN(TestSignInBrowser)
#include "tst_signinbrowser.moc"
