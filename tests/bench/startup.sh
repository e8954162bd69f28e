#!/usr/bin/env bash
# Measures Posthorn against a bare Qt window built in the same tree (DESIGN.md's
# performance budgets): time from launch to a visible window, and the PSS of the
# whole process tree once the window is idle, for the bare window, Posthorn's first
# run (the setup wizard), Posthorn with an account (the main window) and Posthorn with
# a heavy user's profile (20 accounts, 1,000 posts waiting in the outbox). Then the
# counter on a 5,000-character post and filling the search model with 1,000 accounts
# (bench-core). Prints a Markdown table of medians and ratios.
#   tests/bench/startup.sh [BUILD_DIR] [RUNS]     (default build/release, 11 runs)
# Runs inside tests/headless-session.sh by itself when no display is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
runs="${2:-11}"
if [[ -z "${DISPLAY:-}" ]]; then
    exec tests/headless-session.sh "$0" "$@"
fi
# The test session switches Posthorn's debug messages on (for the secrets scan); a
# user's Posthorn runs without them, and so is measured without them.
unset QT_LOGGING_RULES

# Posthorn opens its main window when an account exists: give it one (no secret is
# needed to open the window) in a profile of its own.
profile=$(mktemp -d)
mkdir -p "$profile/Posthorn"
cat > "$profile/Posthorn/posthorn.conf" <<'CONF'
[General]
currentAccount=127.0.0.1:3000/1

[accounts]
1\acct=demo
1\displayName=Demo
1\id=1
1\instance=http://127.0.0.1:3000
size=1
CONF
export XDG_CONFIG_HOME="$profile"
# First run: a profile with nothing in it, made afresh for every launch (exec, so
# the process measured is posthorn itself, not a shell).
empty=$(mktemp -d)
first_run() { XDG_CONFIG_HOME="$empty" XDG_DATA_HOME="$empty" exec "$build/bin/posthorn"; }
fresh_profile() { rm -rf "$empty"; empty=$(mktemp -d); }
# A heavy user: 20 accounts and 1,000 posts in the outbox, written by Posthorn's own
# stores. Their server does not answer, so nothing is sent while it is measured.
heavy=$(mktemp -d)
XDG_CONFIG_HOME="$heavy" XDG_DATA_HOME="$heavy" "$build/bin/bench-scale" profile 20 1000 >/dev/null
heavy_run() { XDG_CONFIG_HOME="$heavy" XDG_DATA_HOME="$heavy" exec "$build/bin/posthorn"; }

# The X server reports every window that appears on the screen (MapNotify on the
# root window, as the window manager maps a frame); xev passes those reports on, and
# the shell blocks on them. Polling with xdotool instead would spawn a process every
# few milliseconds and take CPU from the program being measured on a 2-core machine.
exec {xev}< <(stdbuf -oL xev -root -event substructure)
xev_pid=$!
trap 'rm -rf "$profile" "$empty" "$heavy"; kill "$xev_pid" 2>/dev/null || true' EXIT
now_us() { echo "${EPOCHREALTIME/./}"; }

# Launches a program, waits until a window of it is mapped, and sets $elapsed to the
# milliseconds that took; leaves the program running as $pid. The window title is
# checked afterwards, so the map that was timed is the program's own.
# (No command substitution: $pid must survive in this shell.)
launch() {
    local title="$1"; shift
    local start line
    # Reports of earlier windows closing are not this launch's.
    while read -r -t 0.05 -u "$xev" line; do :; done
    start=$(now_us)
    "$@" >/dev/null 2>&1 &
    pid=$!
    while read -r -t 10 -u "$xev" line; do
        [[ "$line" == MapNotify* ]] && break
    done
    elapsed=$(( ($(now_us) - start) / 1000 ))
    for _ in $(seq 1 100); do
        xdotool search --onlyvisible --name "^${title}\$" >/dev/null 2>&1 && return
        kill -0 "$pid" 2>/dev/null || { echo "bench: $1 exited early" >&2; exit 1; }
        sleep 0.02
    done
    echo "bench: no window named $title" >&2
    exit 1
}

# PSS in kB of a process and all its descendants.
tree_pss() {
    local total=0 p
    for p in $1 $(pgrep -P "$1" || true); do
        local kb
        kb=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
        total=$(( total + ${kb:-0} ))
    done
    echo "$total"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Ends a launched program and everything it started.
kill_tree() {
    local children
    children=$(pgrep -P "$1" || true)
    kill "$1" $children 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# One launch: sets $elapsed (ms to window) and $mem (PSS in kB once idle).
sample() {
    local title="$1"; shift
    launch "$title" "$@"
    sleep 1
    mem=$(tree_pss "$pid")
    kill_tree "$pid"
}

# One warm-up of each, so that none pays for a cold page cache.
launch "Bare window" "$build/bin/bench-barewindow"; kill "$pid"; wait "$pid" 2>/dev/null || true
launch "Set up Posthorn" first_run; kill_tree "$pid"; fresh_profile
launch "Posthorn" "$build/bin/posthorn"; kill "$pid"; wait "$pid" 2>/dev/null || true
launch "Posthorn" heavy_run; kill_tree "$pid"

# They take turns, so a machine that speeds up or slows down during the run affects
# all alike.
bare_times=() bare_mems=() wizard_times=() wizard_mems=() app_times=() app_mems=()
heavy_times=() heavy_mems=()
for _ in $(seq 1 "$runs"); do
    sample "Bare window" "$build/bin/bench-barewindow"
    bare_times+=("$elapsed") bare_mems+=("$mem")
    sample "Set up Posthorn" first_run
    fresh_profile
    wizard_times+=("$elapsed") wizard_mems+=("$mem")
    sample "Posthorn" "$build/bin/posthorn"
    app_times+=("$elapsed") app_mems+=("$mem")
    sample "Posthorn" heavy_run
    heavy_times+=("$elapsed") heavy_mems+=("$mem")
done
echo "bare window, each launch (ms): ${bare_times[*]}" >&2
echo "first run, each launch (ms):   ${wizard_times[*]}" >&2
echo "main window, each launch (ms): ${app_times[*]}" >&2
echo "heavy profile, each launch (ms): ${heavy_times[*]}" >&2
bare_t=$(printf '%s\n' "${bare_times[@]}" | median)
bare_m=$(printf '%s\n' "${bare_mems[@]}" | median)
wizard_t=$(printf '%s\n' "${wizard_times[@]}" | median)
wizard_m=$(printf '%s\n' "${wizard_mems[@]}" | median)
app_t=$(printf '%s\n' "${app_times[@]}" | median)
app_m=$(printf '%s\n' "${app_mems[@]}" | median)
heavy_t=$(printf '%s\n' "${heavy_times[@]}" | median)
heavy_m=$(printf '%s\n' "${heavy_mems[@]}" | median)
core=$(QT_QPA_PLATFORM=offscreen "$build/bin/bench-core")
counter_ms=$(sed -n 's/.*counter_ms=\([0-9.]*\).*/\1/p' <<<"$core")
fill_ms=$(sed -n 's/.*search_fill_ms=\([0-9.]*\).*/\1/p' <<<"$core")

echo "Median of $runs launches each, $(nproc) cores, $(date -u +%Y-%m-%d):"
echo
echo "| program | time to window | ratio (budget 1.30) | PSS | ratio (budget 1.60) |"
echo "|---|---|---|---|---|"
row() {
    awk -v name="$1" -v t="$2" -v m="$3" -v bt="$bare_t" -v bm="$bare_m" 'BEGIN {
        printf "| %s | %d ms | %.2f | %.1f MB | %.2f |\n", name, t, t / bt, m / 1024, m / bm }'
}
row "bare Qt window" "$bare_t" "$bare_m"
row "posthorn, first run (wizard)" "$wizard_t" "$wizard_m"
row "posthorn, one account (main window)" "$app_t" "$app_m"
row "posthorn, 20 accounts and 1,000 posts in the outbox" "$heavy_t" "$heavy_m"
echo
echo "| work | median | budget |"
echo "|---|---|---|"
echo "| character counter, 5,000-character post | $counter_ms ms | 1 ms |"
echo "| search model filled with 1,000 accounts (JSON to rows) | $fill_ms ms | 50 ms (GUI thread) |"
