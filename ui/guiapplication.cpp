#include "guiapplication.h"

#include "appcontext.h"
#include "appidentity.h"
#include "cli/commandline.h"
#include "mainwindow.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"
#include "wizard/setupwizard.h"

#include <QApplication>

#include <cstdio>

namespace {

// Runs the setup wizard; the main window follows once an account exists. Closing the
// wizard at first run (no account at all) quits, as there is nothing to show.
void runSetup(AppContext *context, MainWindow *window, const QString &address = {})
{
    auto *wizard = new SetupWizard(context, window->isVisible() ? window : nullptr);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setSuggestedAddress(address);
    QObject::connect(wizard, &QDialog::finished, window, [context, window, wizard](int result) {
        if (result == QDialog::Accepted) {
            // Signed in anew (or for the first time): its session reads the new token,
            // and posts that waited for it go out.
            context->sessions()->restart(wizard->account().key());
        }
        if (result == QDialog::Accepted || !context->accounts()->accounts().isEmpty()) {
            window->show();
            window->focusComposer();
        } else if (!window->isVisible()) {
            QApplication::quit();
        }
    });
    wizard->show();
    // A window shown without user input gets no focus from some window managers; the
    // keyboard contract says the address field has it.
    wizard->raise();
    wizard->activateWindow();
}

} // namespace

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

    AppContext context;
    MainWindow window(&context);
    QObject::connect(&window, &MainWindow::addAccountRequested, &window,
                     [&] { runSetup(&context, &window); });
    QObject::connect(&window, &MainWindow::signInAgainRequested, &window,
                     [&](const QString &accountKey) {
                         const QList<AccountRecord> accounts = context.accounts()->accounts();
                         for (const AccountRecord &account : accounts) {
                             if (account.key() == accountKey)
                                 runSetup(&context, &window, account.instanceUrl.toString());
                         }
                     });
    QObject::connect(&window, &MainWindow::allAccountsSignedOut, &window, [&] {
        window.hide();
        runSetup(&context, &window);
    });

    if (context.accounts()->accounts().isEmpty()) {
        runSetup(&context, &window);
    } else {
        window.show();
        window.focusComposer();
    }
    return QApplication::exec();
}
