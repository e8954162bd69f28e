#pragma once

#include <QObject>

// Whether the tray's messages reach a notification server that reads markup. Qt shows
// them in a balloon of its own (plain text) on an XEmbed tray, but on a StatusNotifier
// tray (KDE, GNOME's AppIndicator extension) it sends them to org.freedesktop.
// Notifications, whose servers read body markup, `<img src=…>` included. Asked the way
// Qt decides, once and without blocking; until the answer arrives, markup is assumed,
// since escaping too much is only ugly and escaping too little is not safe.
class NotificationMarkup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationMarkup)

public:
    explicit NotificationMarkup(QObject *parent = nullptr);

    // A notification body made of plain text (server words included) as the server
    // that shows it will show it literally.
    [[nodiscard]] QString body(const QString &plainText) const;

signals:
    void known();

private:
    bool m_markup = true;
};
