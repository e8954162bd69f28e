#!/usr/bin/env bash
# Memory over a long session (a benchmark, not a timed test): the real main window
# against the sandbox posts POSTS times and runs SEARCHES searches, and the PSS of the
# process is read every 100 of each. Prints a Markdown table, the growth over the first
# 100 posts (budget 5 MB) and the growth per post after them (budget 5 KB); exits 1
# when either is over its budget.
#   tests/bench/memory.sh [BUILD_DIR] [POSTS] [SEARCHES]   (default build/release 1000 1000)
# Runs inside tests/headless-session.sh by itself when no display is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
posts="${2:-1000}"
searches="${3:-1000}"
if [[ -z "${DISPLAY:-}" ]]; then
    exec tests/headless-session.sh "$0" "$@"
fi
# Measured as users run it, without the test session's debug messages.
unset QT_LOGGING_RULES
readings=$("$build/bin/bench-scale" memory "$posts" "$searches")
echo "One run of $posts posts, then $searches searches, $(nproc) cores, $(date -u +%Y-%m-%d):"
echo
echo "| after | PSS |"
echo "|---|---|"
awk '{ split($1, a, "="); split($2, b, "=");
       printf "| %s %s | %.1f MB |\n", a[2], a[1], b[2] / 1024 }' <<<"$readings"
echo
awk -v posts="$posts" '
    $1 == "posts=0" { split($2, b, "="); start = b[2] }
    $1 == "posts=100" { split($2, b, "="); first = b[2] }
    $1 == "posts=" posts { split($2, b, "="); last = b[2] }
    /^searches=/ { split($2, b, "="); searched = b[2] }
    END {
        printf "growth over the first 100 posts: %.2f MB (budget 5 MB)\n", (first - start) / 1024
        if (posts > 100)
            printf "growth per post after the first 100: %.1f KB\n", (last - first) / (posts - 100)
        if (searched)
            printf "growth over the searches: %.2f MB\n", (searched - last) / 1024
        if (first - start > 5 * 1024) exit 1
        if (posts > 100 && (last - first) / (posts - 100) > 5) exit 1
    }' <<<"$readings"
