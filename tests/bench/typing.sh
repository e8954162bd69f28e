#!/usr/bin/env bash
# Keystroke-to-repaint time while typing into a 5,000-character post with spell
# checking, highlighting and language detection on, and the memory the dictionaries add
# (a benchmark, not a timed test; the budget is a 99th percentile under 16 ms).
#   tests/bench/typing.sh [BUILD_DIR] [KEYS]   (default build/release 300)
# Runs inside tests/headless-session.sh by itself when no display is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
keys="${2:-300}"
if [[ -z "${DISPLAY:-}" ]]; then
    exec tests/headless-session.sh "$0" "$@"
fi
# Measured as users run it, without the test session's debug messages.
unset QT_LOGGING_RULES
echo "$keys keystrokes, $(nproc) cores, $(date -u +%Y-%m-%d):"
"$build/bin/bench-typing" "$keys"
