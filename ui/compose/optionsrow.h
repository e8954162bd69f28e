#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;

// What a post carries besides its text: media, or a poll (never both), a content
// warning, and whether its media are sensitive.
class OptionsRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsRow)

public:
    explicit OptionsRow(QWidget *parent = nullptr);

    [[nodiscard]] bool hasPoll() const;
    [[nodiscard]] bool hasContentWarning() const;
    [[nodiscard]] bool isSensitive() const;
    // A restored draft's options; the toggled signals follow as if clicked.
    void setPoll(bool on);
    void setContentWarning(bool on);
    void setSensitive(bool on);
    // What can be added now: `roomForMedia` is false at the server's maximum.
    void updateState(bool editable, bool hasMedia, bool roomForMedia);
    void setEditable(bool editable);
    // A quick post has no poll.
    void hidePoll();

signals:
    void mediaRequested();
    void pollToggled(bool on);
    void contentWarningToggled(bool on);
    void sensitiveToggled();

private:
    QPushButton *m_addMedia;
    QPushButton *m_pollToggle;
    QCheckBox *m_cwToggle;
    QCheckBox *m_sensitive;
};
