#include "notificationmarkup.h"

#include "util/servertext.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

NotificationMarkup::NotificationMarkup(QObject *parent)
    : QObject(parent)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.kde.StatusNotifierWatcher"), QStringLiteral("/StatusNotifierWatcher"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.kde.StatusNotifierWatcher")
         << QStringLiteral("IsStatusNotifierHostRegistered");
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                const QDBusPendingReply<QDBusVariant> reply = *finished;
                m_markup = !reply.isError() && reply.value().variant().toBool();
                finished->deleteLater();
                emit known();
            });
}

QString NotificationMarkup::body(const QString &plainText) const
{
    const QString text = ServerText::plain(plainText);
    return m_markup ? text.toHtmlEscaped() : text;
}
