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
trap 'rm -rf "$profile"' EXIT
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

now_ms() { date +%s%3N; }

# Launches a program, waits until a window with the given title is mapped, and
# sets $elapsed to the milliseconds that took; leaves the program running as $pid.
# (No command substitution: $pid must survive in this shell.)
launch() {
    local title="$1"; shift
    local start
    start=$(now_ms)
    "$@" >/dev/null 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name "^${title}\$" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { echo "bench: $1 exited early" >&2; exit 1; }
        sleep 0.005
    done
    elapsed=$(( $(now_ms) - start ))
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

measure() {
    local name="$1" title="$2"; shift 2
    local times=() mems=()
    for _ in $(seq 1 "$runs"); do
        launch "$title" "$@"
        times+=("$elapsed")
        sleep 1
        mems+=("$(tree_pss "$pid")")
        kill "$pid"; wait "$pid" 2>/dev/null || true
    done
    t=$(printf '%s\n' "${times[@]}" | median)
    m=$(printf '%s\n' "${mems[@]}" | median)
    printf '%-12s time to window %6s ms   PSS %8s kB\n' "$name" "$t" "$m" >&2
    echo "$t $m"
}

# One warm-up of each, so that neither pays for a cold page cache.
launch "Bare window" "$build/bin/bench-barewindow"; kill "$pid"; wait "$pid" 2>/dev/null || true
launch "Posthorn" "$build/bin/posthorn"; kill "$pid"; wait "$pid" 2>/dev/null || true

read -r bare_t bare_m < <(measure "bare window" "Bare window" "$build/bin/bench-barewindow")
read -r app_t app_m < <(measure "posthorn" "Posthorn" "$build/bin/posthorn")
awk -v bt="$bare_t" -v at="$app_t" -v bm="$bare_m" -v am="$app_m" -v n="$runs" 'BEGIN {
    printf "startup ratio %.2f (budget 1.30), memory ratio %.2f (budget 1.60), median of %d runs\n",
           at / bt, am / bm, n }'
