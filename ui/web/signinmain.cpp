// posthorn-signin: the embedded browser for signing in, in a process of its own.
// Posthorn starts it only for authorization, so that QtWebEngine (and the OpenGL
// context it needs from start-up, measured in README.md) never weighs on the main
// process, and nothing of QtWebEngine remains once sign-in is over.
// It talks to Posthorn over its stdin and stdout (auth/signinpipe.h).
#include "appidentity.h"
#include "auth/signinpipe.h"
#include "signinwindow.h"
#include "util/privatefiles.h"
#include "util/redactingmessagehandler.h"

#include <QApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebEngineUrlScheme>

#include <cstdio>

namespace {

void send(const SignInPipe::Event &event)
{
    std::fputs(SignInPipe::encode(event).constData(), stdout);
    std::fflush(stdout);
}

void sendError(const QString &message)
{
    send({SignInPipe::Event::Kind::Error, {}, message});
}

} // namespace

int main(int argc, char *argv[])
{
    // The profile is off the record, yet Chromium may still leave files behind (GPU
    // cache, crash state): they are the user's alone, as Posthorn's own are.
    PrivateFiles::restrictUmask();
    RedactingMessageHandler::install();

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        sendError(QStringLiteral("cannot read the request"));
        return 2;
    }
    const std::optional<SignInPipe::Request> request =
        SignInPipe::decodeRequest(in.readLine(SignInPipe::maxLineSize));
    if (!request) {
        sendError(QStringLiteral("invalid request"));
        return 2;
    }
    const QUrl authorizeUrl = request->authorizeUrl;
    const QUrl redirectUri = request->redirectUri;

    // Both must happen before QApplication exists.
    const QByteArray scheme = redirectUri.scheme().toLatin1();
    if (scheme != "http" && scheme != "https") {
        QWebEngineUrlScheme callbackScheme(scheme);
        callbackScheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
        callbackScheme.setFlags(QWebEngineUrlScheme::SecureScheme);
        QWebEngineUrlScheme::registerScheme(callbackScheme);
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // QtWebEngine prints its start-up parameters at info level; they say nothing a
    // user of Posthorn needs.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("posthorn-signin"));
    AppIdentity::apply(app);
    AppIdentity::applyIcon();

    auto *window = new SignInWindow(authorizeUrl, redirectUri);
    QObject::connect(window, &SignInWindow::callbackCaught, &app, [window](const QUrl &url) {
        send({SignInPipe::Event::Kind::Callback, url, {}});
        window->hide();
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    QObject::connect(window, &SignInWindow::closedByUser, &app, [] {
        send({SignInPipe::Event::Kind::Cancelled, {}, {}});
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    window->show();
    send({SignInPipe::Event::Kind::Shown, {}, {}});
    const int rc = QApplication::exec();
    delete window;
    return rc;
}
