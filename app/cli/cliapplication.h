#pragma once

#include <QStringList>

// The commands that need no display: `posthorn post` and `posthorn accounts`. They run
// on a QCoreApplication, so no window system is loaded or needed (no DISPLAY, no
// WAYLAND_DISPLAY); the keychain is reached over D-Bus as the window does.
class CliApplication final
{
public:
    CliApplication() = delete;

    // Whether this command line is one of these commands rather than the window's.
    [[nodiscard]] static bool handles(const QStringList &arguments);
    [[nodiscard]] static int run(int &argc, char **argv);
};
