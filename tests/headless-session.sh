#!/usr/bin/env bash
# Runs a command inside a throw-away desktop session: Xvfb, a private D-Bus session,
# an unlocked gnome-keyring (Secret Service), a window manager and a tray host, with
# fresh XDG folders. Nothing of the user's own session or keyring is touched.
#   tests/headless-session.sh COMMAND [ARG...]
set -euo pipefail

if [[ "${POSTHORN_IN_SESSION:-}" != "1" ]]; then
    export POSTHORN_IN_SESSION=1
    exec xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- "$0" "$@"
fi

session_dir=$(mktemp -d /tmp/posthorn-session.XXXXXX)
cleanup() {
    jobs -p | xargs -r kill 2>/dev/null || true
    rm -rf "$session_dir"
}
trap cleanup EXIT

export XDG_CONFIG_HOME="$session_dir/config"
export XDG_DATA_HOME="$session_dir/data"
export XDG_CACHE_HOME="$session_dir/cache"
export XDG_RUNTIME_DIR="$session_dir/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Root cannot use Chromium's sandbox; QtWebEngine runs without it in tests only.
export QTWEBENGINE_DISABLE_SANDBOX=1

# A new login keyring with a throw-away password, unlocked at once.
eval "$(printf 'posthorn-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

openbox >/dev/null 2>&1 &
trayer --edge top --SetDockType false >/dev/null 2>&1 &
# Give the window manager a moment to take the screen, so new windows get focus.
for _ in $(seq 1 50); do
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && break
    sleep 0.1
done
# And the tray host, so that programs started now find a system tray.
for _ in $(seq 1 50); do
    xwininfo -root -children 2>/dev/null | grep -q '"trayer"' && break
    sleep 0.1
done

"$@"
