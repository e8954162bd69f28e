#!/usr/bin/env bash
# "Text from image" on a 1920×1080 screenshot: how long Tesseract takes on this machine,
# and the longest the GUI thread is blocked meanwhile (a 5 ms timer's longest gap; the
# budget is 50 ms). A benchmark, not a timed test.
#   tests/bench/ocr.sh [BUILD_DIR] [RUNS] [LANGUAGE]   (default build/release 3 en)
# Runs inside tests/headless-session.sh by itself when no display is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
runs="${2:-3}"
language="${3:-en}"
if [[ -z "${DISPLAY:-}" ]]; then
    exec tests/headless-session.sh "$0" "$@"
fi
unset QT_LOGGING_RULES
echo "OCR of a 1920x1080 screenshot, $runs runs, $(nproc) cores, $(date -u +%Y-%m-%d):"
"$build/bin/bench-ocr" "$runs" "$language"
