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

# HOME and TMPDIR too, so that everything the tests and the programs they start write
# stays in the session, where tests/secrets/scan.sh can look through it before it goes.
# (xvfb-run and dbus-run-session have already made their files under the old ones.)
export HOME="$session_dir/home"
export TMPDIR="$session_dir/tmp"
export XDG_CONFIG_HOME="$session_dir/config"
export XDG_DATA_HOME="$session_dir/data"
export XDG_CACHE_HOME="$session_dir/cache"
export XDG_RUNTIME_DIR="$session_dir/runtime"
mkdir -p "$HOME" "$TMPDIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# For the scan: every sandbox lists the secrets it hands out here (outside the folders
# above), end-to-end tests keep their profiles until the session ends, and Posthorn's
# own debug messages are on, so that a secret in one of them shows up in the log.
export POSTHORN_SANDBOX_SECRETS_LOG="$session_dir/secrets-ledger.tsv"
: >"$POSTHORN_SANDBOX_SECRETS_LOG"
export POSTHORN_KEEP_TEST_HOMES=1
export QT_LOGGING_RULES="posthorn.*.debug=true${QT_LOGGING_RULES:+;$QT_LOGGING_RULES}"
# Root cannot use Chromium's sandbox; QtWebEngine runs without it in tests only.
export QTWEBENGINE_DISABLE_SANDBOX=1

# A new login keyring with a throw-away password, unlocked at once.
eval "$(printf 'posthorn-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

openbox >/dev/null 2>&1 &
# trayer is old: it has been seen gone half-way through a run, after tests had killed
# Posthorns whose icons it held. It is started again whenever it exits, so that the
# tests after that still find a tray.
# What it said, and each restart, go to the session's error output for the next time.
# (Its exit status is caught: under set -e a failing trayer would end the loop itself,
# which is how this loop restarted nothing at first.)
( while :; do
    status=0
    trayer --edge top --SetDockType false >/dev/null 2>>"$session_dir/trayer.log" || status=$?
    echo "headless-session: trayer exited ($status), started again: $(tail -c 300 "$session_dir/trayer.log" 2>/dev/null)" >&2
    sleep 0.2
done ) &
# Give the window manager a moment to take the screen, so new windows get focus.
for _ in $(seq 1 50); do
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && break
    sleep 0.1
done
# And the tray host, so that programs started now find a system tray.
for _ in $(seq 1 150); do
    xwininfo -root -children 2>/dev/null | grep -q '"trayer"' && break
    sleep 0.1
done

"$@"
