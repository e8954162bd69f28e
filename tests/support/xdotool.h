#pragma once

#include <QString>
#include <QStringList>

// Drives an X display from outside, as a user and a desktop would, for tests of the real
// posthorn executable: windows found by title, keys and text sent with xdotool, and
// screenshots taken with ImageMagick's import. `display` empty means this session's own.
// In tests/wayland-session.sh (POSTHORN_DISPLAY_SERVER=wayland) the same is done on its
// sway with swaymsg, wtype and grim; window ids are then sway's container ids, and
// `display` is not used, as that session has one display.
namespace Xdotool {

// Whether this session is tests/wayland-session.sh's.
bool onWayland();

// Runs `program` on the display and returns what it printed, trimmed.
QString run(const QString &program, const QStringList &args, const QString &display = {});

// The id of the first visible window whose title matches, or empty.
QString window(const QString &titleRegex, const QString &display = {});

// The title of the window that has the keyboard focus.
QString focusedWindowName(const QString &display = {});

// The id of the window that has the keyboard focus, or empty.
QString activeWindow(const QString &display = {});

// Gives the window the focus, as a user's click would.
void activate(const QString &windowId, const QString &display = {});

// Closes the window, as its title bar's close button would.
void close(const QString &windowId, const QString &display = {});

// The display's windows with their titles, for failure messages.
QString windowList(const QString &display = {});

// Activates the window and types `text` into it, `delayMs` between characters.
void type(const QString &windowId, const QString &text, const QString &display = {},
          int delayMs = 20);

// Activates the window and presses `keyName` ("Return", "ctrl+Return"), then releases
// every key of it again: a key that closes its window can lose its release with it, and
// the X server would then keep it down for everything after.
void keys(const QString &windowId, const QString &keyName, const QString &display = {},
          int delayMs = 80);

// With POSTHORN_SCREENSHOTS set, saves the window (or "root", the whole screen, trimmed;
// or the `crop` geometry of it, "520x360+0+0") there as `name`.png, once it has finished
// painting. The README's pictures come from this.
void screenshot(const QString &windowId, const QString &name, const QString &crop = {});

} // namespace Xdotool
