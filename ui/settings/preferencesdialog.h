#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

// Preferences: start Posthorn at login (an XDG autostart entry), and whether it then
// starts hidden in the tray; whether the composers check spelling and ask before
// posting media without a description; how long a post can be taken back after Post
// (undo send). Each change applies at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `trayAvailable`: starting hidden is offered only where a tray can show Posthorn.
    PreferencesDialog(bool trayAvailable, QWidget *parent = nullptr);

private:
    void writeAutostart();

    QCheckBox *m_startAtLogin;
    QCheckBox *m_startHidden;
    QCheckBox *m_checkSpelling;
    QComboBox *m_undoSend;
    QCheckBox *m_requireDescriptions;
    QLabel *m_problem;
    bool m_trayAvailable;
};
