#pragma once

// The user's choices about how Posthorn behaves, kept in the application's settings
// under XDG_CONFIG_HOME. Start at login lives in its autostart entry, not here.
class AppPreferences final
{
public:
    AppPreferences() = delete;

    // Whether the user was told, once, that closing the main window keeps Posthorn
    // in the tray.
    [[nodiscard]] static bool closeToTrayExplained();
    static void setCloseToTrayExplained(bool explained);

    // Whether Post asks first when an attachment has no description (on unless turned
    // off, as in Mastodon's web composer).
    [[nodiscard]] static bool requireDescriptions();
    static void setRequireDescriptions(bool require);
};
