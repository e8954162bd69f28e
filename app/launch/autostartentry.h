#pragma once

#include <QCoreApplication>
#include <QString>

// Posthorn's entry in the XDG autostart folder, which starts it when the user logs in.
// The file is the setting: whatever the user changed in it with the desktop's own
// tools is what these functions report.
class AutostartEntry final
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)

public:
    AutostartEntry() = delete;

    [[nodiscard]] static QString filePath();
    // The file exists and the desktop would start it: no Hidden=true, and not switched
    // off with GNOME's X-GNOME-Autostart-enabled=false.
    [[nodiscard]] static bool isEnabled();
    // Its Exec line passes --minimized.
    [[nodiscard]] static bool isMinimized();

    // Replaces the file in one piece, creating the folder when needed. False with a
    // message for the user on failure.
    static bool write(const QString &executable, bool minimized, QString *error = nullptr);
    // Removing a file that does not exist succeeds.
    static bool remove(QString *error = nullptr);
};
