#include "windowactivation.h"

#include <QGuiApplication>
#include <QWidget>
#include <QWindow>

#include <xcb/xcb.h>

#include <cstring>

void WindowActivation::activate(QWidget *window, const QString &activationToken)
{
    window->raise();
    // QtWayland 6.4 has no call that takes a token: its activation request reads
    // XDG_ACTIVATION_TOKEN, and removes it once used. A token it did not use (the
    // window has no surface yet) must not serve a later request.
    const bool withToken =
        !activationToken.isEmpty() && QGuiApplication::platformName() == QLatin1String("wayland");
    if (withToken)
        qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    window->activateWindow();
    if (withToken)
        qunsetenv("XDG_ACTIVATION_TOKEN");
    auto *x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    if (!x11 || !window->windowHandle())
        return;
    xcb_connection_t *connection = x11->connection();
    static const char name[] = "_NET_ACTIVE_WINDOW";
    const xcb_intern_atom_cookie_t cookie = xcb_intern_atom(connection, 0, sizeof name - 1, name);
    xcb_intern_atom_reply_t *atom = xcb_intern_atom_reply(connection, cookie, nullptr);
    if (!atom)
        return;
    const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;

    // EWMH: data[0] = 2 says "from a pager", data[1] = 0 is the current time.
    xcb_client_message_event_t event;
    std::memset(&event, 0, sizeof event);
    event.response_type = XCB_CLIENT_MESSAGE;
    event.format = 32;
    event.window = xcb_window_t(window->windowHandle()->winId());
    event.type = atom->atom;
    event.data.data32[0] = 2;
    free(atom);
    xcb_send_event(connection, 0, screen->root,
                   XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY | XCB_EVENT_MASK_SUBSTRUCTURE_REDIRECT,
                   reinterpret_cast<const char *>(&event));
    xcb_flush(connection);
}
