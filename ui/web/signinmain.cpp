// posthorn-signin: the embedded browser for signing in, in a process of its own.
// Posthorn starts it only for authorization, so that QtWebEngine (and the OpenGL
// context it needs from start-up, measured in README.md) never weighs on the main
// process, and nothing of QtWebEngine remains once sign-in is over.
//
// Protocol: one JSON line on stdin {"authorizeUrl": …, "redirectUri": …}; JSON lines
// on stdout: {"event":"shown"}, then {"event":"callback","url":…} or
// {"event":"cancelled"} or {"event":"error","message":…}.
#include "appidentity.h"
#include "signinwindow.h"
#include "util/privatefiles.h"
#include "util/redactingmessagehandler.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebEngineUrlScheme>

#include <cstdio>

namespace {

void send(const QJsonObject &event)
{
    std::fputs(QJsonDocument(event).toJson(QJsonDocument::Compact).append('\n').constData(),
               stdout);
    std::fflush(stdout);
}

void sendError(const QString &message)
{
    send(
        {{QStringLiteral("event"), QStringLiteral("error")}, {QStringLiteral("message"), message}});
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
    const QJsonObject request = QJsonDocument::fromJson(in.readLine(64 * 1024)).object();
    const QUrl authorizeUrl(request.value(QStringLiteral("authorizeUrl")).toString());
    const QUrl redirectUri(request.value(QStringLiteral("redirectUri")).toString());
    if (!authorizeUrl.isValid() || !redirectUri.isValid() ||
        (authorizeUrl.scheme() != QLatin1String("https") &&
         authorizeUrl.scheme() != QLatin1String("http"))) {
        sendError(QStringLiteral("invalid request"));
        return 2;
    }

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

    auto *window = new SignInWindow(authorizeUrl, redirectUri);
    QObject::connect(window, &SignInWindow::callbackCaught, &app, [window](const QUrl &url) {
        send({{QStringLiteral("event"), QStringLiteral("callback")},
              {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}});
        window->hide();
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    QObject::connect(window, &SignInWindow::closedByUser, &app, [] {
        send({{QStringLiteral("event"), QStringLiteral("cancelled")}});
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    window->show();
    send({{QStringLiteral("event"), QStringLiteral("shown")}});
    const int rc = QApplication::exec();
    delete window;
    return rc;
}
