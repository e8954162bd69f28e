#!/usr/bin/env bash
# Runs the tests and then the secrets scan (tests/secrets/scan.sh) over what they left
# in the session: its HOME, XDG folders and TMPDIR, and ctest's log of this run, which
# holds every test's output and so everything Posthorn and the tests printed. Meant to
# run inside tests/headless-session.sh, which sets those folders and the ledger.
#   tests/secrets/ctest-then-scan.sh [--allow-empty-ledger] BUILD_DIR CTEST_COMMAND...
# Fails when the tests or the scan failed; the tests' exit status comes first.
set -uo pipefail
here=$(dirname "$0")
scan_options=()
if [[ "${1:-}" == "--allow-empty-ledger" ]]; then
    scan_options+=("$1")
    shift
fi
if [[ "${POSTHORN_IN_SESSION:-}" != "1" || -z "${POSTHORN_SANDBOX_SECRETS_LOG:-}" ]]; then
    echo "ctest-then-scan: run it through tests/headless-session.sh" >&2
    exit 2
fi
build=$1
shift
log="$build/Testing/Temporary/LastTest.log"

# The log must be this run's, not one left from before.
started=$(mktemp)
"$@"
tests=$?
if [[ "$log" -nt "$started" ]]; then
    "$here/scan.sh" "${scan_options[@]}" "$POSTHORN_SANDBOX_SECRETS_LOG" \
        "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" \
        "$TMPDIR" "$log"
    scan=$?
else
    echo "secrets scan: the tests wrote no log at $log, so it cannot be scanned" >&2
    scan=2
fi
rm -f "$started"
if ((tests != 0)); then
    exit "$tests"
fi
exit "$scan"
