#!/usr/bin/env bash
# README command 2: installs what is missing, builds a preset (default dev) and runs
# every test in a headless session, ending with ctest's summary.
#   tests/run.sh [dev|asan|release] [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
shift || true
installer/install-deps.sh --tests
installer/build.sh "$preset"
extra=()
if [[ "$preset" == "asan" ]]; then
    # QtWebEngine's Chromium does not run under AddressSanitizer, and a package of
    # sanitized binaries is not one anybody installs.
    extra+=(--label-exclude "webengine|package")
fi
exec tests/headless-session.sh ctest --preset "$preset" -j2 "${extra[@]}" "$@"
