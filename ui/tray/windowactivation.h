#pragma once

#include <QString>

class QWidget;

// Brings a window to the front with the keyboard focus when Posthorn is asked to by
// another process (a second `posthorn --quick-post` from a launcher or a shortcut).
// X11 window managers refuse an application's own activation request unless it
// follows the user's input in that application ("focus stealing prevention"), so the
// quick-post window would appear without focus. On X11 the request is sent the way
// pagers and task bars send it, which window managers honour, as KDE's
// KWindowSystem::forceActiveWindow does; elsewhere Qt's own request is used. On Wayland
// the compositor gives the focus for an xdg-activation token from the user's input: a
// later `posthorn` passes on the one its launcher gave it.
class WindowActivation final
{
public:
    WindowActivation() = delete;

    static void activate(QWidget *window, const QString &activationToken = {});
};
