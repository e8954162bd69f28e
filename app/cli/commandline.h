#pragma once

#include "launch/launchrequest.h"

#include <QString>
#include <QStringList>

// The command line of the posthorn executable. It is parsed twice: before
// QApplication exists, so that --help and --version work without a display, and
// after QApplication has taken its own options (-platform, -style, ...) out, to
// reject what remains unknown.
class CommandLine final
{
public:
    explicit CommandLine(const QStringList &arguments);

    [[nodiscard]] bool helpRequested() const { return m_help; }
    [[nodiscard]] bool versionRequested() const { return m_version; }
    [[nodiscard]] bool quickPostRequested() const { return m_launchRequest.quickPost; }
    // What this start asks of Posthorn, for itself or for the instance already running.
    [[nodiscard]] LaunchRequest launchRequest() const { return m_launchRequest; }
    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] QString helpText() const { return m_helpText; }
    [[nodiscard]] static QString versionText();

private:
    bool m_help = false;
    bool m_version = false;
    LaunchRequest m_launchRequest;
    QString m_error;
    QString m_helpText;
};
