#pragma once

#include <QString>

// Asks the session's Wayland compositor for an xdg-activation token, as a launcher does
// for the program it starts (and gives it as XDG_ACTIVATION_TOKEN). A few messages of
// the Wayland wire protocol on the compositor's socket: the tests need no Wayland
// development files, and stay real clients of the real compositor.
namespace WaylandActivation {

// The token, or empty with `error` saying why.
QString requestToken(QString *error);

} // namespace WaylandActivation
