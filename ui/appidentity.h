#pragma once

class QApplication;

// What every Posthorn window process (posthorn and posthorn-signin) presents the same
// way: display name, desktop file, icon, and the translation for the system locale.
class AppIdentity final
{
public:
    AppIdentity() = delete;

    static void apply(QApplication &app);
};
