#pragma once

class QApplication;

// What every Posthorn window process (posthorn and posthorn-signin) presents the same
// way: display name, desktop file, the translation for the system locale, and the icon.
class AppIdentity final
{
public:
    AppIdentity() = delete;

    static void apply(QApplication &app);
    // Apart, so that it can wait until the first window is up: the icon is an SVG, and
    // its icon engine is a plugin to load and the icon a picture to render at every
    // size the window manager takes, which took about 2 % of the start-up's work.
    // Windows that exist already take the icon when it is set.
    static void applyIcon();
};
