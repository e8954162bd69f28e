#!/usr/bin/env bash
# README command 2: installs what is missing, builds a preset (default dev) and runs
# every test in a headless session, ending with ctest's summary and the secrets scan;
# then the end-to-end tests again in a headless Wayland session.
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
# Then the secrets scan, in the same session: no token, client secret or authorization
# code may be in a file the tests left or in a line they printed. With extra ctest
# arguments only some tests run, and those may hand out no secret at all.
scan=()
if (($# > 0)); then
    scan+=(--allow-empty-ledger)
fi
status=0
tests/headless-session.sh tests/secrets/ctest-then-scan.sh "${scan[@]}" "build/$preset" \
    ctest --preset "$preset" -j2 "${extra[@]}" "$@" || status=$?

# The end-to-end tests (label e2e) once more on Wayland, as most desktops now start a
# Wayland session: a headless sway (tests/wayland-session.sh), with its own secrets scan.
# Their screenshots go to POSTHORN_WAYLAND_SCREENSHOTS, never over the X11 ones.
wayland=(ctest --preset "$preset" -j2 -L e2e "${extra[@]}" "$@")
if "${wayland[@]}" -N | grep -q '^Total Tests: [1-9]'; then
    echo "run: the end-to-end tests again, on Wayland (sway)"
    POSTHORN_SCREENSHOTS="${POSTHORN_WAYLAND_SCREENSHOTS:-}" tests/wayland-session.sh \
        tests/secrets/ctest-then-scan.sh "${scan[@]}" "build/$preset" "${wayland[@]}" ||
        status=$?
fi
exit "$status"
