#pragma once

#include <QObject>

// Whether the composers check spelling as the user types (on unless switched off in
// Preferences), kept in the application's settings. Every composer follows a change at
// once, through the one instance.
class SpellingPreference final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingPreference)

public:
    [[nodiscard]] static SpellingPreference *instance();

    [[nodiscard]] bool isEnabled() const;
    void setEnabled(bool enabled);

signals:
    void enabledChanged(bool enabled);

private:
    SpellingPreference() = default;
};
