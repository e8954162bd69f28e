#!/usr/bin/env bash
# Runs a command inside a throw-away Wayland desktop session: a headless sway, a private
# D-Bus session and an unlocked gnome-keyring (Secret Service), with fresh XDG folders,
# as tests/headless-session.sh does on X11. There is no tray: sway has one only in its
# bar, and a headless session runs no bar.
#   tests/wayland-session.sh COMMAND [ARG...]
# Tests that drive windows see POSTHORN_DISPLAY_SERVER=wayland and use swaymsg, wtype
# and grim instead of xdotool and import (tests/support/xdotool.cpp).
set -euo pipefail

if [[ "${POSTHORN_IN_SESSION:-}" != "1" ]]; then
    export POSTHORN_IN_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

# sway refuses to run as root, so under root it runs as a user of its own, made once;
# the tests (root) reach its socket, since root may open any file. Otherwise it runs as
# the user running the tests.
as_sway_user=()
if [[ $(id -u) -eq 0 ]]; then
    wayland_user=posthorn-wl
    if ! id -u "$wayland_user" >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
            "$wayland_user" 2>/dev/null || id -u "$wayland_user" >/dev/null
    fi
    as_sway_user=(runuser -u "$wayland_user" --)
fi

session_dir=$(mktemp -d /tmp/posthorn-session.XXXXXX)
# sway's own runtime folder, outside the session folder, which only root may enter.
wayland_dir=$(mktemp -d /tmp/posthorn-wayland.XXXXXX)
sway_pid=
cleanup() {
    if [[ -n "$sway_pid" ]]; then
        kill "$sway_pid" 2>/dev/null || true
    fi
    jobs -p | xargs -r kill 2>/dev/null || true
    rm -rf "$session_dir" "$wayland_dir"
}
trap cleanup EXIT

# HOME and TMPDIR too, so that everything the tests and the programs they start write
# stays in the session, where tests/secrets/scan.sh can look through it before it goes.
export HOME="$session_dir/home"
export TMPDIR="$session_dir/tmp"
export XDG_CONFIG_HOME="$session_dir/config"
export XDG_DATA_HOME="$session_dir/data"
export XDG_CACHE_HOME="$session_dir/cache"
export XDG_RUNTIME_DIR="$session_dir/runtime"
mkdir -p "$HOME" "$TMPDIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# For the scan, as in tests/headless-session.sh.
export POSTHORN_SANDBOX_SECRETS_LOG="$session_dir/secrets-ledger.tsv"
: >"$POSTHORN_SANDBOX_SECRETS_LOG"
export POSTHORN_KEEP_TEST_HOMES=1
export QT_LOGGING_RULES="posthorn.*.debug=true${QT_LOGGING_RULES:+;$QT_LOGGING_RULES}"
# Root cannot use Chromium's sandbox; QtWebEngine runs without it in tests only.
export QTWEBENGINE_DISABLE_SANDBOX=1

# A new login keyring with a throw-away password, unlocked at once.
eval "$(printf 'posthorn-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

if ((${#as_sway_user[@]} > 0)); then
    chown "$wayland_user" "$wayland_dir"
    chmod 711 "$wayland_dir"
fi
# One 1280x1024 screen, no bar (so no tray), no Xwayland. A window that asks to be
# activated with a valid xdg-activation token gets the focus, as on GNOME and KDE (sway's
# default only marks it urgent).
cat >"$wayland_dir/config" <<'EOF'
output HEADLESS-1 resolution 1280x1024
xwayland disable
focus_on_window_activation focus
default_border normal
EOF
"${as_sway_user[@]}" env -i PATH=/usr/bin:/bin HOME=/nonexistent \
    XDG_RUNTIME_DIR="$wayland_dir" WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 \
    WLR_RENDERER=pixman sway --config "$wayland_dir/config" >"$session_dir/sway.log" 2>&1 &
sway_pid=$!
for _ in $(seq 1 100); do
    socket=$(find "$wayland_dir" -maxdepth 1 -type s -name 'wayland-*' | head -n 1)
    ipc=$(find "$wayland_dir" -maxdepth 1 -type s -name 'sway-ipc.*' | head -n 1)
    [[ -n "$socket" && -n "$ipc" ]] && break
    sleep 0.1
done
if [[ -z "$socket" || -z "$ipc" ]]; then
    echo "wayland-session: sway did not start: $(tail -c 2000 "$session_dir/sway.log")" >&2
    exit 1
fi

# An absolute WAYLAND_DISPLAY: the tests' own XDG_RUNTIME_DIR stays root's and private,
# which Posthorn's single-instance socket needs.
export WAYLAND_DISPLAY="$socket"
export SWAYSOCK="$ipc"
export QT_QPA_PLATFORM=wayland
export POSTHORN_DISPLAY_SERVER=wayland
unset DISPLAY XAUTHORITY
for _ in $(seq 1 50); do
    swaymsg -t get_outputs >/dev/null 2>&1 && break
    sleep 0.1
done

"$@"
