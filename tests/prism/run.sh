#!/usr/bin/env bash
# Runs the whole test suite once with every sandbox behind a front that checks each
# exchange against the community OpenAPI description of Mastodon's API (Prism's
# validators), then reports: it fails on any answer of the sandbox that breaks the
# description, except the known cases where the description is stricter than Mastodon
# (tests/prism/known-differences.json, each with the reason).
#   tests/prism/run.sh [dev|asan|release] [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."
preset="${1:-dev}"
shift || true
spec="${POSTHORN_OPENAPI:-../shared/openapi/mastodon-openapi.prism.json}"
if [[ ! -f "$spec" ]]; then
    echo "tests/prism/run.sh: no API description at $spec (set POSTHORN_OPENAPI)" >&2
    exit 1
fi

installer/install-deps.sh --tests
# The validator comes from the npm registry, at the version package-lock.json names.
(cd tests/prism && npm ci --no-audit --no-fund --loglevel=error)
installer/build.sh "$preset"

out="build/$preset/prism"
rm -rf "$out"
mkdir -p "$out"
record="$out/exchanges.jsonl"
node tests/prism/validator.js "$spec" "$record" >"$out/validator.log" 2>&1 &
validator=$!
trap 'kill "$validator" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    grep -q '^Validator control on ' "$out/validator.log" && break
    kill -0 "$validator" 2>/dev/null || { cat "$out/validator.log" >&2; exit 1; }
    sleep 0.1
done
control="$(sed -n 's/^Validator control on //p' "$out/validator.log")"
[[ -n "$control" ]] || { echo "the validator did not start" >&2; exit 1; }
echo "API validator listening at $control; exchanges go to $record"

extra=()
if [[ "$preset" == "asan" ]]; then
    extra+=(--label-exclude "webengine|package")
fi
# The suite's own verdict comes first: a test that fails behind the front fails here too.
status=0
POSTHORN_API_VALIDATOR="$control" tests/headless-session.sh \
    ctest --preset "$preset" -j2 "${extra[@]}" "$@" || status=$?
node tests/prism/report.js "$record" tests/prism/known-differences.json || status=$?
exit "$status"
