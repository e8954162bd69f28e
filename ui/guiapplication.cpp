#include "guiapplication.h"

#include "appcontext.h"
#include "appidentity.h"
#include "appshell.h"
#include "cli/commandline.h"
#include "cli/postrelay.h"
#include "imagepluginwarmup.h"
#include "launch/launchrequest.h"
#include "launch/singleinstance.h"
#include "outbox/outboxlock.h"

#include <QApplication>
#include <QLocalSocket>
#include <QTimer>

#include <cstdio>

int GuiApplication::run(int &argc, char **argv)
{
    QApplication app(argc, argv);
    const CommandLine commandLine(QCoreApplication::arguments());
    if (!commandLine.isValid()) {
        std::fprintf(stderr, "%s\n%s", qPrintable(commandLine.errorText()),
                     qPrintable(commandLine.helpText()));
        return 2;
    }
    AppIdentity::apply(app);

    // One Posthorn per profile: a later start hands its request over and is done.
    LaunchRequest request = commandLine.launchRequest();
    // A launcher on Wayland gives the program it starts a token that lets it take the
    // focus; a Posthorn that hands over passes it on to the running one.
    request.activationToken = qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    SingleInstance instance;
    switch (instance.start(request.toMessage())) {
    case SingleInstance::Role::HandedOff:
        return 0;
    case SingleInstance::Role::NoAnswer:
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "GuiApplication", "Posthorn is already running but does not answer. "
                                           "Quit it, or end its process, and try again.")));
        return 1;
    case SingleInstance::Role::Primary:
        break;
    }
    // Only for the instance that shows windows: a hand-over ends without any. Early, on
    // a thread of its own: the main window's menu bar needs the plugins for its icon.
    ImagePluginWarmup::start();

    // One writer of the outbox at a time: a `posthorn post` that found no window may be
    // sending now, and ends within its deadline.
    OutboxLock outboxLock;
    if (!outboxLock.tryLock(std::chrono::milliseconds(0))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "GuiApplication", "Waiting for a posthorn post command to finish…")));
        if (!outboxLock.tryLock(std::chrono::minutes(2)))
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "GuiApplication", "The posthorn post command did not finish; "
                                               "Posthorn starts anyway.")));
    }

    AppContext context;
    AppShell shell(&context);
    PostRelay relay(context.outbox());
    QObject::connect(&instance, &SingleInstance::requestReceived, &relay, &PostRelay::handle);
    QObject::connect(
        &instance, &SingleInstance::messageReceived, &shell, [&shell](const QByteArray &message) {
            if (const std::optional<LaunchRequest> handed = LaunchRequest::fromMessage(message))
                shell.handle(*handed);
        });
    shell.start(request);
    // Once the first window is shown (its map request has left by then): the window
    // manager takes the icon when it comes.
    QTimer::singleShot(0, &shell, [] { AppIdentity::applyIcon(); });
    return QApplication::exec();
}
