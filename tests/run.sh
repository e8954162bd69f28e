#!/usr/bin/env bash
# README command 2: installs what is missing, builds a preset (default dev) and runs
# every test in a headless session, ending with ctest's summary and the secrets scan.
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
exec tests/headless-session.sh tests/secrets/ctest-then-scan.sh "${scan[@]}" "build/$preset" \
    ctest --preset "$preset" -j2 "${extra[@]}" "$@"
