#!/usr/bin/env bash
# Measures Posthorn against a bare Qt window built in the same tree (DESIGN.md's
# performance budgets): time from launch to a visible window, and the PSS of the
# whole process tree once the window is idle. Prints medians and ratios.
#   tests/bench/startup.sh [BUILD_DIR] [RUNS]     (default build/release, 15 runs)
# Runs inside tests/headless-session.sh by itself when no display is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
runs="${2:-15}"
if [[ -z "${DISPLAY:-}" ]]; then
    exec tests/headless-session.sh "$0" "$@"
fi

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

# The X server reports every window that appears on the screen (MapNotify on the
# root window, as the window manager maps a frame); xev passes those reports on, and
# the shell blocks on them. Polling with xdotool instead would spawn a process every
# few milliseconds and take CPU from the program being measured on a 2-core machine.
exec {xev}< <(stdbuf -oL xev -root -event substructure)
xev_pid=$!
trap 'rm -rf "$profile"; kill "$xev_pid" 2>/dev/null || true' EXIT
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

# One launch: sets $elapsed (ms to window) and $mem (PSS in kB once idle).
sample() {
    local title="$1"; shift
    launch "$title" "$@"
    sleep 1
    mem=$(tree_pss "$pid")
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

# One warm-up of each, so that neither pays for a cold page cache.
launch "Bare window" "$build/bin/bench-barewindow"; kill "$pid"; wait "$pid" 2>/dev/null || true
launch "Posthorn" "$build/bin/posthorn"; kill "$pid"; wait "$pid" 2>/dev/null || true

# The two take turns, so a machine that speeds up or slows down during the run
# affects both alike.
bare_times=() bare_mems=() app_times=() app_mems=()
for _ in $(seq 1 "$runs"); do
    sample "Bare window" "$build/bin/bench-barewindow"
    bare_times+=("$elapsed") bare_mems+=("$mem")
    sample "Posthorn" "$build/bin/posthorn"
    app_times+=("$elapsed") app_mems+=("$mem")
done
bare_t=$(printf '%s\n' "${bare_times[@]}" | median)
bare_m=$(printf '%s\n' "${bare_mems[@]}" | median)
echo "bare window, each launch (ms): ${bare_times[*]}" >&2
echo "posthorn, each launch (ms):    ${app_times[*]}" >&2
app_t=$(printf '%s\n' "${app_times[@]}" | median)
app_m=$(printf '%s\n' "${app_mems[@]}" | median)
printf '%-12s time to window %6s ms   PSS %8s kB\n' "bare window" "$bare_t" "$bare_m" >&2
printf '%-12s time to window %6s ms   PSS %8s kB\n' "posthorn" "$app_t" "$app_m" >&2
awk -v bt="$bare_t" -v at="$app_t" -v bm="$bare_m" -v am="$app_m" -v n="$runs" 'BEGIN {
    printf "startup ratio %.2f (budget 1.30), memory ratio %.2f (budget 1.60), median of %d runs\n",
           at / bt, am / bm, n }'
